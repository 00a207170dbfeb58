import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { localeFacts, otherLocale } from "@/lib/locale/locale-facts";

interface Props {
  locale: Locale;
  /** Where the other language's reader lands: the same story or section, else its home. */
  href: string;
}

// A plain link: switching changes <html lang dir>, so a full navigation is
// what the browser needs anyway, and it works without JavaScript.
export async function LocaleSwitcher({ locale, href }: Props) {
  const t = await getTranslations({ locale, namespace: "LocaleSwitcher" });
  const target = localeFacts(otherLocale(locale));
  return (
    <a
      className="locale-switcher"
      href={href}
      hrefLang={target.tag}
      lang={target.tag}
      dir={target.dir}
      title={t("switchToTitle")}
      aria-label={t("switchToTitle")}
    >
      {t("switchTo")}
    </a>
  );
}
