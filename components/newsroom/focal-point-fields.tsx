import { Fragment } from "react";
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
      {(["X", "Y"] as const).map((axis) => (
        <Fragment key={axis}>
          <label htmlFor={`focus${axis}`}>{t(`focus${axis}`)}</label>
          <input
            id={`focus${axis}`}
            name={`focus${axis}`}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            required
            defaultValue={axis === "X" ? x : y}
            dir="ltr"
          />
        </Fragment>
      ))}
      <p id="focus-hint" className="field-hint">
        {t("focusHint")}
      </p>
    </fieldset>
  );
}
