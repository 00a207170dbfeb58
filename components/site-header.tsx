import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { homePath, searchPath, sectionPath } from "@/lib/urls/reader-paths";
import type { SectionLink } from "@/lib/stories/story-types";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { SearchBox } from "@/components/search-box";

interface Props {
  locale: Locale;
  sections: SectionLink[];
  switchHref: string;
  currentSectionSlug?: string;
  search: boolean;
}

export async function SiteHeader({ locale, sections, switchHref, currentSectionSlug, search }: Props) {
  const t = await getTranslations({ locale, namespace: "Layout" });
  const meta = await getTranslations({ locale, namespace: "Metadata" });
  return (
    <header className="site-header">
      <div className="masthead">
        <a className="site-name" href={homePath(locale)}>
          {meta("siteName")}
        </a>
        <p className="tagline">{meta("tagline")}</p>
        <LocaleSwitcher locale={locale} href={switchHref} />
        {search ? (
          <>
            {/* Phones get a link to the search page instead of the box, keeping the header short. */}
            <a className="search-link" href={searchPath(locale)}>
              {t("searchLink")}
            </a>
            <SearchBox locale={locale} />
          </>
        ) : null}
      </div>
      <nav className="section-nav" aria-label={t("sectionsNav")}>
        <ul>
          <li>
            <a href={homePath(locale)}>{t("home")}</a>
          </li>
          {sections.map((section) => (
            <li key={section.slug}>
              <a
                href={sectionPath(locale, section.slug)}
                aria-current={section.slug === currentSectionSlug ? "page" : undefined}
              >
                {section.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
