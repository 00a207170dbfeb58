import { useTranslations } from "next-intl";
import { NamedCheckboxes } from "@/components/newsroom/named-checkboxes";

interface Props {
  topics: { id: number; name: string }[];
  checked: number[];
}

/**
 * The story's topics, a checkbox each (named `topicIds`). `topicsShown`
 * tells the action that the list was on the form, so unticking every box
 * clears the topics rather than leaving them as they were.
 */
export function TopicCheckboxes({ topics, checked }: Props) {
  const t = useTranslations("Newsroom.newStory");
  return (
    <NamedCheckboxes legend={t("topics")} name="topicIds" items={topics} checked={checked}>
      <input type="hidden" name="topicsShown" value="1" />
    </NamedCheckboxes>
  );
}
