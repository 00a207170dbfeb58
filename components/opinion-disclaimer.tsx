import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";

/** Under an opinion piece: the editors' wording, else the site's default. */
export async function OpinionDisclaimer({ text, locale }: { text: string | null; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Story" });
  return (
    <p className="opinion-disclaimer" dir="auto">
      {text ?? t("opinionDisclaimerDefault")}
    </p>
  );
}
