import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { readerFormat } from "@/lib/format/reader-format";
import { DirectionalArrow } from "@/components/directional-arrow";

interface Props {
  locale: AppLocale;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

export async function Pagination({ locale, page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: "Pagination" });
  return (
    <nav className="pagination" aria-label={t("label")}>
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev">
          <DirectionalArrow pointing="back" /> {t("previous")}
        </a>
      ) : null}
      <span className="pagination__status">
        {t("status", {
          page: readerFormat.number(page, locale),
          count: readerFormat.number(pageCount, locale),
        })}
      </span>
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next">
          {t("next")} <DirectionalArrow pointing="forward" />
        </a>
      ) : null}
    </nav>
  );
}
