import type { Locale } from "next-intl";
import { CREDIT_MAX_LENGTH } from "@/lib/newsroom/media/media-credits";
import { getTranslations } from "next-intl/server";
import { withValues } from "@/i18n/with-values";
import { messageGender } from "@/lib/newsroom/people/member-name";
import { localeFacts } from "@/lib/locale/locale-facts";
import { stepsFor } from "@/lib/newsroom/workflow/change-status";
import { LOCK_HEARTBEAT_SECONDS, type LockState } from "@/lib/newsroom/workflow/edit-lock";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { can } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser } from "@/lib/newsroom/access/roles";
import type { TranslationEditorData } from "@/lib/newsroom/editor/translation-editor-data";
import { LIMITS } from "@/lib/newsroom/editor/translation-fields";
import { ClientMessages } from "@/components/client-messages";
import { EditLockHeartbeat } from "@/components/newsroom/edit-lock-heartbeat";
import { EditLockNotice } from "@/components/newsroom/edit-lock-notice";
import { ForwardDraftReview } from "@/components/newsroom/forward-draft-review";
import { OutdatedNotice } from "@/components/newsroom/outdated-notice";
import { TranslationEditor } from "@/components/newsroom/translation-editor";
import { LanguageMark } from "@/components/newsroom/language-mark";
import { GlossaryWarning } from "@/components/newsroom/glossary-warning";

interface Props extends TranslationEditorData {
  locale: Locale;
  target: Locale;
  user: NewsroomUser;
  /** The revision just saved, when the page is the redirect after a save. */
  saved: number | null;
  /** The redirect after a save that changed nothing, so stored nothing. */
  unchanged: boolean;
  /** Only the photo credit changed (the text made no revision). */
  credited: boolean;
  lock: LockState;
  /** Chosen "read-only", or answered with ?took=1 after taking the version over. */
  view: "read" | "took" | null;
}

/** One language version in the editor, with what changed in the source since it was translated. */
export async function TranslationEditorScreen(props: Props) {
  const { locale, target, story, source, version, outdatedFrom, sourceChanges, user, lock } = props;
  const t = withValues(await getTranslations({ locale, namespace: "Newsroom" }), {
    viewerGender: messageGender(user.gender),
  });
  const language = t(`locales.${target}`);
  // Named in the newsroom's language where that version exists, else in the source's, marked as such.
  const titleLocale = story.versions[locale] ? locale : story.sourceLocale;
  const sourceSide = { lang: story.sourceLocale, dir: localeFacts(story.sourceLocale).dir };
  const live = version?.status === "PUBLISHED";
  // What this member's role allows here, said before they type anything.
  const role = can(user, { type: "translation.publish", locale: target })
    ? live
      ? "publishLive"
      : "publish"
    : live
      ? "reviewLive"
      : "review";
  const readOnly = props.view === "read" || (!lock.held && lock.holder !== null);
  // Someone else has it and no choice was made yet: the choice comes first.
  const undecided = !lock.held && lock.holder !== null && props.view !== "read";
  return (
    <>
      <p>
        <a href={newsroomPaths.story(locale, story.id)} lang={titleLocale} dir="auto">
          {(story.versions[titleLocale] ?? source).headline}
        </a>
        <LanguageMark locale={locale} of={titleLocale} />
      </p>
      <h1>
        {version || props.isSource
          ? t("editor.editTitle", { language })
          : t("editor.translateTitle", { language })}
      </h1>
      <p className="role-notice" data-role-allows={role}>
        {t(`editor.role.${role}`)}
      </p>
      <EditLockNotice
        locale={locale}
        storyId={story.id}
        target={target}
        lock={lock}
        readOnly={props.view === "read"}
      />
      {props.view === "took" ? (
        <p className="form-notice" role="status">
          {t("editor.lock.tookOver")}
        </p>
      ) : null}
      {props.saved !== null ? (
        <p className="form-notice" role="status">
          {version?.draft
            ? t("editor.savedDraft", { revision: props.saved })
            : t("editor.saved", { revision: props.saved })}
        </p>
      ) : null}
      {props.unchanged || props.credited ? (
        <p className="form-notice" role="status">
          {t(props.credited ? "editor.credited" : "editor.unchanged")}
        </p>
      ) : null}
      {props.saved !== null && props.terms.missing.length > 0 ? (
        <GlossaryWarning locale={locale} terms={props.terms} sourceSide={sourceSide} target={target} />
      ) : null}
      {!version ? <p>{t("editor.newVersion")}</p> : null}
      {version?.draft ? (
        <ForwardDraftReview
          locale={locale}
          storyId={story.id}
          target={target}
          live={version}
          draft={version.draft}
          steps={stepsFor(user, version.status, target, version.draft.status).filter(
            (step) => step !== "unpublish",
          )}
        />
      ) : null}
      {outdatedFrom && sourceChanges ? (
        <OutdatedNotice
          locale={locale}
          before={outdatedFrom}
          after={source}
          changes={sourceChanges}
          sourceSide={sourceSide}
        />
      ) : null}
      {undecided ? null : (
        <ClientMessages
          locale={locale}
          namespaces={[
            "Forms",
            "Newsroom.editor",
            "Newsroom.locales",
            "Newsroom.story.problem",
            "TextDiff",
            "Embed",
          ]}
        >
          {lock.held ? (
            <EditLockHeartbeat storyId={story.id} target={target} everySeconds={LOCK_HEARTBEAT_SECONDS} />
          ) : null}
          <TranslationEditor
            uiLocale={locale}
            storyId={story.id}
            target={target}
            targetSide={{ lang: target, dir: localeFacts(target).dir }}
            source={props.isSource ? null : { ...source, ...sourceSide }}
            sourceBlocks={props.isSource ? null : props.sourceBlocks}
            fieldSuggestions={props.isSource ? null : props.fieldSuggestions}
            terms={props.isSource ? null : props.terms}
            sourceChanged={
              sourceChanges ? { headline: sourceChanges.headline, dek: sourceChanges.dek } : null
            }
            initial={props.initial}
            baseRevision={version?.revision ?? null}
            sourceRevision={story.sourceRevision}
            readOnly={readOnly}
            limits={LIMITS}
            userId={props.user.id}
            justSaved={props.saved !== null}
            photoCredit={
              props.photoCredit === null ? null : { value: props.photoCredit, max: CREDIT_MAX_LENGTH }
            }
          />
        </ClientMessages>
      )}
    </>
  );
}
