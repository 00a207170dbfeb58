// The editor's edit of a published story, as the newsroom posts it without
// JavaScript: a correction note under the English version. It changes the
// page readers see (the note shows under the story) and expires the story's
// cache tags, which purges it at the proxy.
import { postForm, renderedInputs } from "@/bench/support/no-js-form";

export interface EditTiming {
  /** performance.now() when the form was sent, and when its answer came. */
  sentAt: number;
  answeredAt: number;
}

/** The correction form of story `storyId` on `editOrigin`, read once; calling the result posts a note. */
export async function correctionPoster(
  editOrigin: string,
  storyId: number,
  cookie: string,
): Promise<(text: string) => Promise<EditTiming>> {
  const page = `${editOrigin}/en/newsroom/stories/${storyId}`;
  const html = await (await fetch(page, { headers: { cookie } })).text();
  const blank = renderedInputs(html, ["correction-form", 'name="target" value="en"']);
  return async (text) => {
    const fields = new Map(blank);
    fields.set("text", text);
    const sentAt = performance.now();
    const response = await postForm(page, fields, { cookie });
    await response.arrayBuffer();
    const answeredAt = performance.now();
    // Accepted, the action redirects back to the story with done=correction.
    if (!response.headers.get("location")?.includes("done=correction")) {
      throw new Error(`The correction was not accepted (HTTP ${response.status})`);
    }
    return { sentAt, answeredAt };
  };
}
