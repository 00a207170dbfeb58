import { hasLocale } from "next-intl";
import { locale as rootLocale } from "next/root-params";
import { routing } from "@/i18n/routing";
import { ForbiddenScreen } from "@/components/newsroom/screens/forbidden-screen";

// Shown with a 403 when a signed-in member lacks the role for a page.
export default async function NewsroomForbidden() {
  const requested: unknown = await rootLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return <ForbiddenScreen locale={locale} />;
}
