"use client";

import { useFormatter, useTranslations } from "next-intl";
import { withValues } from "@/i18n/with-values";
import { useViewerGender } from "@/components/newsroom/viewer-gender";
import type { StoredDraft } from "@/components/newsroom/use-autosave";

interface Props<Values> {
  savedAt: Date | null;
  found: StoredDraft<Values> | null;
  onRestore: (values: Values) => void;
  onDiscard: () => void;
}

/** "Saved on this device at 07:05", and the offer to bring back a draft found on arrival (needs Forms). */
export function DraftStatus<Values>({ savedAt, found, onRestore, onDiscard }: Props<Values>) {
  const t = withValues(useTranslations("Forms.draft"), { viewerGender: useViewerGender() });
  const format = useFormatter();
  const time = (date: Date) => format.dateTime(date, "clock");
  return (
    <>
      {found ? (
        <div className="draft-restore" role="status">
          <span>{t("found", { time: time(new Date(found.savedAt)) })}</span>
          <button type="button" onClick={() => onRestore(found.values)}>
            {t("restore")}
          </button>
          <button type="button" onClick={onDiscard}>
            {t("discard")}
          </button>
        </div>
      ) : null}
      <p className="draft-status" aria-live="polite">
        {savedAt ? t("saved", { time: time(savedAt) }) : null}
      </p>
    </>
  );
}
