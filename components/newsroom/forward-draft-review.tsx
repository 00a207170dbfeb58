import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { localeFacts } from "@/lib/locale/locale-facts";
import type { WorkflowStep } from "@/lib/newsroom/workflow/change-status";
import type { EditableVersion, ForwardDraft } from "@/lib/newsroom/editor/story-editor-data";
import { changeStatusAction } from "@/lib/actions/newsroom/translation-actions";
import { TextDiff } from "@/components/newsroom/text-diff";

const COMPARED = ["headline", "dek", "slug", "body", "leadImageAlt", "leadImageCaption"] as const;

interface Props {
  locale: Locale;
  storyId: number;
  target: Locale;
  live: EditableVersion;
  draft: ForwardDraft;
  /** The draft's workflow steps this member may take (never unpublish: that is the live version's). */
  steps: WorkflowStep[];
}

/** A published version's forward draft against its live text, with the steps that move the draft on. */
export async function ForwardDraftReview({ locale, storyId, target, live, draft, steps }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const changed = COMPARED.filter((field) => live[field] !== draft[field]);
  return (
    <section className="forward-draft" aria-labelledby="forward-draft-title" data-status={draft.status}>
      <h2 id="forward-draft-title">{t("editor.draft.title")}</h2>
      <p>{t(`editor.draft.status.${draft.status}`)}</p>
      <p>{changed.length > 0 ? t("editor.draft.compare") : t("editor.draft.same")}</p>
      {changed.map((field) => (
        <div key={field} data-field={field}>
          <h3>{t(`editor.fields.${field}`)}</h3>
          <TextDiff before={live[field]} after={draft[field]} lang={target} dir={localeFacts(target).dir} />
        </div>
      ))}
      {steps.length > 0 ? (
        <div className="row-actions">
          {steps.map((step) => (
            <form key={step} action={changeStatusAction}>
              <input type="hidden" name="uiLocale" value={locale} />
              <input type="hidden" name="storyId" value={storyId} />
              <input type="hidden" name="target" value={target} />
              <input type="hidden" name="step" value={step} />
              <button type="submit">
                {t(`story.draftSteps.${step as Exclude<WorkflowStep, "unpublish">}`)}
              </button>
            </form>
          ))}
        </div>
      ) : null}
    </section>
  );
}
