import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { StoryPage } from "@/lib/stories/story-types";
import { PhotoCredit } from "@/components/photo-credit";

/** The caption, then the credit ("Photo: AFP"); nothing when the picture has neither. */
export async function LeadFigureCaption({ figure, locale }: { figure: StoryPage["figure"]; locale: Locale }) {
  const { caption, credit } = figure;
  if (!caption && !credit) return null;
  const t = await getTranslations({ locale, namespace: "Story" });
  return (
    <figcaption className="story__figcaption">
      {caption ? (
        <span className="story__caption" dir="auto">
          {caption}
        </span>
      ) : null}
      {credit ? (
        <PhotoCredit
          className="story__credit"
          credit={credit}
          label={t("photoCreditLabel")}
          locale={locale}
        />
      ) : null}
    </figcaption>
  );
}
