import { useTranslations } from "next-intl";
import { NamedCheckboxes } from "@/components/newsroom/named-checkboxes";

interface Props {
  authors: { id: number; name: string }[];
  checked?: number[];
}

/** The story's authors, a checkbox each (named `authorIds`). */
export function AuthorCheckboxes({ authors, checked = [] }: Props) {
  const t = useTranslations("Newsroom.newStory");
  return <NamedCheckboxes legend={t("authors")} name="authorIds" items={authors} checked={checked} />;
}
