import { useTranslations } from "next-intl";

interface Props {
  /** As typed or stored, so a refused form shows again what was sent. */
  x: string;
  y: string;
}

/** The lead image's focal point as two plain number inputs: they work without JavaScript. */
export function FocalPointFields({ x, y }: Props) {
  const t = useTranslations("Newsroom.newStory");
  return (
    <fieldset className="field focal-point" aria-describedby="focus-hint">
      <legend>{t("focus")}</legend>
      <label htmlFor="focusX">{t("focusX")}</label>
      <input
        id="focusX"
        name="focusX"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={1}
        required
        defaultValue={x}
        dir="ltr"
      />
      <label htmlFor="focusY">{t("focusY")}</label>
      <input
        id="focusY"
        name="focusY"
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={1}
        required
        defaultValue={y}
        dir="ltr"
      />
      <p id="focus-hint" className="field-hint">
        {t("focusHint")}
      </p>
    </fieldset>
  );
}
