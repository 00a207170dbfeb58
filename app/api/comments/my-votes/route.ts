import { cookies } from "next/headers";
import { parseStoryQuery } from "@/lib/comments/story-query";
import { readerVotes, readerVotesCss } from "@/lib/comments/reader-votes";
import { READER_COOKIE, readerFromCookie } from "@/lib/comments/signing";

// The per-reader part of a cached comment list: the story page links this
// stylesheet, which shows how the reader (their signed cookie) voted. Never
// stored by any cache; a reader without the cookie gets an empty sheet and
// costs no query. It never issues a cookie: only a vote does.
export async function GET(request: Request) {
  const parsed = parseStoryQuery(request.url);
  const headers = { "Content-Type": "text/css; charset=utf-8", "Cache-Control": "private, no-store" };
  if (!parsed) return new Response("", { status: 400, headers });
  const reader = readerFromCookie((await cookies()).get(READER_COOKIE)?.value);
  const votes = reader ? await readerVotes(reader, parsed.story, parsed.locale) : [];
  return new Response(readerVotesCss(votes), { headers });
}
