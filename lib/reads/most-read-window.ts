/**
 * The refresh window `now` falls in, windows of `refreshSeconds` counted
 * from the epoch (so every instance agrees): most read is computed once
 * per window, and no copy of a window's list is kept past its end.
 */
export function mostReadWindow(now: Date, refreshSeconds: number): { start: Date; secondsLeft: number } {
  const length = refreshSeconds * 1_000;
  const start = Math.floor(now.getTime() / length) * length;
  return {
    start: new Date(start),
    // Whole seconds until the window ends, at least one: how long the proxy may keep this window's list.
    secondsLeft: Math.max(1, Math.ceil((start + length - now.getTime()) / 1_000)),
  };
}
