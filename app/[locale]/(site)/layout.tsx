import "@/app/styles/reading-styles";
import { resolveLocale } from "@/lib/locale/request-locale";
import { ErrorWordsScope } from "@/components/error-words-scope";
import { BannerDismiss } from "@/components/banner/banner-dismiss";
import { BreakingBanner } from "@/components/banner/breaking-banner";

// A segment below the root layout, so that its not-found and error
// boundaries render inside <html lang dir> instead of replacing the document.
// The breaking-news banner sits here, above every reading page.
export default async function SiteLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = await resolveLocale(params);
  return (
    <ErrorWordsScope locale={locale} area="site">
      <BreakingBanner locale={locale} />
      <BannerDismiss />
      {children}
    </ErrorWordsScope>
  );
}
