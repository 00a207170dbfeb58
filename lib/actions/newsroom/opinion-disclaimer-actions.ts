"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { ERROR_SUMMARY_ID } from "@/lib/forms/error-summary-id";
import { formUiLocale, refuseTo } from "@/lib/newsroom/forms/action-refusals";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { setOpinionDisclaimer } from "@/lib/opinion/opinion-disclaimer-commands";
import { MAX_DISCLAIMER_LENGTH } from "@/lib/opinion/opinion-disclaimer-fields";
import { disclaimerFormQuery } from "@/lib/opinion/opinion-disclaimer-form";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";

const page = (form: FormData) => newsroomPaths.opinionDisclaimer(formUiLocale(form));

const setInput = z.object({
  target: formFields.locale,
  // Checked precisely by the command; bounded here so nothing long is echoed back.
  text: formFields.text(MAX_DISCLAIMER_LENGTH * 2),
});

/** Rewords one language's note under opinion pieces; refused, the form comes back as typed. */
export const setOpinionDisclaimerAction = guardedAction({
  schema: setInput,
  permission: (input) => ({ type: "translation.publish", locale: input.target }),
  // Past the bound (only a crafted request gets past the field's maxlength),
  // what was typed still goes back, cut to the bound, to be shortened.
  refuse: (why, form) => {
    const target = formFields.locale.safeParse(form.get("target"));
    const text = form.get("text");
    if (why !== "invalid" || !target.success || typeof text !== "string") return refuseTo(page)(why, form);
    const typed = text.slice(0, MAX_DISCLAIMER_LENGTH * 2);
    redirect(`${page(form)}?${disclaimerFormQuery(target.data, typed, "tooLong")}#${ERROR_SUMMARY_ID}`);
  },
  run: async (user, input, form) => {
    const result = await setOpinionDisclaimer(user, { locale: input.target, text: input.text });
    if (result.ok) {
      await expireTags(result);
      redirect(`${page(form)}?done=set&target=${input.target}`);
    }
    if (result.kind === "invalid") {
      redirect(
        `${page(form)}?${disclaimerFormQuery(input.target, input.text, result.error)}#${ERROR_SUMMARY_ID}`,
      );
    }
    redirect(`${page(form)}?problem=${result.kind}`);
  },
});
