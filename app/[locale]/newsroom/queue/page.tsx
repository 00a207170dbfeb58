import { routing } from "@/i18n/routing";
import { env } from "@/lib/env";
import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { can } from "@/lib/newsroom/access/permissions";
import { liveClaims, membersFor } from "@/lib/translation-desk/claims";
import { loadTranslationQueue } from "@/lib/translation-desk/translation-queue";
import { QUEUE_DONE, QUEUE_PROBLEMS, QueueScreen } from "@/components/newsroom/screens/queue-screen";

export default async function QueuePage({ params, searchParams }: PageProps<"/[locale]/newsroom/queue">) {
  const { locale, user } = await enterNewsroomPage(params, { type: "newsroom.enter" }, newsroomPaths.queue);
  const outcome = outcomeFrom(await searchParams, QUEUE_DONE, QUEUE_PROBLEMS);
  // The languages this member translates into (editors and admins: every one).
  const targets = routing.locales.filter((target) => can(user, { type: "translation.edit", locale: target }));
  const queues = await Promise.all(
    targets.map(async (target) => {
      const queue = await loadTranslationQueue(target, locale);
      const canAssign = can(user, { type: "translation.assign", locale: target });
      return {
        queue,
        claims: await liveClaims(
          queue.entries.map((entry) => entry.storyId),
          target,
          locale,
        ),
        members: canAssign ? await membersFor(target, locale) : null,
      };
    }),
  );
  return (
    <QueueScreen
      locale={locale}
      userId={user.id}
      queues={queues}
      now={new Date()}
      claimHours={env.TRANSLATION_CLAIM_HOURS}
      {...outcome}
    />
  );
}
