import { parseAuditFilters } from "@/lib/audit-log/audit-filters";
import { auditCsvStream } from "@/lib/audit-log/audit-csv";
import { authorize, isDenied } from "@/lib/newsroom/access/guard";
import { resolveLocale } from "@/lib/locale/request-locale";

export const dynamic = "force-dynamic";

/** The audit log as CSV, with the page's filters. Admins only: the session and role are checked before anything is read. */
export async function GET(request: Request, { params }: RouteContext<"/[locale]/newsroom/audit/export">) {
  const member = await authorize({ type: "audit.read" });
  if (isDenied(member)) {
    return new Response(null, { status: member.reason === "signed-out" ? 401 : 403 });
  }
  const locale = await resolveLocale(params);
  const filters = parseAuditFilters(Object.fromEntries(new URL(request.url).searchParams));
  const day = new Date().toISOString().slice(0, 10);
  return new Response(await auditCsvStream(filters, locale), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
