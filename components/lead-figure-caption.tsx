import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { StoryPage } from "@/lib/stories/story-types";

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
        <span className="story__credit">
          {t.rich("photoCredit", {
            // A credit borrowed from the other language says so with its lang, for screen readers and fonts.
            name: credit.text,
            credit: (chunks) => (
              <bdi dir="auto" lang={credit.locale === locale ? undefined : credit.locale}>
                {chunks}
              </bdi>
            ),
          })}
        </span>
      ) : null}
    </figcaption>
  );
}
