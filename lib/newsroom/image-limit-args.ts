import { IMAGE_LIMITS, UPLOAD_QUOTA } from "@/lib/newsroom/media";

/** The numbers the image and quota messages quote, from the one place that enforces them. */
export const imageLimitArgs = {
  side: IMAGE_LIMITS.side,
  megapixels: IMAGE_LIMITS.pixels / 1_000_000,
  files: UPLOAD_QUOTA.files,
  megabytes: UPLOAD_QUOTA.bytes / (1024 * 1024),
};
