import type { Locale } from "next-intl";

export const VERSION_STATES = ["missing", "DRAFT", "IN_REVIEW", "PUBLISHED", "outdated"] as const;
/** The one badge a language version shows in the newsroom. */
export type VersionState = (typeof VERSION_STATES)[number];

export interface VersionFacts {
  locale: Locale;
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED";
  sourceRevision: number;
}

/**
 * A translation made from an older revision of the source text is
 * outdated, whatever its workflow status; the source language itself
 * never is.
 */
export function versionState(
  story: { sourceLocale: Locale; sourceRevision: number },
  version: VersionFacts | undefined,
): VersionState {
  if (!version) return "missing";
  if (version.locale !== story.sourceLocale && version.sourceRevision < story.sourceRevision)
    return "outdated";
  return version.status;
}
