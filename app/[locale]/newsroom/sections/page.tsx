import { idOrNull } from "@/lib/forms/form-values";
import { enterNewsroomPage } from "@/lib/newsroom/access/guard";
import { outcomeFrom } from "@/lib/newsroom/forms/outcome";
import { newsroomPaths } from "@/lib/urls/newsroom-paths";
import { enteredSectionForm } from "@/lib/sections/section-form";
import { sectionsForAdmin } from "@/lib/sections/section-admin-list";
import {
  SECTIONS_DONE,
  SECTIONS_PROBLEMS,
  SectionsScreen,
} from "@/components/newsroom/screens/sections-screen";

export default async function SectionsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/newsroom/sections">) {
  const { locale } = await enterNewsroomPage(params, { type: "sections.manage" }, newsroomPaths.sections);
  const query = await searchParams;
  const outcome = outcomeFrom(query, SECTIONS_DONE, SECTIONS_PROBLEMS);
  return (
    <SectionsScreen
      locale={locale}
      sections={await sectionsForAdmin()}
      typed={outcome.problem === "invalid" ? enteredSectionForm(query) : null}
      retiring={outcome.problem === "unconfirmed" ? idOrNull(query.retire) : null}
      {...outcome}
    />
  );
}
