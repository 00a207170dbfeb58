import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { notFound } from "next/navigation";
import * as rootParams from "next/root-params";
import { messageFormats } from "@/i18n/message-formats";
import { routing } from "@/i18n/routing";
import { siteFormat } from "@/lib/format/reader-format";

export default getRequestConfig(async ({ locale }) => {
  // Server Actions and route handlers cannot read root params (Next 16.4), so
  // they pass their locale explicitly; everything rendered under [locale]
  // gets it from the segment, which keeps reading pages static.
  if (!locale) {
    const segment = await rootParams.locale();
    if (!hasLocale(routing.locales, segment)) notFound();
    locale = segment;
  }
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: siteFormat.timeZone,
    formats: messageFormats(locale, siteFormat.digits),
  };
});
