import { z } from "zod";
import { routing } from "@/i18n/routing";

const storyQuery = z.object({
  story: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
  locale: z.enum(routing.locales),
});

/** `?story=<id>&locale=<locale>` of a per-reader comments request, or null when malformed. */
export function parseStoryQuery(url: string): z.infer<typeof storyQuery> | null {
  const params = new URL(url).searchParams;
  const parsed = storyQuery.safeParse({ story: params.get("story"), locale: params.get("locale") });
  return parsed.success ? parsed.data : null;
}
