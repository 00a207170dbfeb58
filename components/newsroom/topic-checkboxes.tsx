import { useTranslations } from "next-intl";

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
    <fieldset className="field topic-checkboxes">
      <legend>{t("topics")}</legend>
      <input type="hidden" name="topicsShown" value="1" />
      {topics.map((topic) => (
        <label key={topic.id}>
          <input
            type="checkbox"
            name="topicIds"
            value={topic.id}
            defaultChecked={checked.includes(topic.id)}
          />{" "}
          <bdi>{topic.name}</bdi>
        </label>
      ))}
    </fieldset>
  );
}
