import { loadCoverage } from "@/lib/newsroom/coverage";
import { requirePage } from "@/lib/newsroom/guard";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { resolveLocale } from "@/lib/request-locale";
import { CoverageScreen } from "@/components/newsroom/screens/coverage-screen";

type Props = { params: Promise<{ locale: string }> };

export default async function CoveragePage({ params }: Props) {
  const locale = await resolveLocale(params);
  await requirePage(locale, { type: "coverage.read" }, newsroomPaths.coverage(locale));
  return <CoverageScreen locale={locale} rows={await loadCoverage(locale)} />;
}
