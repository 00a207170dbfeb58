// Plain numbers, without imports: next.config.ts, the server's body limits,
// the upload checks and the messages that quote them all read them here.

const MB = 1024 * 1024;

export const IMAGE_LIMITS = {
  bytes: 5 * MB,
  // Bounded from the header, before any pixel is decoded: a few hundred KB
  // can declare 30,000 × 30,000 pixels (3.6 GB once decoded).
  side: 12_000,
  pixels: 40_000_000,
} as const;

// What one member may upload in 24 hours: a busy day's lead images with room
// to spare, and a bound on what a stolen account can pour into the database.
export const UPLOAD_QUOTA = { files: 40, bytes: 120 * MB, windowHours: 24 } as const;

/** A story form carrying a lead image: the image plus room for the text fields. */
export const IMAGE_FORM_BYTES = IMAGE_LIMITS.bytes + 1 * MB;

/** The numbers the image and quota messages quote. */
export const imageLimitArgs = {
  imageMegabytes: IMAGE_LIMITS.bytes / MB,
  side: IMAGE_LIMITS.side,
  megapixels: IMAGE_LIMITS.pixels / 1_000_000,
  files: UPLOAD_QUOTA.files,
  megabytes: UPLOAD_QUOTA.bytes / MB,
  hours: UPLOAD_QUOTA.windowHours,
};
