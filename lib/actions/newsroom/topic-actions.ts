"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { formUiLocale, refuseTo } from "@/lib/newsroom/forms/action-refusals";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { createTopic, mergeTopics, renameTopic, type TopicCommandResult } from "@/lib/topics/topic-commands";
import { namesFormQuery, type NamesFormName } from "@/lib/forms/localized-names-form";
import type { TopicNameInput } from "@/lib/topics/topic-names";
import { ERROR_SUMMARY_ID } from "@/lib/forms/error-summary-id";

const refuse = refuseTo((form) => newsroomPaths.topics(formUiLocale(form)));

// Lengths are checked precisely by the command (parseTopicNames); these only bound the input.
const namesInput = {
  "en.name": formFields.text(1_000),
  "en.slug": formFields.text(1_000),
  "ar.name": formFields.text(1_000),
  "ar.slug": formFields.text(1_000),
};

function names(input: Record<keyof typeof namesInput, string>): TopicNameInput {
  return {
    en: { name: input["en.name"], slug: input["en.slug"] },
    ar: { name: input["ar.name"], slug: input["ar.slug"] },
  };
}

async function answer(
  form: FormData,
  which: NamesFormName | null,
  values: TopicNameInput,
  result: TopicCommandResult,
  done: string,
): Promise<never> {
  const page = newsroomPaths.topics(formUiLocale(form));
  if (result.ok) {
    await expireTags(result);
    redirect(`${page}?done=${done}`);
  }
  if (result.kind === "invalid" && which) {
    redirect(`${page}?${namesFormQuery(which, values, result.errors)}#${ERROR_SUMMARY_ID}`);
  }
  redirect(`${page}?problem=${result.kind}`);
}

export const createTopicAction = guardedAction({
  schema: z.object(namesInput),
  permission: { type: "topics.manage" },
  refuse,
  run: async (user, input, form) => {
    const values = names(input);
    return answer(form, "create", values, await createTopic(user, values), "create");
  },
});

export const renameTopicAction = guardedAction({
  schema: z.object({ topicId: formFields.id, ...namesInput }),
  permission: { type: "topics.manage" },
  refuse,
  run: async (user, input, form) => {
    const values = names(input);
    const result = await renameTopic(user, input.topicId, values);
    return answer(form, `rename-${input.topicId}`, values, result, "rename");
  },
});

export const mergeTopicsAction = guardedAction({
  schema: z.object({
    fromId: formFields.id,
    intoId: formFields.id,
    // The checkbox is the confirmation; it works without JavaScript.
    confirm: z.literal("yes").optional().catch(undefined),
  }),
  permission: { type: "topics.manage" },
  refuse,
  run: async (user, input, form) => {
    if (!input.confirm) {
      // The two topics chosen go back with the question, so only the box is left to tick.
      const chosen = `fromId=${input.fromId}&intoId=${input.intoId}`;
      redirect(
        `${newsroomPaths.topics(formUiLocale(form))}?problem=unconfirmed&${chosen}#${ERROR_SUMMARY_ID}`,
      );
    }
    return answer(form, null, {}, await mergeTopics(user, input.fromId, input.intoId), "merge");
  },
});
