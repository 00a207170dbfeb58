import { notFound } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import { idOrNull, localeOrNull } from "@/lib/forms/form-values";
import { loadLiveDesk } from "@/lib/live/live-desk-data";
import { resolveLocale } from "@/lib/locale/request-locale";
import { requirePage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { LIVE_DONE, LIVE_PROBLEMS, LiveDeskScreen } from "@/components/newsroom/live/live-desk-screen";

export default async function LiveDeskPage({
  params,
  searchParams,
}: PageProps<"/[locale]/newsroom/stories/[storyId]/live">) {
  const locale = await resolveLocale(params);
  const storyId = idOrNull((await params).storyId);
  await requirePage(locale, { type: "newsroom.enter" }, newsroomPaths.home(locale));
  const desk = storyId === null ? null : await loadLiveDesk(storyId);
  if (!desk) notFound();
  const query = await searchParams;
  const entryId = idOrNull(query.edit);
  const target = localeOrNull(query.target);
  return (
    <LiveDeskScreen
      locale={locale}
      user={await currentUser()}
      desk={desk}
      {...outcomeFrom(query, LIVE_DONE, LIVE_PROBLEMS)}
      editing={entryId !== null && target !== null ? { entryId, target } : null}
      revisionsOf={idOrNull(query.revisions)}
    />
  );
}
