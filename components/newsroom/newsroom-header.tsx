import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { otherLocale } from "@/lib/locale/locale-facts";
import { homePath } from "@/lib/urls/reader-paths";
import { withValues } from "@/i18n/with-values";
import { messageGender } from "@/lib/newsroom/people/member-name";
import { memberNameOf } from "@/lib/newsroom/people/member-names";
import { can } from "@/lib/newsroom/access/permissions";
import { routing } from "@/i18n/routing";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import { signOut } from "@/lib/actions/newsroom/sign-in-actions";
import { unreadCount } from "@/lib/notifications/inbox";

/** The newsroom's own bar: its sections for this member's role, who is signed in, the language. */
export async function NewsroomHeader({ locale, user }: { locale: Locale; user: NewsroomUser | null }) {
  const t = withValues(await getTranslations({ locale, namespace: "Newsroom" }), {
    viewerGender: messageGender(user?.gender),
  });
  // The member as this newsroom names them; their name leads to their profile.
  const shownName = user ? ((await memberNameOf(user.id, locale))?.name ?? user.name) : null;
  const other = otherLocale(locale);
  const inOther = await getTranslations({ locale: other, namespace: "Newsroom" });
  const unread = user ? await unreadCount(user.id) : 0;
  const links = user
    ? [
        { href: newsroomPaths.home(locale), label: t("nav.stories"), show: true },
        { href: newsroomPaths.inbox(locale), label: t("nav.inbox", { count: unread }), show: true },
        { href: newsroomPaths.queue(locale), label: t("nav.queue"), show: true },
        { href: newsroomPaths.glossary(locale), label: t("nav.glossary"), show: true },
        {
          href: newsroomPaths.coverage(locale),
          label: t("nav.coverage"),
          show: can(user, { type: "coverage.read" }),
        },
        {
          href: newsroomPaths.topics(locale),
          label: t("nav.topics"),
          show: can(user, { type: "topics.manage" }),
        },
        {
          href: newsroomPaths.sections(locale),
          label: t("nav.sections"),
          show: can(user, { type: "sections.manage" }),
        },
        {
          href: newsroomPaths.searchWords(locale),
          label: t("nav.searchWords"),
          show: can(user, { type: "searchWords.manage" }),
        },
        {
          href: newsroomPaths.banner(locale),
          label: t("nav.banner"),
          show: routing.locales.some((each) => can(user, { type: "translation.publish", locale: each })),
        },
        {
          href: newsroomPaths.opinionDisclaimer(locale),
          label: t("nav.opinionDisclaimer"),
          show: routing.locales.some((each) => can(user, { type: "translation.publish", locale: each })),
        },
        {
          href: newsroomPaths.comments(locale),
          label: t("moderation.nav"),
          show: can(user, { type: "comments.moderate" }),
        },
        {
          href: newsroomPaths.users(locale),
          label: t("nav.users"),
          show: can(user, { type: "users.manage" }),
        },
        { href: newsroomPaths.audit(locale), label: t("nav.audit"), show: can(user, { type: "audit.read" }) },
      ].filter((link) => link.show)
    : [];
  return (
    <header className="newsroom-header">
      <p className="newsroom-header__title">
        <a href={newsroomPaths.home(locale)}>{t("title")}</a>
      </p>
      {links.length > 0 ? (
        <nav aria-label={t("nav.label")}>
          <ul className="newsroom-nav">
            {links.map((link) => (
              <li key={link.href}>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <div className="newsroom-header__tools">
        <a href={homePath(locale)}>{t("nav.readerSite")}</a>
        <a
          href={newsroomPaths.home(other)}
          lang={other}
          dir={other === "ar" ? "rtl" : "ltr"}
          hrefLang={other}
        >
          {inOther(`locales.${other}`)}
        </a>
        {user ? (
          <form action={signOut} className="newsroom-header__user">
            <span>
              {t("nav.signedInAs")}{" "}
              <a href={newsroomPaths.account(locale)} title={t("nav.account")}>
                <bdi>{shownName}</bdi>
              </a>{" "}
              ({t(`roles.${user.role}`)})
            </span>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit">{t("nav.signOut")}</button>
          </form>
        ) : null}
      </div>
    </header>
  );
}
