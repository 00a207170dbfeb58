// How long a reader behind the proxy waits to see a publish or an
// unpublish: the editor's no-JS status form is posted to one instance and
// the proxy is read until the page answers as it should.
import pg from "pg";
import { postForm, renderedInputs } from "@/bench/support/no-js-form";

export interface VisibilityFigures {
  /** From sending the editor's form to the first reader answer that shows the change. */
  publishMs: number[];
  unpublishMs: number[];
  /** The same, from when the editor's request had been answered (the purge is sent within it). */
  publishAfterAnswerMs: number[];
  unpublishAfterAnswerMs: number[];
}

const POLL_MS = 10;
const GIVE_UP_MS = 30_000;

export async function storyIdOf(databaseUrl: string, slug: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ storyId: number }>(
      `SELECT "storyId" FROM "StoryTranslation" WHERE locale = 'en' AND slug = $1`,
      [slug],
    );
    if (!rows[0]) throw new Error(`No English story with slug ${slug}`);
    return rows[0].storyId;
  } finally {
    await client.end();
  }
}

/** The editor's form for `step`, read before the clock starts; calling the result submits it. */
export async function stepForm(
  editPage: string,
  cookie: string,
  step: "publish" | "unpublish",
): Promise<() => Promise<void>> {
  // Unpublishing is posted from its confirm step, which carries `confirm=yes`.
  const formPage = step === "unpublish" ? `${editPage}?unpublish=en` : editPage;
  const html = await (await fetch(formPage, { headers: { cookie } })).text();
  const fields = renderedInputs(html, ['name="target" value="en"', `name="step" value="${step}"`]);
  return async () => {
    const response = await postForm(editPage, fields, { cookie });
    await response.arrayBuffer();
    if (response.status >= 400) throw new Error(`${step} answered ${response.status}`);
  };
}

/** Milliseconds from sending `step`, and from its answer, until `url` answers `status`. */
async function visibleAfter(
  step: () => Promise<void>,
  url: string,
  status: number,
): Promise<{ total: number; afterAnswer: number }> {
  const started = performance.now();
  await step();
  const answered = performance.now();
  while (performance.now() - started < GIVE_UP_MS) {
    const response = await fetch(url, { headers: { "accept-encoding": "gzip" } });
    await response.arrayBuffer();
    if (response.status === status) {
      const now = performance.now();
      return { total: now - started, afterAnswer: now - answered };
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`${url} did not answer ${status} within ${GIVE_UP_MS} ms`);
}

export async function measurePublishVisibility(options: {
  /** The instance the editor works on (not the proxy). */
  editOrigin: string;
  proxyOrigin: string;
  storyPath: string;
  databaseUrl: string;
  cookie: string;
  rounds: number;
}): Promise<VisibilityFigures> {
  const slug = decodeURIComponent(options.storyPath.split("/").pop()!);
  const storyId = await storyIdOf(options.databaseUrl, slug);
  const editPage = `${options.editOrigin}/en/newsroom/stories/${storyId}`;
  const readerUrl = `${options.proxyOrigin}${options.storyPath}`;
  const figures: VisibilityFigures = {
    publishMs: [],
    unpublishMs: [],
    publishAfterAnswerMs: [],
    unpublishAfterAnswerMs: [],
  };
  for (let round = 0; round < options.rounds; round++) {
    // The page is cached at the proxy before each step, so the step has to purge it.
    await fetch(readerUrl).then((response) => response.arrayBuffer());
    const unpublish = await stepForm(editPage, options.cookie, "unpublish");
    const gone = await visibleAfter(unpublish, readerUrl, 404);
    figures.unpublishMs.push(gone.total);
    figures.unpublishAfterAnswerMs.push(gone.afterAnswer);
    const publish = await stepForm(editPage, options.cookie, "publish");
    const back = await visibleAfter(publish, readerUrl, 200);
    figures.publishMs.push(back.total);
    figures.publishAfterAnswerMs.push(back.afterAnswer);
  }
  return figures;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
