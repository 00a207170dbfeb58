"use client";

import { unstable_isUnrecognizedActionError } from "next/navigation";
import { useErrorWords } from "@/components/error-words";

/**
 * What a segment's error boundary shows: a page that could not be rendered
 * (most often the database is unreachable; the server then answers 503), or
 * a form that posted an action the new deploy no longer has. Internals never
 * show.
 */
export function ErrorScreen({ error, reset }: { error: Error; reset: () => void }) {
  const words = useErrorWords();
  const stale = unstable_isUnrecognizedActionError(error);
  return (
    <main id="main" className="bare-page">
      <h1>{stale ? words.staleTitle : words.title}</h1>
      <p>{stale ? words.staleBody : words.body}</p>
      <p className="bare-page__actions">
        {/* A stale page needs the new build's HTML, not a re-render. */}
        <button type="button" onClick={stale ? () => window.location.reload() : reset}>
          {words.retry}
        </button>
        <a href={words.home.href}>{words.home.label}</a>
      </p>
    </main>
  );
}
