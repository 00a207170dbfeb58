import "server-only";
import { redirect } from "next/navigation";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import type { Refusal } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";

/** The form's interface language (its hidden `uiLocale`), English when missing or odd. */
export function formUiLocale(form: FormData) {
  return formFields.uiLocale.parse(form.get("uiLocale"));
}

/**
 * For redirect-style newsroom actions: a signed-out caller goes to sign-in,
 * anyone else back to `pathFor(form)` with the reason as `?problem=`.
 */
export function refuseTo(pathFor: (form: FormData) => string) {
  return (why: Refusal, form: FormData): never => {
    if (why === "signed-out") redirect(newsroomPaths.signIn(formUiLocale(form)));
    const path = pathFor(form);
    redirect(`${path}${path.includes("?") ? "&" : "?"}problem=${why}`);
  };
}

/** The story page the form came from, or the newsroom home when it names none. */
export function storyOrHome(form: FormData): string {
  const storyId = formFields.id.safeParse(form.get("storyId"));
  const locale = formUiLocale(form);
  return storyId.success ? newsroomPaths.story(locale, storyId.data) : newsroomPaths.home(locale);
}
