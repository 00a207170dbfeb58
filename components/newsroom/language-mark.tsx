import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";

/**
 * After a headline shown in another language than the newsroom's (the
 * version in the viewer's language does not exist yet), says which: «(بالإنكليزية)».
 */
export async function LanguageMark({ locale, of }: { locale: AppLocale; of: AppLocale | null }) {
  if (!of || of === locale) return null;
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  return <span className="language-mark"> ({t("desk.inLanguage", { language: t(`locales.${of}`) })})</span>;
}
