import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { DirectionalArrow } from "@/components/directional-arrow";

interface Props {
  locale: Locale;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  /** Words for lists not ordered by date (search results); story lists keep "newer / older". */
  labels?: { label: string; previous: string; next: string };
}

export async function Pagination({ locale, page, pageCount, hrefFor, labels }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: "Pagination" });
  const words = labels ?? { label: t("label"), previous: t("previous"), next: t("next") };
  return (
    <nav className="pagination" aria-label={words.label}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          <DirectionalArrow pointing="back" /> {words.previous}
        </a>
      ) : null}
      <span className="pagination__status">{t("status", { page, count: pageCount })}</span>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next">
          {words.next} <DirectionalArrow pointing="forward" />
        </a>
      ) : null}
    </nav>
  );
}
