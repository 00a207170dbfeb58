import type { StoryKind as StoryKindRow } from "@/lib/generated/prisma/enums";

/**
 * What a story is, as readers are told above its headline. Live coverage is
 * chosen when a story is made and never changed (its page is a list of
 * entries); the article kinds can be changed by editors at any time.
 */
export const ARTICLE_KINDS = ["news", "analysis", "opinion", "interview", "explainer"] as const;
export const STORY_KINDS = [...ARTICLE_KINDS, "live"] as const;

export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export type StoryKind = (typeof STORY_KINDS)[number];

/**
 * The schema.org type of each kind's structured data. An interview is
 * first-hand reporting in questions and answers, so ReportageNewsArticle
 * (schema.org has no interview article type); an explainer gives the
 * background to the news, so BackgroundNewsArticle.
 */
export const SCHEMA_ORG_TYPES = {
  news: "NewsArticle",
  analysis: "AnalysisNewsArticle",
  opinion: "OpinionNewsArticle",
  interview: "ReportageNewsArticle",
  explainer: "BackgroundNewsArticle",
  live: "LiveBlogPosting",
} as const satisfies Record<StoryKind, string>;

export type StorySchemaType = (typeof SCHEMA_ORG_TYPES)[StoryKind];

export const kindFromRow = (kind: StoryKindRow): StoryKind => kind.toLowerCase() as StoryKind;

export const kindToRow = (kind: StoryKind): StoryKindRow => kind.toUpperCase() as StoryKindRow;

export const isArticleKind = (kind: string): kind is ArticleKind =>
  (ARTICLE_KINDS as readonly string[]).includes(kind);
