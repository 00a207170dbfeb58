import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { InboxItem } from "@/lib/notifications/inbox";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";
import { notificationPath, sentenceValues } from "@/lib/notifications/notification-sentence";
import { markAllReadAction, receivedKindsAction } from "@/lib/actions/newsroom/inbox-actions";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { ReaderTime } from "@/components/reader-time";

export const INBOX_DONE = ["read", "kinds"] as const;

/** The member's notifications, newest first, unread marked; and which kinds they receive. */
export async function InboxScreen({
  locale,
  items,
  muted,
  done,
}: {
  locale: Locale;
  items: InboxItem[];
  muted: NotificationKind[];
  done: (typeof INBOX_DONE)[number] | null;
}) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const unread = items.filter((item) => item.unread).length;
  return (
    <>
      <h1>{t("inbox.title")}</h1>
      <OutcomeNotice done={done && t(`inbox.done.${done}`)} />
      <p role="status">{t("inbox.unread", { count: unread })}</p>
      {unread > 0 ? (
        <form action={markAllReadAction}>
          <input type="hidden" name="uiLocale" value={locale} />
          <button type="submit">{t("inbox.markAllRead")}</button>
        </form>
      ) : null}
      {items.length === 0 ? (
        <p>{t("inbox.empty")}</p>
      ) : (
        <ul className="inbox">
          {items.map((item) => {
            const href = notificationPath(locale, item);
            const values = {
              ...sentenceValues(t, locale, item),
              story: (chunks: React.ReactNode) =>
                href ? (
                  <a href={href} lang={item.headlineLocale ?? undefined} dir="auto">
                    {chunks}
                  </a>
                ) : (
                  <bdi>{chunks}</bdi>
                ),
              member: (chunks: React.ReactNode) => <bdi>{chunks}</bdi>,
            };
            return (
              <li
                key={item.id}
                className={item.unread ? "inbox__item inbox__item--unread" : "inbox__item"}
                data-kind={item.kind}
                data-story-id={item.storyId ?? ""}
              >
                {item.unread ? <span className="inbox__new">{t("inbox.new")} </span> : null}
                {t.rich(`inbox.kinds.${item.kind}`, values)}{" "}
                <ReaderTime iso={item.createdAt.toISOString()} locale={locale} />
              </li>
            );
          })}
        </ul>
      )}
      <form action={receivedKindsAction} className="newsroom-form inbox-kinds">
        <input type="hidden" name="uiLocale" value={locale} />
        <fieldset>
          <legend>{t("inbox.receive")}</legend>
          {NOTIFICATION_KINDS.map((kind) => (
            <p key={kind}>
              <input
                type="checkbox"
                id={`receive-${kind}`}
                name="receive"
                value={kind}
                defaultChecked={!muted.includes(kind)}
              />{" "}
              <label htmlFor={`receive-${kind}`}>{t(`inbox.kindNames.${kind}`)}</label>
            </p>
          ))}
        </fieldset>
        <button type="submit">{t("inbox.saveKinds")}</button>
      </form>
    </>
  );
}
