import "@/app/styles/newsroom.css";
import { hasLocale } from "next-intl";
import { locale as rootLocale } from "next/root-params";
import { routing } from "@/i18n/routing";
import { ForbiddenScreen } from "@/components/newsroom/screens/forbidden-screen";

// A member who may not preview this language gets the newsroom's "Not
// allowed" inside the site's own page (language, main landmark), not Next's
// bare fallback, which has neither.
export default async function PreviewForbidden() {
  const requested: unknown = await rootLocale();
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return (
    <main id="main" tabIndex={-1} className="newsroom newsroom-main">
      <ForbiddenScreen locale={locale} />
    </main>
  );
}
