import { useTranslations } from "next-intl";

interface Props {
  defaultValue: string;
  /** Worded already; shown under the field. */
  error?: string;
}

/** The lead image's credit in the edited language; sent with the text and saved with it. */
export function PhotoCreditField({ defaultValue, error }: Props) {
  const t = useTranslations("Newsroom.editor");
  return (
    <div className="field">
      <label htmlFor="photoCredit">{t("photoCredit")}</label>
      <input
        id="photoCredit"
        name="photoCredit"
        dir="auto"
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "photoCredit-hint photoCredit-error" : "photoCredit-hint"}
      />
      <p id="photoCredit-hint" className="field-hint">
        {t("photoCreditHint")}
      </p>
      {error ? (
        <p id="photoCredit-error" className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
