import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "@fontsource/source-serif-4/400.css";
import "@fontsource/source-serif-4/700.css";
import "@/app/globals.css";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import { localeFacts } from "@/lib/locale-facts";
import { resolveLocale } from "@/lib/request-locale";

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
  const messages = await getMessages({ locale });
  return (
    <html lang={facts.tag} dir={facts.dir}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {/* Only the error screen's words reach the client. */}
        <NextIntlClientProvider locale={locale} messages={{ Error: messages.Error }}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
