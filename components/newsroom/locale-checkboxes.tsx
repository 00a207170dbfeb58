import { useTranslations } from "next-intl";
import { routing } from "@/i18n/routing";

/** A checkbox per language, named `locales`: the languages a translator works in. */
export function LocaleCheckboxes({ checked = [] }: { checked?: readonly string[] }) {
  const t = useTranslations("Newsroom.locales");
  return routing.locales.map((option) => (
    <label key={option}>
      <input type="checkbox" name="locales" value={option} defaultChecked={checked.includes(option)} />{" "}
      {t(option)}
    </label>
  ));
}
