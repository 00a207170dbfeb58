// How long a comment form token may wait before it is posted: long enough to
// write a considered comment, short enough that a harvested token soon goes.
// Its own module so the purge can read it without importing the token code
// (which counts rate limits, which run the purge).
export const FORM_TOKEN_LIFETIME_SECONDS = 2 * 60 * 60;
