import { useTranslations } from "next-intl";

interface Props {
  authors: { id: number; name: string }[];
  checked?: number[];
}

/** The story's authors, a checkbox each (named `authorIds`); names isolated, as they may be in either script. */
export function AuthorCheckboxes({ authors, checked = [] }: Props) {
  const t = useTranslations("Newsroom.newStory");
  return (
    <fieldset className="field">
      <legend>{t("authors")}</legend>
      {authors.map((author) => (
        <label key={author.id}>
          <input
            type="checkbox"
            name="authorIds"
            value={author.id}
            defaultChecked={checked.includes(author.id)}
          />{" "}
          <bdi>{author.name}</bdi>
        </label>
      ))}
    </fieldset>
  );
}
