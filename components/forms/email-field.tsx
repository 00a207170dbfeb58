import { FormField } from "@/components/forms/form-field";

interface Props {
  id: string;
  label: string;
  error?: string;
  /** "email" for a contact address, "username" where the address signs in. */
  autoComplete: "email" | "username";
  defaultValue: string;
  required?: boolean;
  maxLength?: number;
}

/** An email address field (named `email`): always left to right, whatever the page's direction. */
export function EmailField({ id, label, error, ...input }: Props) {
  return (
    <FormField id={id} label={label} error={error}>
      {(control) => <input {...control} {...input} name="email" type="email" dir="ltr" />}
    </FormField>
  );
}
