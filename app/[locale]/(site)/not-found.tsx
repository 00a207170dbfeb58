import { hasLocale } from "next-intl";
import { locale as rootLocale } from "next/root-params";
import { routing } from "@/i18n/routing";
import { NotFoundScreen } from "@/components/screens/not-found-screen";

export default async function LocaleNotFound() {
  const requested: unknown = await rootLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return <NotFoundScreen locale={locale} />;
}
