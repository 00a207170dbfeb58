import { routing } from "@/i18n/routing";
import { loadCoverage } from "@/lib/newsroom/lists/coverage";
import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { loadLatestTranslations, loadTimeToTranslation } from "@/lib/translation-desk/time-to-translation";
import { loadTranslationQueue } from "@/lib/translation-desk/translation-queue";
import { CoverageScreen } from "@/components/newsroom/screens/coverage-screen";

export default async function CoveragePage({ params }: PageProps<"/[locale]/newsroom/coverage">) {
  const { locale } = await enterNewsroomPage(params, { type: "coverage.read" }, newsroomPaths.coverage);
  const now = new Date();
  const [rows, timeToTranslation, latestTranslations, queues] = await Promise.all([
    loadCoverage(locale),
    loadTimeToTranslation(locale, now),
    Promise.all(
      routing.locales.map(async (target) => ({ target, rows: await loadLatestTranslations(target) })),
    ),
    Promise.all(routing.locales.map((target) => loadTranslationQueue(target, locale))),
  ]);
  return (
    <CoverageScreen
      locale={locale}
      rows={rows}
      timeToTranslation={timeToTranslation}
      latestTranslations={latestTranslations}
      queues={queues}
      now={now}
    />
  );
}
