import "@/app/styles/reading.css";
import "@/app/styles/story-body.css";
import "@/app/styles/live.css";
import { resolveLocale } from "@/lib/locale/request-locale";
import { ErrorWordsScope } from "@/components/error-words-scope";

// A segment below the root layout, so that its not-found and error
// boundaries render inside <html lang dir> instead of replacing the document.
export default async function SiteLayout({ children, params }: LayoutProps<"/[locale]">) {
  return (
    <ErrorWordsScope locale={await resolveLocale(params)} area="site">
      {children}
    </ErrorWordsScope>
  );
}
