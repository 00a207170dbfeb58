import { listAudit } from "@/lib/audit";
import { enterNewsroomPage } from "@/lib/newsroom/guard";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { pageFromParam } from "@/lib/paths";
import type { NewsroomPageProps } from "@/lib/newsroom/route-params";
import { AuditScreen } from "@/components/newsroom/screens/audit-screen";

export default async function AuditPage({ params, searchParams }: NewsroomPageProps) {
  const { locale } = await enterNewsroomPage(params, { type: "audit.read" }, newsroomPaths.audit);
  const pageParam = (await searchParams).page;
  const page = typeof pageParam === "string" ? (pageFromParam(pageParam) ?? 1) : 1;
  const { rows, pageCount } = await listAudit(page);
  return <AuditScreen locale={locale} rows={rows} page={page} pageCount={pageCount} />;
}
