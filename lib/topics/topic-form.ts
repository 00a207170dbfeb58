import type { QueryParams } from "@/lib/newsroom/access/route-params";
import { enteredNamesForm, type EnteredNamesForm } from "@/lib/forms/localized-names-form";
import type { TopicErrors } from "@/lib/topics/topic-names";

export type EnteredTopicForm = EnteredNamesForm<TopicErrors>;

// The codes the topics screen has words for (Newsroom.topics.errors).
const CODES = ["required", "tooLong", "slugInvalid", "slugScript", "slugTaken"] as const;

/** A refused topic form's typed names and errors, read back from the page's query. */
export function enteredTopicForm(query: QueryParams): EnteredTopicForm | null {
  return enteredNamesForm<TopicErrors>(query, CODES);
}
