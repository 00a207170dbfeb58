import "server-only";
import { forbidden } from "next/navigation";
import type { Locale } from "next-intl";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";

const key = (locale: Locale) => `opinion.disclaimer.${locale}`;

/** The editors' wording of the note under opinion pieces, or null for the default. */
export async function loadOpinionDisclaimer(locale: Locale): Promise<string | null> {
  const setting = await db().siteSetting.findUnique({ where: { key: key(locale) } });
  return setting?.value || null;
}

/** The notes of the languages the member may word them in (those they may publish in). */
export async function disclaimersForDesk(
  user: NewsroomUser,
): Promise<{ locale: Locale; text: string | null }[]> {
  const locales = routing.locales.filter((locale) => can(user, { type: "translation.publish", locale }));
  // A member who may word no note gets the newsroom's 403 page, as on the banner page.
  if (locales.length === 0) forbidden();
  const rows = await db().siteSetting.findMany({ where: { key: { in: locales.map(key) } } });
  return locales.map((locale) => ({
    locale,
    text: rows.find((row) => row.key === key(locale))?.value || null,
  }));
}

/** Empty text goes back to the default wording: the row is removed. */
export async function writeOpinionDisclaimer(
  tx: Pick<Prisma.TransactionClient, "siteSetting">,
  locale: Locale,
  text: string,
): Promise<void> {
  if (text === "") {
    await tx.siteSetting.deleteMany({ where: { key: key(locale) } });
    return;
  }
  await tx.siteSetting.upsert({
    where: { key: key(locale) },
    create: { key: key(locale), value: text },
    update: { value: text },
  });
}
