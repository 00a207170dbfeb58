import type { Locale } from "next-intl";
import type { ReactNode } from "react";
import { getSectionLinks } from "@/lib/stories/sections";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";

interface Props {
  locale: Locale;
  switchHref: string;
  currentSectionSlug?: string;
  /** The header's search box; the results page leaves it out for its own form. */
  headerSearch?: boolean;
  children: ReactNode;
}

/** Header, main landmark and footer around every reading page. */
export async function PageShell({ locale, switchHref, currentSectionSlug, headerSearch, children }: Props) {
  const sections = await getSectionLinks(locale);
  return (
    <>
      <SiteHeader
        locale={locale}
        sections={sections}
        switchHref={switchHref}
        currentSectionSlug={currentSectionSlug}
        search={headerSearch ?? true}
      />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
