"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { clearBanner, setBanner } from "@/lib/banner/banner-commands";
import { bannerFormQuery } from "@/lib/banner/banner-form";
import { expireTags } from "@/lib/cache-proxy/expire-tags";
import { siteFormat } from "@/lib/format/reader-format";
import { ERROR_SUMMARY_ID } from "@/lib/forms/error-summary-id";
import { formUiLocale, refuseTo } from "@/lib/newsroom/forms/action-refusals";
import { formFields } from "@/lib/newsroom/forms/form-schema";
import { guardedAction } from "@/lib/newsroom/access/guarded-action";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";

const refuse = refuseTo((form) => newsroomPaths.banner(formUiLocale(form)));

const setInput = z.object({
  target: formFields.locale,
  // Checked precisely by the command; bounded here so nothing long is echoed back.
  text: formFields.text(1_000),
  link: formFields.text(1_000),
  date: z.string().max(10),
  time: z.string().max(5),
});

/** Puts up or replaces a language's banner; refused, the form comes back as typed. */
export const setBannerAction = guardedAction({
  schema: setInput,
  permission: (input) => ({ type: "translation.publish", locale: input.target }),
  refuse,
  run: async (user, input, form) => {
    const page = newsroomPaths.banner(formUiLocale(form));
    const { target, ...values } = input;
    const result = await setBanner(user, { locale: target, ...values, timeZone: siteFormat.timeZone });
    if (result.ok) {
      await expireTags(result);
      redirect(`${page}?done=set&target=${target}`);
    }
    if (result.kind === "invalid") {
      redirect(`${page}?${bannerFormQuery(target, values, result.errors)}#${ERROR_SUMMARY_ID}`);
    }
    redirect(`${page}?problem=${result.kind}`);
  },
});

/** Takes a language's banner down now. */
export const clearBannerAction = guardedAction({
  schema: z.object({ target: formFields.locale }),
  permission: (input) => ({ type: "translation.publish", locale: input.target }),
  refuse,
  run: async (user, input, form) => {
    const page = newsroomPaths.banner(formUiLocale(form));
    const result = await clearBanner(user, { locale: input.target });
    if (!result.ok) redirect(`${page}?problem=${result.kind}`);
    await expireTags(result);
    redirect(`${page}?done=cleared&target=${input.target}`);
  },
});
