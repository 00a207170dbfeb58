import "server-only";
import type { Locale } from "next-intl";
import { pageFromParam } from "@/lib/urls/reader-paths";
import { resolveLocale } from "@/lib/locale/request-locale";

/** A paginated listing's route: `/…/[slug]` or `/…/[slug]/page/[page]`. */
export type ListingRouteParams = Promise<{ locale: string; slug: string; page?: string }>;

/** The locale (or a 404), the raw slug, and the page number (null for a malformed one). */
export async function listingRouteParams(
  params: ListingRouteParams,
): Promise<{ locale: Locale; slug: string; page: number | null }> {
  const { slug, page } = await params;
  return { locale: await resolveLocale(params), slug, page: page === undefined ? 1 : pageFromParam(page) };
}
