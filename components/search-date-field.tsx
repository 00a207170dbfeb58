import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { monthNames } from "@/lib/format/format-date";
import { formatNumber } from "@/lib/format/format-number";
import { siteFormat } from "@/lib/format/reader-format";
import {
  datePartName,
  westernDigits,
  type DateEnd,
  type DateFieldInput,
} from "@/lib/search/search-date-fields";

interface Props {
  locale: Locale;
  end: DateEnd;
  input: DateFieldInput;
}

/** The id of an end's first field, which the error summary links to. */
export function dateFieldId(end: DateEnd): string {
  return `search-${end}-day`;
}

// Numbers typed in either digits are shown back in the page's own; anything
// else stays exactly as typed, so the reader sees what to correct.
function inPageDigits(value: string, locale: Locale): string {
  const western = westernDigits(value);
  return /^\d{1,4}$/.test(western)
    ? formatNumber(Number(western), locale, siteFormat.digits, { useGrouping: false })
    : value;
}

/**
 * One end of the date range as day, month (by name, in the page's language)
 * and year: the GOV.UK date pattern, which needs no script and no date
 * picker, in the page's language and digits whatever the browser's.
 */
export async function SearchDateField({ locale, end, input }: Props) {
  const t = await getTranslations({ locale, namespace: "Search" });
  const id = `search-${end}`;
  const errorId = `${id}-error`;
  const invalid = input.error !== null;
  const describe = {
    "aria-describedby": invalid ? errorId : undefined,
    "aria-invalid": invalid || undefined,
  };
  return (
    <fieldset className="search-date">
      <legend>{t(end)}</legend>
      {input.error ? (
        <p className="field-error" id={errorId}>
          {t(`dateErrors.${input.error}`)}
        </p>
      ) : null}
      <div className="search-date__parts">
        <p className="search-date__day">
          <label htmlFor={dateFieldId(end)}>{t("day")}</label>
          <input
            id={dateFieldId(end)}
            name={datePartName(end, "day")}
            inputMode="numeric"
            maxLength={2}
            autoComplete="off"
            defaultValue={inPageDigits(input.day, locale)}
            {...describe}
          />
        </p>
        <p>
          <label htmlFor={`${id}-month`}>{t("month")}</label>
          <select
            id={`${id}-month`}
            name={datePartName(end, "month")}
            defaultValue={input.month}
            {...describe}
          >
            <option value="">{t("chooseMonth")}</option>
            {monthNames(locale, siteFormat.digits).map((name, index) => (
              <option key={name} value={String(index + 1)}>
                {name}
              </option>
            ))}
          </select>
        </p>
        <p className="search-date__year">
          <label htmlFor={`${id}-year`}>{t("year")}</label>
          <input
            id={`${id}-year`}
            name={datePartName(end, "year")}
            inputMode="numeric"
            maxLength={4}
            autoComplete="off"
            defaultValue={inPageDigits(input.year, locale)}
            {...describe}
          />
        </p>
      </div>
    </fieldset>
  );
}
