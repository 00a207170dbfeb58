import { env } from "@/lib/env";

/** An absolute URL on the configured public origin (SITE_URL). */
export function absoluteUrl(path: string): string {
  return new URL(path, env.SITE_URL).toString();
}
