import { notFound } from "next/navigation";
import { idOrNull } from "@/lib/forms/form-values";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { comparedRevisions, listRevisions, restoreCandidate } from "@/lib/newsroom/editor/revision-history";
import { translationPageParams } from "@/lib/newsroom/access/route-params";
import { RevisionHistoryScreen } from "@/components/newsroom/screens/revision-history-screen";

export default async function HistoryPage({
  params,
  searchParams,
}: PageProps<"/[locale]/newsroom/stories/[storyId]/[target]/history">) {
  const { locale, storyId, target } = await translationPageParams(params, newsroomPaths.history);
  const revisions = await listRevisions(storyId, target, locale);
  if (revisions.length === 0) notFound();
  const query = await searchParams;
  const restoring = restoreCandidate(revisions, query.restore);
  return (
    <RevisionHistoryScreen
      locale={locale}
      storyId={storyId}
      target={target}
      revisions={revisions}
      // While a restore waits for confirmation, the comparison shows what it would change.
      {...(restoring ? { older: revisions[0]!, newer: restoring } : comparedRevisions(revisions, query))}
      confirmRestore={restoring}
      restored={idOrNull(query.restored)}
      problem={typeof query.problem === "string"}
    />
  );
}
