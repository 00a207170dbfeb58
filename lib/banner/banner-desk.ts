import "server-only";
import type { Locale } from "next-intl";
import { forbidden } from "next/navigation";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { memberName, memberNameSelect } from "@/lib/newsroom/people/member-name";

export interface DeskBanner {
  locale: Locale;
  /** The banner showing now; null when none, or once expired. */
  current: { text: string; link: string; expiresAt: Date; setAt: Date; setBy: string | null } | null;
}

/**
 * The banner page's languages: those the member may publish in (who may
 * publish there may alert its readers). A member who may publish nowhere
 * gets a 403.
 */
export async function bannersForDesk(
  user: NewsroomUser,
  viewerLocale: Locale,
  now = Date.now(),
): Promise<DeskBanner[]> {
  const languages = routing.locales.filter((locale) => can(user, { type: "translation.publish", locale }));
  if (languages.length === 0) forbidden();
  const rows = await db().breakingBanner.findMany({
    where: { locale: { in: languages } },
    include: { setBy: { select: memberNameSelect } },
  });
  return languages.map((locale) => {
    const row = rows.find((each) => each.locale === locale);
    const live = row && row.expiresAt.getTime() > now;
    return {
      locale,
      current: live
        ? {
            text: row.text,
            link: row.link,
            expiresAt: row.expiresAt,
            setAt: row.setAt,
            setBy: row.setBy ? memberName(row.setBy, viewerLocale).name : null,
          }
        : null,
    };
  });
}
