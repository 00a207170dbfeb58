import type { Locale } from "next-intl";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";

/**
 * Everything a newsroom member may try. Actions on one language version
 * carry that version's locale.
 */
export type NewsroomAction =
  | { type: "newsroom.enter" }
  | { type: "story.create" }
  | { type: "story.edit" }
  | { type: "topics.manage" }
  | { type: "sections.manage" }
  | { type: "glossary.manage" }
  | { type: "searchWords.manage" }
  | { type: "translation.edit"; locale: Locale }
  | { type: "translation.submit"; locale: Locale }
  | { type: "translation.publish"; locale: Locale }
  | { type: "translation.unpublish"; locale: Locale }
  | { type: "translation.correct"; locale: Locale }
  | { type: "translation.preview"; locale: Locale }
  | { type: "translation.assign"; locale: Locale }
  | { type: "coverage.read" }
  | { type: "comments.moderate" }
  | { type: "settings.manage" }
  | { type: "users.manage" }
  | { type: "users.disable" }
  | { type: "audit.read" };

/** The right a scheduled publish or unpublish needs, when made and when it runs. */
export const scheduledStepRight = (step: "publish" | "unpublish", locale: Locale) =>
  ({ type: step === "publish" ? "translation.publish" : "translation.unpublish", locale }) as const;

/**
 * The one table of who may do what. Admins: everything, including users
 * (adding them, their roles, disabling them), the audit log, site settings
 * and the sections (the site's menus). Editors: all editorial work in every
 * locale, comment moderation included. Translators: translate and send for
 * review, only in their own locales; they never publish.
 */
export function can(user: NewsroomUser | null, action: NewsroomAction): boolean {
  if (!user) return false;
  if (user.role === "ADMIN") return true;
  const adminOnly = ["users.manage", "users.disable", "audit.read", "settings.manage", "sections.manage"];
  const editorial = !adminOnly.includes(action.type);
  if (user.role === "EDITOR") return editorial;
  switch (action.type) {
    case "newsroom.enter":
    case "coverage.read":
      return true;
    case "translation.edit":
    case "translation.submit":
    case "translation.preview":
      return user.locales.includes(action.locale);
    default:
      return false;
  }
}
