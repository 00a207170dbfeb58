import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { MAX_NOTE_LENGTH, MAX_TERM_LENGTH, type TermErrors } from "@/lib/glossary/glossary-fields";
import type { ImportProblem, EnteredTerm } from "@/lib/glossary/glossary-form";
import type { GlossaryEntry } from "@/lib/glossary/glossary-queries";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import {
  createTermAction,
  deleteTermAction,
  importGlossaryAction,
  updateTermAction,
} from "@/lib/actions/newsroom/glossary-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { ClientMessages } from "@/components/client-messages";
import { GlossaryTermFields } from "@/components/newsroom/glossary-term-fields";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { Pagination } from "@/components/pagination";

export const GLOSSARY_DONE = ["create", "update", "delete", "import"] as const;
export const GLOSSARY_PROBLEMS = ["forbidden", "not-found", "invalid", "import", "noFile"] as const;

interface Props {
  locale: Locale;
  entries: GlossaryEntry[];
  total: number;
  page: number;
  pageCount: number;
  query: string;
  /** Whether this member keeps the glossary (editors) or only reads it. */
  manage: boolean;
  done: (typeof GLOSSARY_DONE)[number] | null;
  problem: (typeof GLOSSARY_PROBLEMS)[number] | null;
  typed: EnteredTerm | null;
  imported: { created: number; updated: number } | null;
  importProblems: { problems: ImportProblem[]; count: number } | null;
}

const FIELD_ORDER = ["kind", "en", "ar", "note"] as const;
const maxLength = (field: string | null) => (field === "note" ? MAX_NOTE_LENGTH : MAX_TERM_LENGTH);

/** The approved terms, searchable; editors add, change, remove, import and export them. */
export async function GlossaryScreen(props: Props) {
  const { locale, entries, manage, typed } = props;
  const t = await getTranslations({ locale, namespace: "Newsroom.glossary" });
  const forms = await getTranslations({ locale, namespace: "Forms" });
  const base = newsroomPaths.glossary(locale);
  const enteredFor = (form: string) => (typed?.form === form ? typed : null);
  const errorList = (prefix: string, errors: TermErrors) =>
    FIELD_ORDER.flatMap((field) => {
      const code = errors[field];
      return code
        ? [
            {
              field: `${prefix}-${field}`,
              label: t(field === "kind" || field === "note" ? field : `name.${field}`),
              text: t(`errors.${code}`, { max: maxLength(field) }),
            },
          ]
        : [];
    });
  const summary = typed
    ? errorList(typed.form === "create" ? "new-term" : `term-${typed.form.slice(5)}`, typed.errors)
    : [];
  return (
    <ClientMessages locale={locale} namespaces={["Forms.counter"]}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ErrorSummary title={forms("errorSummary")} errors={summary} />
      <OutcomeNotice
        done={
          props.done === "import" && props.imported
            ? t("done.import", props.imported)
            : props.done && props.done !== "import"
              ? t(`done.${props.done}`)
              : null
        }
        problem={
          props.problem && props.problem !== "invalid" && props.problem !== "import"
            ? t(`problem.${props.problem}`)
            : null
        }
      />
      <form method="get" action={base} className="newsroom-form glossary-search" role="search">
        <div className="field">
          <label htmlFor="glossary-q">{t("search")}</label>
          <input
            id="glossary-q"
            name="q"
            type="search"
            dir="auto"
            defaultValue={props.query}
            maxLength={100}
          />
        </div>
        <button type="submit">{t("searchButton")}</button>
      </form>
      <p>{t("total", { total: props.total })}</p>
      <NewsroomTable
        columns={[t("kind"), t("name.en"), t("name.ar"), t("note"), ...(manage ? [t("change")] : [])]}
      >
        {entries.map((entry) => {
          const retyped = enteredFor(`edit-${entry.id}`);
          return (
            <tr key={entry.id} data-term-id={entry.id}>
              <td>{t(`kinds.${entry.kind}`)}</td>
              <td lang="en" dir="ltr">
                {entry.names.en}
              </td>
              <td lang="ar" dir="rtl">
                {entry.names.ar}
              </td>
              <td dir="auto">{entry.note}</td>
              {manage ? (
                <td>
                  <details open={retyped !== null}>
                    <summary>{t("change")}</summary>
                    <form action={updateTermAction} className="newsroom-form">
                      <input type="hidden" name="uiLocale" value={locale} />
                      <input type="hidden" name="termId" value={entry.id} />
                      <GlossaryTermFields
                        locale={locale}
                        idPrefix={`term-${entry.id}`}
                        values={retyped?.values ?? { kind: entry.kind, names: entry.names, note: entry.note }}
                        errors={retyped?.errors}
                      />
                      <button type="submit">{t("save")}</button>
                    </form>
                    <form action={deleteTermAction} className="newsroom-form">
                      <input type="hidden" name="uiLocale" value={locale} />
                      <input type="hidden" name="termId" value={entry.id} />
                      <button type="submit" className="button--danger">
                        {t("delete")}
                      </button>
                    </form>
                  </details>
                </td>
              ) : null}
            </tr>
          );
        })}
      </NewsroomTable>
      <Pagination
        locale={locale}
        page={props.page}
        pageCount={props.pageCount}
        hrefFor={(page) =>
          `${base}?${new URLSearchParams({ ...(props.query ? { q: props.query } : {}), page: String(page) })}`
        }
      />
      <p>
        <a href={newsroomPaths.glossaryExport(locale)} download>
          {t("export")}
        </a>
      </p>
      {manage ? (
        <>
          <h2>{t("create")}</h2>
          <form action={createTermAction} className="newsroom-form">
            <input type="hidden" name="uiLocale" value={locale} />
            <GlossaryTermFields
              locale={locale}
              idPrefix="new-term"
              values={enteredFor("create")?.values ?? { kind: "PERSON", names: {}, note: "" }}
              errors={enteredFor("create")?.errors}
            />
            <button type="submit">{t("createButton")}</button>
          </form>
          <h2 id="import">{t("import")}</h2>
          <p>{t("importHint")}</p>
          {props.importProblems ? (
            <div className="form-error" role="alert">
              <p>{t("importRefused", { count: props.importProblems.count })}</p>
              <ul>
                {props.importProblems.problems.map((problem, index) => (
                  <li key={index}>
                    {t("importLine", {
                      line: problem.line,
                      problem: t(`importProblems.${problem.code}`, {
                        field: problem.field
                          ? t(
                              problem.field === "kind" || problem.field === "note"
                                ? problem.field
                                : `name.${problem.field}`,
                            )
                          : "",
                        max: maxLength(problem.field),
                      }),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <form action={importGlossaryAction} className="newsroom-form">
            <input type="hidden" name="uiLocale" value={locale} />
            <div className="field">
              <label htmlFor="glossary-file">{t("importFile")}</label>
              <input id="glossary-file" name="file" type="file" accept=".csv,text/csv" />
            </div>
            <button type="submit">{t("importButton")}</button>
          </form>
        </>
      ) : null}
    </ClientMessages>
  );
}
