import type { ReactNode } from "react";

interface Props {
  legend: string;
  /** The field's name: the form sends the ticked ids under it. */
  name: string;
  items: { id: number; name: string }[];
  checked: number[];
  children?: ReactNode;
}

/** A checkbox per item, names isolated (they may be in either script). */
export function NamedCheckboxes({ legend, name, items, checked, children }: Props) {
  return (
    <fieldset className="field">
      <legend>{legend}</legend>
      {children}
      {items.map((item) => (
        <label key={item.id}>
          <input type="checkbox" name={name} value={item.id} defaultChecked={checked.includes(item.id)} />{" "}
          <bdi>{item.name}</bdi>
        </label>
      ))}
    </fieldset>
  );
}
