/** What a form holds now, by field name: several values (ticked boxes) as a list. Files are left out. */
export type FormSnapshot = Record<string, string | string[]>;

export function readForm(form: HTMLFormElement): FormSnapshot {
  const snapshot: FormSnapshot = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== "string") continue;
    const before = snapshot[name];
    snapshot[name] = before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
  }
  return snapshot;
}

/** Puts a snapshot back into the form's own fields (text, choices and boxes alike). */
export function fillForm(form: HTMLFormElement, snapshot: FormSnapshot, names: readonly string[]): void {
  for (const name of names) {
    const wanted = ([] as string[]).concat(snapshot[name] ?? []);
    for (const element of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
      `[name="${name}"]`,
    )) {
      if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
        element.checked = wanted.includes(element.value);
      } else if (!(element instanceof HTMLInputElement && element.type === "file")) {
        element.value = wanted[0] ?? "";
      }
    }
  }
}
