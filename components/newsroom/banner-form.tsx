import type { Locale } from "next-intl";
import { useTranslations } from "next-intl";
import { MAX_BANNER_HOURS, MAX_BANNER_LINK, MAX_BANNER_TEXT } from "@/lib/banner/banner-fields";
import type { EnteredBanner } from "@/lib/banner/banner-form";
import { localeFacts } from "@/lib/locale/locale-facts";
import { setBannerAction } from "@/lib/actions/newsroom/banner-actions";
import { ErrorSummary, type SummaryError } from "@/components/forms/error-summary";
import { InputField } from "@/components/forms/text-fields";
import { NewsroomCount } from "@/components/newsroom/newsroom-count";

interface Props {
  locale: Locale;
  target: Locale;
  languageName: string;
  /** This form as the server refused it, with what was typed. */
  typed: EnteredBanner | null;
  suggested: { date: string; time: string };
}

/** Putting up or replacing one language's banner: one line, a link, an expiry on the newsroom's clock. */
export function BannerForm({ locale, target, languageName, typed, suggested }: Props) {
  const t = useTranslations("Newsroom.banner");
  const tForms = useTranslations("Forms");
  const id = (field: string) => `banner-${field}-${target}`;
  const errors = typed?.errors ?? {};
  const words = (code: string | undefined) =>
    code
      ? t(`errors.${code as "required"}`, {
          max: code === "tooLong" ? MAX_BANNER_TEXT : 0,
          hours: MAX_BANNER_HOURS,
        })
      : undefined;
  const linkError =
    errors.link === "tooLong" ? t("errors.linkTooLong", { max: MAX_BANNER_LINK }) : words(errors.link);
  const summary: SummaryError[] = [
    ...(errors.text ? [{ field: id("text"), label: t("text"), text: words(errors.text)! }] : []),
    ...(errors.link ? [{ field: id("link"), label: t("link"), text: linkError! }] : []),
    ...(errors.expiry ? [{ field: id("date"), label: t("date"), text: words(errors.expiry)! }] : []),
  ];
  return (
    <form id={`banner-form-${target}`} action={setBannerAction} className="newsroom-form banner-form">
      <ErrorSummary title={tForms("errorSummary")} errors={summary} />
      <input type="hidden" name="uiLocale" value={locale} />
      <input type="hidden" name="target" value={target} />
      <fieldset>
        <legend>{t("legend", { language: languageName })}</legend>
        <InputField
          id={id("text")}
          label={t("text")}
          hint={t("textHint", { max: MAX_BANNER_TEXT })}
          name="text"
          lang={target}
          dir={localeFacts(target).dir}
          defaultValue={typed?.values.text ?? ""}
          error={words(errors.text)}
          count={<NewsroomCount fieldId={id("text")} max={MAX_BANNER_TEXT} />}
        />
        <InputField
          id={id("link")}
          label={t("link")}
          hint={t("linkHint")}
          name="link"
          dir="ltr"
          defaultValue={typed?.values.link ?? ""}
          error={linkError}
        />
        <InputField
          id={id("date")}
          label={t("date")}
          type="date"
          name="date"
          dir="ltr"
          defaultValue={typed?.values.date ?? suggested.date}
          error={words(errors.expiry)}
        />
        <InputField
          id={id("time")}
          label={t("time")}
          type="time"
          name="time"
          step={60}
          dir="ltr"
          defaultValue={typed?.values.time ?? suggested.time}
        />
        <button type="submit">{t("submit")}</button>
      </fieldset>
    </form>
  );
}
