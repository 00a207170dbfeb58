import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { otherLocale } from "@/lib/locale/locale-facts";
import { homePath } from "@/lib/urls/reader-paths";
import { resolveLocale } from "@/lib/locale/request-locale";
import { PageShell } from "@/components/page-shell";

type Props = PageProps<"/[locale]/comment-reported">;

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Where a reader lands after reporting a comment (works without JavaScript),
// or is told that the report was refused for too many reports in a short time.
export default async function CommentReported({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { story, limited } = await searchParams;
  const back = typeof story === "string" && story.startsWith(`/${locale}/story/`) ? story : homePath(locale);
  const t = await getTranslations({ locale, namespace: "Comments" });
  return (
    <PageShell locale={locale} switchHref={homePath(otherLocale(locale))}>
      <h1>{limited === "1" ? t("reportLimited") : t("reported")}</h1>
      <p>
        <a href={`${back}#comments`}>{t("backToStory")}</a>
      </p>
    </PageShell>
  );
}
