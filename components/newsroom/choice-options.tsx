/** The `<option>`s of a select, from value and label pairs. */
export function ChoiceOptions({ choices }: { choices: { value: string | number; label: string }[] }) {
  return choices.map((choice) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  ));
}
