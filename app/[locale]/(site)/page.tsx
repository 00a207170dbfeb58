import { notFound } from "next/navigation";
import { getHomePage } from "@/lib/stories/section-page-data";
import { resolveLocale } from "@/lib/request-locale";
import { HomeScreen } from "@/components/screens/home-screen";

// Rendered on the first request, then served from the cache until a
// publish invalidates its tags (no database needed at build time).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await resolveLocale(params);
  const latest = await getHomePage(locale, 1);
  if (!latest) notFound();
  return <HomeScreen locale={locale} latest={latest} />;
}
