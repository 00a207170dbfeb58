import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";

/**
 * After a headline shown in another language than the newsroom's (the
 * version in the viewer's language does not exist yet), says which: «(بالإنكليزية)».
 */
export async function LanguageMark({ locale, of }: { locale: Locale; of: Locale | null }) {
  if (!of || of === locale) return null;
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  return <span className="language-mark"> ({t("desk.inLanguage", { language: t(`locales.${of}`) })})</span>;
}
