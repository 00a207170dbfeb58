import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { localeFacts } from "@/lib/locale-facts";
import { requirePage } from "@/lib/newsroom/guard";
import { newsroomPaths } from "@/lib/newsroom/paths";
import { storyTargetParams } from "@/lib/newsroom/route-params";
import { loadStoryForEditing, sourceTextAt } from "@/lib/newsroom/story-editor-data";
import { slugify } from "@/lib/slug";
import { resolveLocale } from "@/lib/request-locale";
import { TextDiff } from "@/components/newsroom/text-diff";
import { ClientMessages } from "@/components/client-messages";
import { TranslationEditor } from "@/components/newsroom/translation-editor";

type Props = {
  params: Promise<{ locale: string; storyId: string; target: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
};

export default async function TranslationEditorPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { storyId, target } = await storyTargetParams(params);
  await requirePage(
    locale,
    { type: "translation.edit", locale: target },
    newsroomPaths.translation(locale, storyId, target),
  );
  const story = await loadStoryForEditing(storyId, locale);
  const sourceVersion = story?.versions[story.sourceLocale];
  if (!story || !sourceVersion) notFound();
  const version = story.versions[target];
  const isSource = target === story.sourceLocale;
  const t = await getTranslations({ locale, namespace: "Newsroom" });
  const targetLanguage = t(`locales.${target}`);
  const saved = (await searchParams).saved;
  const outdatedFrom =
    version && !isSource && version.sourceRevision < story.sourceRevision
      ? await sourceTextAt(story.id, story.sourceLocale, version.sourceRevision)
      : null;
  const sourceSide = { lang: story.sourceLocale, dir: localeFacts(story.sourceLocale).dir };
  const targetSide = { lang: target, dir: localeFacts(target).dir };
  const initial = version
    ? {
        slug: version.slug,
        headline: version.headline,
        dek: version.dek,
        body: version.body,
        leadImageAlt: version.leadImageAlt,
      }
    : {
        slug: slugify(sourceVersion.headline),
        headline: sourceVersion.headline,
        dek: sourceVersion.dek,
        body: sourceVersion.body,
        leadImageAlt: sourceVersion.leadImageAlt,
      };
  return (
    <>
      <p>
        <a href={newsroomPaths.story(locale, story.id)} lang={story.sourceLocale} dir="auto">
          {sourceVersion.headline}
        </a>
      </p>
      <h1>
        {version || isSource
          ? t("editor.editTitle", { language: targetLanguage })
          : t("editor.translateTitle", { language: targetLanguage })}
      </h1>
      {typeof saved === "string" ? (
        <p className="form-notice" role="status">
          {t("editor.saved", { revision: Number(saved) })}
        </p>
      ) : null}
      {!version ? <p>{t("editor.newVersion")}</p> : null}
      {outdatedFrom ? (
        <section className="outdated" aria-labelledby="outdated-title">
          <h2 id="outdated-title">{t("editor.outdated")}</h2>
          {(["headline", "dek", "body"] as const).map((field) =>
            outdatedFrom[field] !== sourceVersion[field] ? (
              <div key={field}>
                <h3>{t(`editor.fields.${field}`)}</h3>
                <TextDiff before={outdatedFrom[field]} after={sourceVersion[field]} {...sourceSide} />
              </div>
            ) : null,
          )}
        </section>
      ) : null}
      <ClientMessages
        locale={locale}
        namespaces={["Newsroom.editor", "Newsroom.locales", "Newsroom.story.problem"]}
      >
        <TranslationEditor
          uiLocale={locale}
          storyId={story.id}
          target={target}
          targetSide={targetSide}
          source={isSource ? null : { ...sourceVersion, ...sourceSide }}
          initial={initial}
          baseRevision={version?.revision ?? null}
          sourceRevision={story.sourceRevision}
        />
      </ClientMessages>
    </>
  );
}
