import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { disclaimersForDesk } from "@/lib/opinion/opinion-disclaimer";
import {
  DISCLAIMER_DONE,
  DISCLAIMER_PROBLEMS,
  enteredDisclaimer,
} from "@/lib/opinion/opinion-disclaimer-form";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { OpinionDisclaimerScreen } from "@/components/newsroom/screens/opinion-disclaimer-screen";

export default async function OpinionDisclaimerPage({
  params,
  searchParams,
}: PageProps<"/[locale]/newsroom/opinion-disclaimer">) {
  const { locale, user } = await enterNewsroomPage(
    params,
    { type: "newsroom.enter" },
    newsroomPaths.opinionDisclaimer,
  );
  const query = await searchParams;
  return (
    <OpinionDisclaimerScreen
      locale={locale}
      disclaimers={await disclaimersForDesk(user)}
      typed={enteredDisclaimer(query)}
      {...outcomeFrom(query, DISCLAIMER_DONE, DISCLAIMER_PROBLEMS)}
    />
  );
}
