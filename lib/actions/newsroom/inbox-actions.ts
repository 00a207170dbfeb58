"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formUiLocale, refuseTo } from "@/lib/newsroom/forms/action-refusals";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { markAllRead, setReceivedKinds } from "@/lib/notifications/inbox";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";

const inbox = (form: FormData) => newsroomPaths.inbox(formUiLocale(form));
const refuse = refuseTo(inbox);

export const markAllReadAction = guardedAction({
  schema: z.object({}),
  permission: { type: "newsroom.enter" },
  refuse,
  run: async (user, _input, form) => {
    await markAllRead(user);
    redirect(`${inbox(form)}?done=read`);
  },
});

export const receivedKindsAction = guardedAction({
  schema: z.object({
    // Ticked boxes; a kind not ticked is muted. Unknown values are dropped.
    receive: z.preprocess(
      (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.string().max(40)).max(NOTIFICATION_KINDS.length * 2),
    ),
  }),
  permission: { type: "newsroom.enter" },
  refuse,
  run: async (user, input, form) => {
    await setReceivedKinds(
      user,
      NOTIFICATION_KINDS.filter((kind) => input.receive.includes(kind)),
    );
    redirect(`${inbox(form)}?done=kinds`);
  },
});
