import { parseAuditFilters } from "@/lib/audit-log/audit-filters";
import { auditActors, listAudit } from "@/lib/audit-log/audit-query";
import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { AuditScreen } from "@/components/newsroom/screens/audit-screen";

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/newsroom/audit">) {
  const { locale } = await enterNewsroomPage(params, { type: "audit.read" }, newsroomPaths.audit);
  const filters = parseAuditFilters(await searchParams);
  const [{ rows, page, pageCount, total }, actors] = await Promise.all([
    listAudit(filters, locale),
    auditActors(locale),
  ]);
  return (
    <AuditScreen
      locale={locale}
      rows={rows}
      filters={filters}
      actors={actors}
      page={page}
      pageCount={pageCount}
      total={total}
    />
  );
}
