import { lazy, type ComponentType } from "react";

/**
 * A component whose code is a chunk of its own on the client, fetched when
 * it first renders (`React.lazy`), and there at once on the server: a lazy
 * component would suspend, and the part of a streamed page that waits comes
 * after the page, hidden until a script shows it. `serverCode` is the
 * module as the caller imported it with a top-level `await import()` behind
 * `typeof window === "undefined"` (null in the browser): Next compiles that
 * test to a constant, so the client bundle keeps only `load`. The caller
 * renders it inside an Activity boundary, so the server's HTML stays in
 * place, not hydrated, while the chunk loads.
 */
export function splitComponent<Code, P extends object>(
  serverCode: Code | null,
  load: () => Promise<Code>,
  pick: (code: Code) => ComponentType<P>,
): ComponentType<P> {
  return serverCode ? pick(serverCode) : lazy(() => load().then((code) => ({ default: pick(code) })));
}
