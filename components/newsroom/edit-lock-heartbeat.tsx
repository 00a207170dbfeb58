"use client";

import { useFormatter, useLocale, useTranslations, type Locale } from "next-intl";
import { useEffect, useState } from "react";
import type { MemberName } from "@/lib/newsroom/people/member-name";
import { isolate } from "@/lib/format/isolate";
import { heartbeatLockAction } from "@/lib/actions/newsroom/edit-lock-actions";

/**
 * Keeps this member's edit lock alive while the editor is open, and says so
 * at once when someone else has taken the version over. The save itself is
 * still checked against the newest revision, whatever this shows.
 */
export function EditLockHeartbeat(props: { storyId: number; target: Locale; everySeconds: number }) {
  const t = useTranslations("Newsroom.editor.lock");
  const format = useFormatter();
  const uiLocale = useLocale();
  const [takenBy, setTakenBy] = useState<(MemberName & { since: string }) | null>(null);
  const { storyId, target, everySeconds } = props;

  useEffect(() => {
    const beat = async () => {
      const form = new FormData();
      form.set("storyId", String(storyId));
      form.set("target", target);
      form.set("uiLocale", uiLocale);
      const lock = await heartbeatLockAction(form).catch(() => null);
      if (lock && !lock.held && lock.holder) {
        setTakenBy({ name: lock.holder, gender: lock.holderGender, since: lock.since });
      }
      if (lock?.held) setTakenBy(null);
    };
    const timer = window.setInterval(beat, everySeconds * 1000);
    // Back on the tab after a while: say at once whether someone took it over.
    const onReturn = () => {
      if (document.visibilityState === "visible") void beat();
    };
    window.addEventListener("focus", onReturn);
    document.addEventListener("visibilitychange", onReturn);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("focus", onReturn);
      document.removeEventListener("visibilitychange", onReturn);
    };
  }, [storyId, target, everySeconds, uiLocale]);

  return takenBy ? (
    <p className="form-error edit-lock--lost" role="alert">
      {t("lost", {
        member: isolate(takenBy.name),
        memberGender: takenBy.gender,
        time: isolate(format.dateTime(new Date(takenBy.since), "clock")),
      })}
    </p>
  ) : null;
}
