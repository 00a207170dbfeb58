import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { withValues } from "@/i18n/with-values";
import { viewerGender } from "@/lib/newsroom/people/viewer-gender";
import type { EnteredTopicForm } from "@/lib/topics/topic-form";
import type { TopicRecord } from "@/lib/topics/topic-types";
import {
  createTopicAction,
  mergeTopicsAction,
  renameTopicAction,
} from "@/lib/actions/newsroom/topic-actions";
import { ClientMessages } from "@/components/client-messages";
import { ChoiceOptions } from "@/components/newsroom/choice-options";
import { NewsroomTable } from "@/components/newsroom/newsroom-table";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { LocalizedNameFields, localizedNameErrorList } from "@/components/forms/localized-name-fields";
import { MAX_TOPIC_NAME_LENGTH } from "@/lib/topics/topic-names";
import { ErrorSummary } from "@/components/forms/error-summary";

export const TOPICS_DONE = ["create", "rename", "merge"] as const;
export const TOPICS_PROBLEMS = ["forbidden", "not-found", "invalid", "unconfirmed"] as const;

interface Props {
  locale: Locale;
  topics: (TopicRecord & { published: { en: number; ar: number }; label: string })[];
  done: (typeof TOPICS_DONE)[number] | null;
  problem: (typeof TOPICS_PROBLEMS)[number] | null;
  /** The form the server refused, with what was typed. */
  typed: EnteredTopicForm | null;
  /** The merge the server asked to confirm: the topics chosen stay chosen. */
  merge: { fromId: number | null; intoId: number | null };
}

/** Every topic with its names, slugs and stories; forms to add, rename and merge them. Editors only. */
export async function TopicsScreen({ locale, topics, done, problem, typed, merge }: Props) {
  const viewer = { viewerGender: await viewerGender() };
  const t = withValues(await getTranslations({ locale, namespace: "Newsroom.topics" }), viewer);
  const forms = await getTranslations({ locale, namespace: "Forms" });
  const choices = topics.map((topic) => ({ value: topic.id, label: topic.label }));
  const enteredFor = (form: string) => (typed?.form === form ? typed : null);
  // Client messages for the names' live counts only.
  return (
    <ClientMessages locale={locale} namespaces={["Forms.counter"]}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ErrorSummary
        title={forms("errorSummary")}
        errors={
          problem === "unconfirmed"
            ? [{ field: "merge-confirm", label: t("merge"), text: t("problem.unconfirmed") }]
            : typed
              ? localizedNameErrorList(
                  "topic",
                  typed,
                  MAX_TOPIC_NAME_LENGTH,
                  (code, max) => t(`errors.${code as "required"}`, { max }),
                  (language, field) => `${t(field)} (${t(language === "en" ? "english" : "arabic")})`,
                )
              : []
        }
      />
      <OutcomeNotice
        done={done && t(`done.${done}`)}
        problem={problem && problem !== "unconfirmed" && !typed ? t(`problem.${problem}`) : null}
      />
      <NewsroomTable columns={[t("english"), t("arabic"), t("stories"), t("rename")]}>
        {topics.map((topic) => {
          const retyped = enteredFor(`rename-${topic.id}`);
          return (
            <tr key={topic.id} data-topic={topic.key}>
              {(["en", "ar"] as const).map((each) => (
                <td key={each} lang={each} dir="auto">
                  {topic.names[each] ? (
                    <>
                      <bdi>{topic.names[each].name}</bdi> <code dir="auto">{topic.names[each].slug}</code>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
              ))}
              <td>{t("storyCounts", topic.published)}</td>
              <td>
                <details open={retyped !== null}>
                  <summary>{t("rename")}</summary>
                  <form action={renameTopicAction} className="newsroom-form">
                    <input type="hidden" name="uiLocale" value={locale} />
                    <input type="hidden" name="topicId" value={topic.id} />
                    <LocalizedNameFields
                      thing="topic"
                      maxName={MAX_TOPIC_NAME_LENGTH}
                      viewerGender={viewer.viewerGender}
                      idPrefix={`topic-${topic.id}`}
                      values={retyped?.values ?? topic.names}
                      errors={retyped?.errors}
                    />
                    <button type="submit">{t("renameButton")}</button>
                  </form>
                </details>
              </td>
            </tr>
          );
        })}
      </NewsroomTable>
      <h2>{t("create")}</h2>
      <form action={createTopicAction} className="newsroom-form">
        <input type="hidden" name="uiLocale" value={locale} />
        <LocalizedNameFields
          thing="topic"
          maxName={MAX_TOPIC_NAME_LENGTH}
          viewerGender={viewer.viewerGender}
          idPrefix="new-topic"
          values={enteredFor("create")?.values ?? {}}
          errors={enteredFor("create")?.errors}
        />
        <button type="submit">{t("createButton")}</button>
      </form>
      <h2>{t("merge")}</h2>
      <form action={mergeTopicsAction} className="newsroom-form">
        <input type="hidden" name="uiLocale" value={locale} />
        <div className="field">
          <label htmlFor="merge-from">{t("mergeFrom")}</label>
          <select id="merge-from" name="fromId" defaultValue={merge.fromId ?? undefined}>
            <ChoiceOptions choices={choices} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="merge-into">{t("mergeInto")}</label>
          <select id="merge-into" name="intoId" defaultValue={merge.intoId ?? undefined}>
            <ChoiceOptions choices={choices} />
          </select>
        </div>
        <label>
          <input id="merge-confirm" type="checkbox" name="confirm" value="yes" /> {t("mergeConfirm")}
        </label>
        <button type="submit">{t("mergeButton")}</button>
      </form>
    </ClientMessages>
  );
}
