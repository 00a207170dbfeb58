"use client";

import { useTranslations } from "next-intl";
import { withValues } from "@/i18n/with-values";
import { useViewerGender } from "@/components/newsroom/viewer-gender";
import { BODY_LIMIT_MAX } from "@/lib/markdown/body-limits";
import { imageLimitArgs } from "@/lib/newsroom/media/image-limits";
import type { FieldErrorCode } from "@/lib/newsroom/editor/translation-fields";
import type { UploadError } from "@/lib/newsroom/media/image-store";

/** Words for a story field's error code, with the limit it quotes (needs Newsroom.editor and Newsroom.story.problem). */
export function useFieldErrorText(): (code: FieldErrorCode | UploadError) => string {
  const t = withValues(useTranslations("Newsroom"), { viewerGender: useViewerGender() });
  return (code) => {
    if (
      code === "imageType" ||
      code === "imageTooLarge" ||
      code === "imageDimensions" ||
      code === "uploadQuota"
    ) {
      return t(`story.problem.${code}`, imageLimitArgs);
    }
    const max = code in BODY_LIMIT_MAX ? BODY_LIMIT_MAX[code as keyof typeof BODY_LIMIT_MAX] : 0;
    return t(`editor.errors.${code}`, { max });
  };
}
