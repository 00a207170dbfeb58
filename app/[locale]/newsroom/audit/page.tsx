import { listAudit } from "@/lib/audit";
import { requirePage } from "@/lib/newsroom/guard";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { pageFromParam } from "@/lib/paths";
import { resolveLocale } from "@/lib/request-locale";
import { AuditScreen } from "@/components/newsroom/screens/audit-screen";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string | string[] }>;
};

export default async function AuditPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  await requirePage(locale, { type: "audit.read" }, newsroomPaths.audit(locale));
  const pageParam = (await searchParams).page;
  const page = typeof pageParam === "string" ? (pageFromParam(pageParam) ?? 1) : 1;
  const { rows, pageCount } = await listAudit(page);
  return <AuditScreen locale={locale} rows={rows} page={page} pageCount={pageCount} />;
}
