"use client";

import {
  Activity,
  use,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentProps,
  type ReactNode,
} from "react";
import type { CommentForm } from "@/components/comments/comment-form";
import { splitComponent } from "@/components/islands/split-component";

// Most readers never comment, and the form's code is half of a story
// page's JavaScript budget (5 KB over a bare Next page). So the server
// renders the whole form, which works as plain HTML, and its code is only
// fetched and hydrated once the reader comes to it or touches it
// (components/islands/split-component.ts).
type FormCode = typeof import("@/components/comments/comment-form");

const serverCode: FormCode | null =
  typeof window === "undefined" ? await import("@/components/comments/comment-form") : null;

const FormHere = splitComponent(
  serverCode,
  () => import("@/components/comments/comment-form"),
  (code) => code.CommentForm,
);

interface Deferred {
  promise: Promise<void>;
  open: () => void;
}

function deferred(): Deferred {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

const noSubscription = () => () => {};

/**
 * While the page hydrates, suspends until `until` settles. Inside an
 * Activity boundary the server's HTML then stays in place, not hydrated:
 * still a working plain form (it posts as it does without JavaScript)
 * until the code comes. (Not a Suspense boundary: React streams a finished
 * one that comes late in a long page after the page, hidden until a script
 * shows it, and readers without JavaScript would have no form.) Rendered
 * on the client, after a link was followed, it waits for nothing.
 */
function HydrateWhen({ until, children }: { until: Promise<void> | null; children: ReactNode }) {
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  if (hydrating && until) use(until);
  return children;
}

export function DeferredCommentForm(props: ComponentProps<typeof CommentForm>) {
  // Client only: the server renders the form at once.
  const [gate] = useState(() => (typeof window === "undefined" ? null : deferred()));
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = region.current;
    if (!element || !gate) return;
    // A page answering a post made before the code came (errors, thanks)
    // is about to be used: hydrate it now.
    if (element.querySelector("#comment-answer")) {
      gate.open();
      return;
    }
    // Native listeners: React's own events do not reach a part of the
    // page that is not hydrated yet.
    const events = ["focusin", "pointerdown"] as const;
    const open = () => {
      gate.open();
      observer.disconnect();
      for (const event of events) element.removeEventListener(event, open);
    };
    // Once the form is on screen: the reader may write, and the form then
    // fetches its token while they do.
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) open();
    });
    observer.observe(element);
    for (const event of events) element.addEventListener(event, open);
    return () => {
      observer.disconnect();
      for (const event of events) element.removeEventListener(event, open);
    };
  }, [gate]);
  return (
    <div ref={region}>
      <Activity mode="visible">
        <HydrateWhen until={gate?.promise ?? null}>
          <FormHere {...props} />
        </HydrateWhen>
      </Activity>
    </div>
  );
}
