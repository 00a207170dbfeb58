import "server-only";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { BODY_LIMITS } from "@/lib/markdown/body-limits";
import type { FieldErrorCode } from "@/lib/newsroom/translation-fields";

/** The words for every translation field error, with the limits they quote, in the editor's language. */
export async function translationErrorTexts(locale: AppLocale): Promise<Record<FieldErrorCode, string>> {
  const t = await getTranslations({ locale, namespace: "Newsroom.editor.errors" });
  return {
    required: t("required"),
    tooLong: t("tooLong"),
    slugInvalid: t("slugInvalid"),
    slugScript: t("slugScript"),
    slugTaken: t("slugTaken"),
    invalidCharacters: t("invalidCharacters"),
    bodyTooDeep: t("bodyTooDeep", { max: BODY_LIMITS.depth }),
    tooManyLinks: t("tooManyLinks", { max: BODY_LIMITS.links }),
    tooMuchFormatting: t("tooMuchFormatting", { max: BODY_LIMITS.formattingMarks }),
    tooManyHeadings: t("tooManyHeadings", { max: BODY_LIMITS.headings }),
    tooManyListItems: t("tooManyListItems", { max: BODY_LIMITS.listItems }),
    tooManyLines: t("tooManyLines", { max: BODY_LIMITS.lines }),
  };
}
