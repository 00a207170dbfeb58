import { glossaryToCsv } from "@/lib/glossary/glossary-csv";
import { allGlossaryTerms } from "@/lib/glossary/glossary-queries";
import { authorize, isDenied } from "@/lib/newsroom/access/guard";

export const dynamic = "force-dynamic";

/** The whole glossary as CSV, for any member: the session is checked before anything is read. */
export async function GET() {
  const member = await authorize({ type: "newsroom.enter" });
  if (isDenied(member)) {
    return new Response(null, { status: member.reason === "signed-out" ? 401 : 403 });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(glossaryToCsv(await allGlossaryTerms()), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="glossary-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
