import "@/app/styles/fonts.css";
import "@/app/styles/base.css";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import { localeFacts } from "@/lib/locale/locale-facts";
import { resolveLocale } from "@/lib/locale/request-locale";

type Params = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: t("homeTitle"), template: `%s | ${t("siteName")}` },
    description: t("tagline"),
    applicationName: t("siteName"),
  };
}

export default async function LocaleLayout({ children, params }: Params & { children: ReactNode }) {
  const locale = await resolveLocale(params);
  const facts = localeFacts(locale);
  const t = await getTranslations({ locale, namespace: "Layout" });
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
