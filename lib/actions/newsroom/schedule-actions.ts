"use server";

import { redirect } from "next/navigation";
import { ERROR_SUMMARY_ID } from "@/lib/forms/error-summary-id";
import { z } from "zod";
import { siteFormat } from "@/lib/format/reader-format";
import { zonedMinuteToInstant } from "@/lib/format/zoned-time";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { formUiLocale, refuseTo, storyOrHome } from "@/lib/newsroom/forms/action-refusals";
import { cancelSchedule, SCHEDULED_STEPS, scheduleChange } from "@/lib/newsroom/schedule/scheduled-changes";
import { dismissScheduleFailure } from "@/lib/newsroom/schedule/schedule-failures";

const PROBLEMS = {
  past: "schedulePast",
  "too-far": "scheduleTooFar",
  "nothing-to-publish": "scheduleNothingToPublish",
  "not-published": "scheduleNotPublished",
  forbidden: "forbidden",
  "not-found": "not-found",
} as const;

const scheduleInput = z.object({
  target: formFields.locale,
  storyId: formFields.id,
  step: z.enum(SCHEDULED_STEPS),
  // Checked as a calendar minute below; bounded here so nothing long is echoed back.
  date: z.string().max(10),
  time: z.string().max(5),
});

export const scheduleChangeAction = guardedAction({
  schema: scheduleInput,
  permission: (input) => ({
    type: input.step === "publish" ? "translation.publish" : "translation.unpublish",
    locale: input.target,
  }),
  refuse: refuseTo(storyOrHome),
  run: async (user, input, form) => {
    const story = newsroomPaths.story(formUiLocale(form), input.storyId);
    const runAt = zonedMinuteToInstant(input.date, input.time, siteFormat.timeZone);
    const result = runAt
      ? await scheduleChange(user, { storyId: input.storyId, locale: input.target, step: input.step, runAt })
      : ({ ok: false, kind: "invalid" } as const);
    if (result.ok) redirect(`${story}?done=scheduled&locale=${input.target}#schedule`);
    // What was typed goes back into the form beside the reason.
    const typed = new URLSearchParams({
      problem: result.kind === "invalid" ? "scheduleInvalid" : PROBLEMS[result.kind],
      locale: input.target,
      step: input.step,
      date: input.date,
      time: input.time,
    });
    // The refused form's error summary takes focus (also without JavaScript, through the fragment).
    redirect(`${story}?${typed}#${ERROR_SUMMARY_ID}`);
  },
});

const cancelInput = z.object({ storyId: formFields.id, scheduleId: formFields.id });

export const cancelScheduleAction = guardedAction({
  schema: cancelInput,
  // The step's own right is checked by cancelSchedule, which knows the step.
  permission: { type: "newsroom.enter" },
  refuse: refuseTo(storyOrHome),
  run: async (user, input, form) => {
    const result = await cancelSchedule(user, { scheduleId: input.scheduleId });
    const outcome = result.ok
      ? "done=unscheduled"
      : `problem=${result.kind === "too-late" ? "scheduleTooLate" : result.kind}`;
    redirect(`${newsroomPaths.story(formUiLocale(form), input.storyId)}?${outcome}#schedule`);
  },
});

const dismissInput = z.object({
  scheduleId: formFields.id,
  // Where the notice was: the story's overview, or the newsroom home.
  storyId: formFields.id.optional().catch(undefined),
});

export const dismissScheduleFailureAction = guardedAction({
  schema: dismissInput,
  permission: { type: "newsroom.enter" },
  refuse: refuseTo(storyOrHome),
  run: async (user, input, form) => {
    const locale = formUiLocale(form);
    const back = input.storyId ? newsroomPaths.story(locale, input.storyId) : newsroomPaths.home(locale);
    const result = await dismissScheduleFailure(user, input.scheduleId);
    redirect(`${back}?${result.ok ? "done=dismissed" : `problem=${result.kind}`}`);
  },
});
