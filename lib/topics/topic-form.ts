import { routing } from "@/i18n/routing";
import type { QueryParams } from "@/lib/newsroom/access/route-params";
import type { TopicErrors, TopicNameErrors, TopicNameInput } from "@/lib/topics/topic-names";

// A topic form refused by the server goes back to the page (no JavaScript
// needed) with what was typed and why in the query string, so nothing typed
// is lost: names are short (60 characters), so the URL stays small.

export type TopicFormName = "create" | `rename-${number}`;

export interface EnteredTopicForm {
  form: TopicFormName;
  values: TopicNameInput;
  errors: TopicErrors;
}

const FIELDS = ["name", "slug"] as const;

export function topicFormQuery(form: TopicFormName, values: TopicNameInput, errors: TopicErrors): string {
  const query = new URLSearchParams({ problem: "invalid", form });
  for (const locale of routing.locales) {
    for (const field of FIELDS) {
      query.set(`${locale}.${field}`, values[locale]?.[field] ?? "");
      const error = errors[locale]?.[field];
      if (error) query.set(`error.${locale}.${field}`, error);
    }
  }
  if (errors.names) query.set("error.names", errors.names);
  return query.toString();
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function enteredTopicForm(query: QueryParams): EnteredTopicForm | null {
  const form = one(query.form);
  if (form !== "create" && !/^rename-\d{1,9}$/.test(form)) return null;
  const values: TopicNameInput = {};
  const errors: TopicErrors = {};
  for (const locale of routing.locales) {
    values[locale] = {
      name: one(query[`${locale}.name`]).slice(0, 200),
      slug: one(query[`${locale}.slug`]).slice(0, 200),
    };
    const fieldErrors: TopicNameErrors = {};
    for (const field of FIELDS) {
      const error = one(query[`error.${locale}.${field}`]);
      // Only codes the screen has words for; anything else in a hand-made URL is ignored.
      if (/^(required|tooLong|slugInvalid|slugScript|slugTaken)$/.test(error)) {
        Object.assign(fieldErrors, { [field]: error });
      }
    }
    if (fieldErrors.name || fieldErrors.slug) errors[locale] = fieldErrors;
  }
  if (one(query["error.names"]) === "required") errors.names = "required";
  return { form: form as TopicFormName, values, errors };
}
