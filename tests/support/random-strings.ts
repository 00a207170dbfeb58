type Random = () => number;

interface RandomStringOptions {
  count: number;
  seed: number;
  /** How many pieces a string has, drawn with the generator. */
  length: (random: Random) => number;
  /** What joins a string's pieces, drawn after them; nothing by default. */
  separator?: (random: Random) => string;
}

/**
 * Reproducible random strings for agreement and fuzz tests, made of pieces
 * drawn from `pieces`. The same seed gives the same strings on every run, so
 * a failure can be replayed.
 */
export function randomStrings(
  pieces: readonly string[],
  { count, seed, length, separator = () => "" }: RandomStringOptions,
): string[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: length(random) }, () => pieces[Math.floor(random() * pieces.length)]).join(
      separator(random),
    ),
  );
}
