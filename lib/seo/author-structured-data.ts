import type { Locale } from "next-intl";
import type { AuthorPage } from "@/lib/authors/author-types";
import { localeFacts } from "@/lib/locale/locale-facts";
import { authorPath } from "@/lib/urls/reader-paths";
import { absoluteUrl } from "@/lib/seo/site-url";

/** schema.org ProfilePage whose main entity is the author, the Person the stories' JSON-LD points to. */
export function authorStructuredData(locale: Locale, author: AuthorPage): Record<string, unknown> {
  const url = absoluteUrl(authorPath(locale, author.key));
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url,
    inLanguage: localeFacts(locale).tag,
    mainEntity: {
      "@type": "Person",
      "@id": url,
      name: author.name,
      url,
      ...(author.bio ? { description: author.bio } : {}),
      ...(author.photo ? { image: absoluteUrl(author.photo.src) } : {}),
    },
  };
}
