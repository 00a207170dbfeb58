import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { timeZoneName } from "@/lib/format/format-date";
import { readerFormat, siteFormat } from "@/lib/format/reader-format";
import type { DeskBanner } from "@/lib/banner/banner-desk";
import { MAX_BANNER_HOURS } from "@/lib/banner/banner-fields";
import type { BANNER_DONE, BANNER_PROBLEMS, EnteredBanner } from "@/lib/banner/banner-form";
import { clearBannerAction } from "@/lib/actions/newsroom/banner-actions";
import { ClientMessages } from "@/components/client-messages";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { BannerForm } from "@/components/newsroom/banner-form";

interface Props {
  locale: Locale;
  banners: DeskBanner[];
  typed: EnteredBanner | null;
  suggested: { date: string; time: string };
  done: (typeof BANNER_DONE)[number] | null;
  problem: (typeof BANNER_PROBLEMS)[number] | null;
}

/**
 * Each language's breaking-news banner, as the member may publish there:
 * what shows now (with a button to take it down) and a form to put one up
 * or replace it. Plain forms: it works without JavaScript.
 */
export async function BannerScreen({ locale, banners, typed, suggested, done, problem }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.banner" });
  const languages = await getTranslations({ locale, namespace: "Newsroom.locales" });
  return (
    <ClientMessages locale={locale} namespaces={["Forms.counter"]}>
      <h1>{t("title")}</h1>
      <p>{t("intro", { hours: MAX_BANNER_HOURS })}</p>
      <p>{t("zone", { zone: timeZoneName(locale, siteFormat.timeZone) })}</p>
      <OutcomeNotice
        done={done && t(`done.${done}`)}
        problem={problem && !typed ? t(`problem.${problem}`) : null}
      />
      {banners.map(({ locale: target, current }) => (
        <section
          key={target}
          className="banner-desk"
          aria-labelledby={`banner-${target}`}
          data-locale={target}
        >
          <h2 id={`banner-${target}`}>{t("language", { language: languages(target) })}</h2>
          {current ? (
            <div className="banner-desk__current">
              <p lang={target} dir="auto">
                <bdi>{current.text}</bdi>
              </p>
              <p>
                <a href={current.link} dir="ltr">
                  {current.link}
                </a>
              </p>
              <p>
                {t("until")}{" "}
                <time dateTime={current.expiresAt.toISOString()}>
                  {readerFormat.dateTime(current.expiresAt, locale)}
                </time>
              </p>
              {current.setBy ? (
                <p>
                  {t("setBy")} <bdi>{current.setBy}</bdi>
                </p>
              ) : null}
              <form action={clearBannerAction}>
                <input type="hidden" name="uiLocale" value={locale} />
                <input type="hidden" name="target" value={target} />
                <button type="submit">{t("clear")}</button>
              </form>
            </div>
          ) : (
            <p>{t("none")}</p>
          )}
          <BannerForm
            locale={locale}
            target={target}
            languageName={languages(target)}
            typed={typed?.target === target ? typed : null}
            suggested={suggested}
          />
        </section>
      ))}
    </ClientMessages>
  );
}
