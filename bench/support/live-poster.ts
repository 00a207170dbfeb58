// The editor's composer on the live desk, posted the way a browser without
// JavaScript posts it (the same Server Action), on one instance directly:
// the newsroom is never cached.
import pg from "pg";
import { postForm, renderedInputs } from "@/bench/support/no-js-form";

export interface PostedEntry {
  entryId: number;
  /** performance.now() when the form was sent, and when its answer came. */
  sentAt: number;
  answeredAt: number;
}

/** The live story of the demo content in `locale`: its id and slug. */
export async function demoLiveStory(
  databaseUrl: string,
  locale: string,
): Promise<{ id: number; slug: string }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number; slug: string }>(
      `SELECT s.id, t.slug FROM "Story" s JOIN "StoryTranslation" t ON t."storyId" = s.id
       WHERE s.kind = 'LIVE' AND s."liveEndedAt" IS NULL AND t.locale = $1 AND t.status = 'PUBLISHED'
       ORDER BY s.id LIMIT 1`,
      [locale],
    );
    if (!rows[0]) throw new Error(`No running live story published in ${locale}`);
    return rows[0];
  } finally {
    await client.end();
  }
}

/** The composer of story `storyId`'s desk, read once; calling the result posts one entry in `locale`. */
export async function entryPoster(options: {
  origin: string;
  databaseUrl: string;
  storyId: number;
  locale: string;
  cookie: string;
}): Promise<{ post: (body: string) => Promise<PostedEntry>; close: () => Promise<void> }> {
  const { origin, storyId, locale, cookie } = options;
  const desk = `${origin}/${locale}/newsroom/stories/${storyId}/live`;
  const html = await (await fetch(desk, { headers: { cookie } })).text();
  const blank = renderedInputs(html, ["live-composer", 'name="storyId"']);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  const post = async (body: string): Promise<PostedEntry> => {
    const fields = new Map(blank);
    fields.set("target", locale);
    fields.set("title", "");
    fields.set("body", body);
    const sentAt = performance.now();
    const response = await postForm(desk, fields, { cookie });
    const answer = await response.text();
    const answeredAt = performance.now();
    if (response.status !== 200 || !answer.includes("live-composer__status")) {
      throw new Error(`The entry was not posted (HTTP ${response.status})`);
    }
    const { rows } = await client.query<{ id: number }>(
      `SELECT e.id FROM "LiveEntry" e JOIN "LiveEntryTranslation" t ON t."entryId" = e.id
       WHERE e."storyId" = $1 AND strpos(t.body, $2) > 0 ORDER BY e.id DESC LIMIT 1`,
      [storyId, body],
    );
    if (!rows[0]) throw new Error("The posted entry is not in the database");
    return { entryId: rows[0].id, sentAt, answeredAt };
  };
  return { post, close: () => client.end() };
}
