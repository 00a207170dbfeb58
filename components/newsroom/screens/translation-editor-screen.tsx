import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/routing";
import { localeFacts } from "@/lib/locale-facts";
import { newsroomPaths } from "@/lib/newsroom/paths";
import type { TranslationEditorData } from "@/lib/newsroom/translation-editor-data";
import { LIMITS } from "@/lib/newsroom/translation-fields";
import { ClientMessages } from "@/components/client-messages";
import { TextDiff } from "@/components/newsroom/text-diff";
import { TranslationEditor } from "@/components/newsroom/translation-editor";

interface Props extends TranslationEditorData {
  locale: AppLocale;
  target: AppLocale;
  /** The revision just saved, when the page is the redirect after a save. */
  saved: number | null;
  userId: string;
}

/** One language version in the editor, with what changed in the source since it was translated. */
export async function TranslationEditorScreen(props: Props) {
  const { locale, target, story, source, version, outdatedFrom } = props;
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const language = t(`locales.${target}`);
  const sourceSide = { lang: story.sourceLocale, dir: localeFacts(story.sourceLocale).dir };
  return (
    <>
      <p>
        <a href={newsroomPaths.story(locale, story.id)} lang={story.sourceLocale} dir="auto">
          {source.headline}
        </a>
      </p>
      <h1>
        {version || props.isSource
          ? t("editor.editTitle", { language })
          : t("editor.translateTitle", { language })}
      </h1>
      {props.saved !== null ? (
        <p className="form-notice" role="status">
          {t("editor.saved", { revision: props.saved })}
        </p>
      ) : null}
      {!version ? <p>{t("editor.newVersion")}</p> : null}
      {outdatedFrom ? (
        <section className="outdated" aria-labelledby="outdated-title">
          <h2 id="outdated-title">{t("editor.outdated")}</h2>
          {(["headline", "dek", "body"] as const).map((field) =>
            outdatedFrom[field] !== source[field] ? (
              <div key={field}>
                <h3>{t(`editor.fields.${field}`)}</h3>
                <TextDiff before={outdatedFrom[field]} after={source[field]} {...sourceSide} />
              </div>
            ) : null,
          )}
        </section>
      ) : null}
      <ClientMessages
        locale={locale}
        namespaces={["Forms", "Newsroom.editor", "Newsroom.locales", "Newsroom.story.problem"]}
      >
        <TranslationEditor
          uiLocale={locale}
          storyId={story.id}
          target={target}
          targetSide={{ lang: target, dir: localeFacts(target).dir }}
          source={props.isSource ? null : { ...source, ...sourceSide }}
          initial={props.initial}
          baseRevision={version?.revision ?? null}
          sourceRevision={story.sourceRevision}
          limits={LIMITS}
          userId={props.userId}
          justSaved={props.saved !== null}
        />
      </ClientMessages>
    </>
  );
}
