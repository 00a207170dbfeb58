// Apart from error-summary.tsx: that is a client module, and a server file
// importing a value from one gets a client reference, not the string.

/** The error summary's id: redirects after a refused form end in `#error-summary`. */
export const ERROR_SUMMARY_ID = "error-summary";
