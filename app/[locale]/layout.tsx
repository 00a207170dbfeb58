import "@/app/styles/fonts.css";
import "@/app/styles/base.css";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { preload } from "react-dom";
import { env } from "@/lib/env";
import { CORE_FACES } from "@/lib/fonts/core-faces";
import { localeFacts } from "@/lib/locale/locale-facts";
import { resolveLocale } from "@/lib/locale/request-locale";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: t("homeTitle"), template: `%s | ${t("siteName")}` },
    description: t("tagline"),
    applicationName: t("siteName"),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await resolveLocale(params);
  const facts = localeFacts(locale);
  const t = await getTranslations({ locale, namespace: "Layout" });
  // The first screen's faces, so a reader's first page is in the intended type (font-display: swap).
  for (const href of CORE_FACES[locale]) preload(href, { as: "font", type: "font/woff2", crossOrigin: "" });
  return (
    <html lang={facts.tag} dir={facts.dir}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {children}
      </body>
    </html>
  );
}
