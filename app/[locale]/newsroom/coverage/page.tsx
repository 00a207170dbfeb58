import { loadCoverage } from "@/lib/newsroom/coverage";
import { enterNewsroomPage } from "@/lib/newsroom/guard";
import { newsroomPaths } from "@/lib/newsroom/paths";
import type { NewsroomPageProps } from "@/lib/newsroom/route-params";
import { CoverageScreen } from "@/components/newsroom/screens/coverage-screen";

export default async function CoveragePage({ params }: NewsroomPageProps) {
  const { locale } = await enterNewsroomPage(params, { type: "coverage.read" }, newsroomPaths.coverage);
  return <CoverageScreen locale={locale} rows={await loadCoverage(locale)} />;
}
