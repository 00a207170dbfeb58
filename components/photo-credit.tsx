import type { Locale } from "next-intl";
import type { PhotoCredit as Credit } from "@/lib/stories/story-types";

/**
 * "Photo: AFP" / «تصوير: أ ف ب», the name isolated: it may be in the other
 * script, and a credit borrowed from the other language says so with its
 * lang, for screen readers and fonts. `label` comes worded from the server
 * (Story.photoCreditLabel): this also renders inside the editor's preview.
 */
export function PhotoCredit({
  credit,
  label,
  locale,
  className,
}: {
  credit: Credit;
  label: string;
  locale: Locale;
  className: string;
}) {
  return (
    <span className={className}>
      {label}{" "}
      <bdi dir="auto" lang={credit.locale === locale ? undefined : credit.locale}>
        {credit.text}
      </bdi>
    </span>
  );
}
