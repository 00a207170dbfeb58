import { cookies } from "next/headers";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { readerVotes, readerVotesCss } from "@/lib/comments/reader-votes";
import { READER_COOKIE, readerFromCookie } from "@/lib/comments/signing";

const query = z.object({
  story: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
  locale: z.enum(routing.locales),
});

// The per-reader part of a cached comment list: the story page links this
// stylesheet, which shows how the reader (their signed cookie) voted. Never
// stored by any cache; a reader without the cookie gets an empty sheet and
// costs no query. It never issues a cookie: only a vote does.
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const parsed = query.safeParse({ story: params.get("story"), locale: params.get("locale") });
  const headers = { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "private, no-store" };
  if (!parsed.success) return new Response("", { status: 400, headers });
  const reader = readerFromCookie((await cookies()).get(READER_COOKIE)?.value);
  const votes = reader ? await readerVotes(reader, parsed.data.story, parsed.data.locale) : [];
  return new Response(readerVotesCss(votes), { headers });
}
