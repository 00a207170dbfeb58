"use client";

import { Activity, type ComponentType } from "react";

/**
 * A component whose code comes in a chunk of its own, fetched only by a page
 * that renders it (React.lazy on the client). Inside an Activity boundary
 * the server's HTML stays in place while that chunk loads, not hydrated,
 * and the rest of the page hydrates meanwhile. (Not a Suspense boundary:
 * React streams a finished one that comes late in a long page after the
 * page, hidden until a script shows it; see deferred-comment-form.tsx.)
 */
export function island<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  return function Island(props: P) {
    return (
      <Activity mode="visible">
        <Component {...props} />
      </Activity>
    );
  };
}
