import { idList, idOrNull } from "@/lib/forms/form-values";
import type { QueryParams } from "@/lib/newsroom/access/route-params";
import { ERROR_SUMMARY_ID } from "@/lib/forms/error-summary-id";
import { isArticleKind, type ArticleKind } from "@/lib/stories/story-kinds";

// A story's details form refused by the server goes back to the story page
// (no JavaScript needed) with what was chosen in the query string, so the
// ticked authors and topics, the section and the image choice survive: a
// byline once went out empty because the ticks were cleared. Only ids and
// an image path travel, plus a credit and two numbers, so the URL stays small.

export interface EnteredDetails {
  sectionId: number | null;
  authorIds: number[];
  /** Null when the form carried no topic list (the story's own stay shown). */
  topicIds: number[] | null;
  /** The library choice as the form sends it ("src|width|height"), "" for none. */
  image: string;
  /** The kind chosen, when the form offered one (never for live coverage). */
  kind: ArticleKind | null;
  /** The photo credit typed, as typed (bounded). */
  credit: string;
  /** The focal point typed, as typed ("" when the form had none). */
  focusX: string;
  focusY: string;
}

const ids = (values: number[]) => values.join(",");
// Twice a credit's limit: longer is refused anyway, and the URL stays bounded.
const CREDIT_KEPT = 240;
const typedText = (value: unknown, max: number) => (typeof value === "string" ? value.slice(0, max) : "");

const kindOrNull = (value: unknown): ArticleKind | null =>
  typeof value === "string" && isArticleKind(value) ? value : null;

/** What the details form sent, bounded (ids only, at most 50 of each). */
export function enteredDetailsOf(form: FormData): EnteredDetails {
  const image = form.get("image");
  return {
    sectionId: idOrNull(form.get("sectionId")),
    authorIds: idList(form, "authorIds").slice(0, 50),
    topicIds: form.get("topicsShown") === "1" ? idList(form, "topicIds").slice(0, 50) : null,
    image: typeof image === "string" ? image.slice(0, 200) : "",
    kind: kindOrNull(form.get("kind")),
    credit: typedText(form.get("imageCredit"), CREDIT_KEPT),
    focusX: typedText(form.get("focusX"), 4),
    focusY: typedText(form.get("focusY"), 4),
  };
}

/**
 * Back to the story page with `problem` and the typed details, anchored to
 * the error summary. `image`, when given, replaces the form's library
 * choice: an upload already stored goes back as the choice.
 */
export function refusedDetailsPath(
  storyPath: string,
  problem: string,
  form: FormData,
  image?: string,
): string {
  const typed = enteredDetailsOf(form);
  const shown = image ? { ...typed, image: image.slice(0, 200) } : typed;
  return `${storyPath}?problem=${problem}&${enteredDetailsQuery(shown)}#${ERROR_SUMMARY_ID}`;
}

export function enteredDetailsQuery(typed: EnteredDetails): string {
  const query = new URLSearchParams({
    "details.section": typed.sectionId === null ? "" : String(typed.sectionId),
    "details.authors": ids(typed.authorIds),
    "details.image": typed.image,
    "details.credit": typed.credit,
    "details.focusX": typed.focusX,
    "details.focusY": typed.focusY,
  });
  if (typed.topicIds !== null) query.set("details.topics", ids(typed.topicIds));
  if (typed.kind !== null) query.set("details.kind", typed.kind);
  return query.toString();
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const idsOf = (value: string) =>
  value
    .split(",")
    .slice(0, 50)
    .flatMap((id) => idOrNull(id) ?? []);

export function enteredDetails(query: QueryParams): EnteredDetails | null {
  if (query["details.authors"] === undefined) return null;
  const topics = query["details.topics"];
  return {
    sectionId: idOrNull(one(query["details.section"])),
    authorIds: idsOf(one(query["details.authors"])),
    topicIds: topics === undefined ? null : idsOf(one(topics)),
    image: one(query["details.image"]).slice(0, 200),
    kind: kindOrNull(one(query["details.kind"])),
    credit: one(query["details.credit"]).slice(0, CREDIT_KEPT),
    focusX: one(query["details.focusX"]).slice(0, 4),
    focusY: one(query["details.focusY"]).slice(0, 4),
  };
}
