import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { setOpinionDisclaimerAction } from "@/lib/actions/newsroom/opinion-disclaimer-actions";
import { localeFacts } from "@/lib/locale/locale-facts";
import { MAX_DISCLAIMER_LENGTH } from "@/lib/opinion/opinion-disclaimer-fields";
import type { EnteredDisclaimer } from "@/lib/opinion/opinion-disclaimer-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextAreaField } from "@/components/forms/text-fields";
import { NewsroomCount } from "@/components/newsroom/newsroom-count";

interface Props {
  locale: Locale;
  target: Locale;
  /** The saved wording, null while the default shows. */
  saved: string | null;
  /** This form as the server refused it, with what was typed. */
  typed: EnteredDisclaimer | null;
}

/** One language's note: its current wording (or the default, shown for reference) and a form to change it. */
export async function OpinionDisclaimerForm({ locale, target, saved, typed }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.opinionDisclaimer" });
  const languages = await getTranslations({ locale, namespace: "Newsroom.locales" });
  const forms = await getTranslations({ locale, namespace: "Forms" });
  const story = await getTranslations({ locale: target, namespace: "Story" });
  const id = `opinion-disclaimer-${target}`;
  const error = typed ? t(`errors.${typed.error}`, { max: MAX_DISCLAIMER_LENGTH }) : undefined;
  return (
    <section aria-labelledby={`${id}-title`} className="banner-desk" data-locale={target}>
      <h2 id={`${id}-title`}>{t("language", { language: languages(target) })}</h2>
      <p>
        {t("defaultWording")}{" "}
        <q lang={target} dir={localeFacts(target).dir}>
          {story("opinionDisclaimerDefault")}
        </q>
      </p>
      <form action={setOpinionDisclaimerAction} className="newsroom-form">
        <ErrorSummary
          title={forms("errorSummary")}
          errors={error ? [{ field: id, label: t("text"), text: error }] : []}
        />
        <input type="hidden" name="uiLocale" value={locale} />
        <input type="hidden" name="target" value={target} />
        <TextAreaField
          id={id}
          label={t("text")}
          hint={t("hint", { max: MAX_DISCLAIMER_LENGTH })}
          name="text"
          rows={3}
          maxLength={MAX_DISCLAIMER_LENGTH}
          lang={target}
          dir={localeFacts(target).dir}
          defaultValue={typed?.text ?? saved ?? ""}
          error={error}
          count={<NewsroomCount fieldId={id} max={MAX_DISCLAIMER_LENGTH} />}
        />
        <button type="submit">{t("submit")}</button>
      </form>
    </section>
  );
}
