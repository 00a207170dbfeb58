import { useTranslations } from "next-intl";
import { InputField } from "@/components/forms/text-fields";

interface Props {
  defaultValue: string;
  /** Worded already; shown under the field. */
  error?: string;
}

/** The lead image's credit in the edited language; sent with the text and saved with it. */
export function PhotoCreditField({ defaultValue, error }: Props) {
  const t = useTranslations("Newsroom.editor");
  return (
    <InputField
      id="photoCredit"
      name="photoCredit"
      label={t("photoCredit")}
      hint={t("photoCreditHint")}
      error={error}
      dir="auto"
      defaultValue={defaultValue}
    />
  );
}
