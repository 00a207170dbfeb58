import type { Locale } from "next-intl";
import type { MessageGender } from "@/lib/newsroom/people/member-name";
import type {
  FieldErrors,
  TranslationFields,
  TranslationInput,
} from "@/lib/newsroom/editor/translation-fields";
import type { Invalidation } from "@/lib/cache-proxy/invalidation";

// What a save of a language version asks and answers. Apart from
// save-translation.ts so that forward-draft.ts, which it calls, can answer
// in the same terms without importing it back.

export interface SaveRequest {
  storyId: number;
  locale: Locale;
  /** The revision the editor started from; null when creating the version. */
  baseRevision: number | null;
  /** The story's source revision the editor was showing. */
  sourceRevision: number;
  fields: TranslationInput;
  /** The revision whose text this save brings back (a restore), for the audit log. */
  restoredFrom?: number;
  /** The lead image's credit in this language, when the editor had the field. */
  photoCredit?: string;
}

export interface StoredVersion extends TranslationFields {
  revision: number;
  /** Who saved it: their id, their account name and grammatical gender (the action names them for the viewer). */
  savedById: string | null;
  savedBy: string | null;
  savedByGender: MessageGender;
  savedAt: string;
}

export type SaveResult =
  | ({
      ok: true;
      translationId: number;
      revision: number;
      draft?: boolean;
      /** Nothing differed from the newest text nor from the credit: nothing was stored. */
      unchanged?: boolean;
      /** Only the lead image's credit differed: stored, though the text made no revision. */
      credited?: true;
    } & Invalidation)
  | { ok: false; kind: "invalid"; errors: FieldErrors }
  | { ok: false; kind: "conflict"; theirs: StoredVersion }
  | { ok: false; kind: "forbidden" | "not-found" };
