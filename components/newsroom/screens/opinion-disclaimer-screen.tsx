import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type {
  DISCLAIMER_DONE,
  DISCLAIMER_PROBLEMS,
  EnteredDisclaimer,
} from "@/lib/opinion/opinion-disclaimer-form";
import { ClientMessages } from "@/components/client-messages";
import { OutcomeNotice } from "@/components/newsroom/outcome-notice";
import { OpinionDisclaimerForm } from "@/components/newsroom/opinion-disclaimer-form";

interface Props {
  locale: Locale;
  disclaimers: { locale: Locale; text: string | null }[];
  typed: EnteredDisclaimer | null;
  done: (typeof DISCLAIMER_DONE)[number] | null;
  problem: (typeof DISCLAIMER_PROBLEMS)[number] | null;
}

/** The note under opinion pieces, one form per language the member may publish in. Plain forms. */
export async function OpinionDisclaimerScreen({ locale, disclaimers, typed, done, problem }: Props) {
  const t = await getTranslations({ locale, namespace: "Newsroom.opinionDisclaimer" });
  return (
    <ClientMessages locale={locale} namespaces={["Forms.counter"]}>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <OutcomeNotice
        done={done && t(`done.${done}`)}
        problem={problem && !typed ? t(`problem.${problem}`) : null}
      />
      {disclaimers.map(({ locale: target, text }) => (
        <OpinionDisclaimerForm
          key={target}
          locale={locale}
          target={target}
          saved={text}
          typed={typed?.target === target ? typed : null}
        />
      ))}
    </ClientMessages>
  );
}
