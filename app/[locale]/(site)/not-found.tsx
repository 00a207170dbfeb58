import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { routing } from "@/i18n/routing";
import { NotFoundScreen } from "@/components/screens/not-found-screen";

export default async function LocaleNotFound() {
  const requested: unknown = await rootLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  setRequestLocale(locale);
  return <NotFoundScreen locale={locale} />;
}
