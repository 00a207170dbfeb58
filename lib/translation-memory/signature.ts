import type { Locale } from "next-intl";

// Candidates for a fuzzy memory lookup, found through an ordinary GIN index.
//
// pg_trgm's own indexes cannot answer "which of millions of paragraphs are
// like this one" quickly: a paragraph has hundreds of trigrams, the common
// ones ("the", "ال ") sit in nearly every row, and a similarity search must
// merge all of their posting lists. So each segment carries a MinHash
// signature of its 5-character shingles, cut into bands: two texts whose
// shingle sets overlap by a share J agree on a band with probability J^ROWS,
// so a text with a small edit (J ≈ 0.8) shares at least one of BANDS bands
// almost surely, and an unrelated one (J < 0.1) almost never. A lookup reads
// the rows that share a band and ranks only those by pg_trgm's similarity.
// Pure and deterministic: the bands stored today must match tomorrow's.

/** Characters per shingle: long enough that shared shingles mean shared words, short enough for one-word edits. */
const SHINGLE = 5;
export const BANDS = 12;
const ROWS = 4;
const SLOTS = BANDS * ROWS;

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string, from: number, to: number, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = from; i < to; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finalizer: spreads every input bit over the output. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * One-permutation MinHash: each shingle is hashed once and kept as the
 * minimum of one of SLOTS bins, instead of SLOTS hashes per shingle (a
 * memory of millions of segments is signed in seconds, not minutes). Bins a
 * short text leaves empty borrow from the next filled bin to the right,
 * offset by the distance, which keeps the agreement probability at J
 * (Shrivastava and Li's rotation densification).
 */
function minHashes(key: string): Uint32Array {
  const slots = new Uint32Array(SLOTS).fill(0xffffffff);
  const filled = new Uint8Array(SLOTS);
  const shingles = Math.max(1, key.length - SHINGLE + 1);
  for (let start = 0; start < shingles; start++) {
    const hash = mix(fnv1a(key, start, Math.min(key.length, start + SHINGLE), 0));
    const bin = hash % SLOTS;
    const value = mix(hash ^ 0x9e3779b9);
    if (value < slots[bin]!) slots[bin] = value;
    filled[bin] = 1;
  }
  const result = new Uint32Array(SLOTS);
  for (let bin = 0; bin < SLOTS; bin++) {
    let from = bin;
    let distance = 0;
    while (!filled[from]) {
      from = (from + 1) % SLOTS;
      distance++;
    }
    result[bin] = distance === 0 ? slots[from]! : mix(slots[from]! + Math.imul(distance, 0x27d4eb2d));
  }
  return result;
}

/**
 * The bands of a memory key for one language pair, as PostgreSQL integers.
 * The pair and the band's position are hashed in, so a band matches only
 * the same band of the same pair.
 */
export function memoryBands(key: string, sourceLocale: Locale, targetLocale: Locale): number[] {
  const hashes = minHashes(key);
  const pair = `${sourceLocale}>${targetLocale}`;
  const salt = fnv1a(pair, 0, pair.length, 0);
  const bands: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let hash = mix(salt ^ Math.imul(band + 1, 0x9e3779b1));
    for (let row = 0; row < ROWS; row++) hash = mix(hash ^ hashes[band * ROWS + row]!);
    // int4: PostgreSQL has no unsigned integers.
    bands.push(hash | 0);
  }
  return bands;
}
