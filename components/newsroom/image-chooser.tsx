import { useTranslations } from "next-intl";
import { InputField } from "@/components/forms/text-fields";
import { imageLimitArgs } from "@/lib/newsroom/media/image-limits";
import type { LibraryImage } from "@/lib/newsroom/media/image-store";

interface Props {
  library: LibraryImage[];
  /** The chosen image as its radio sends it ("src|width|height"), "" for none. */
  chosen: string;
  error?: string;
  /** The photo credit as typed (kept across a refusal). */
  credit: string;
  creditError?: string;
}

/** The chosen image when the library shown does not hold it: an upload kept from a refused form. */
function keptUpload(library: LibraryImage[], chosen: string): LibraryImage | null {
  const [src, width, height] = chosen.split("|");
  if (!src || library.some((image) => image.src === src)) return null;
  const size = { width: Number(width), height: Number(height) };
  return size.width > 0 && size.height > 0 ? { src, ...size, description: null } : null;
}

/** Pick a lead image from the library, or upload a new one (which wins). */
export function ImageChooser({ library, chosen, error, credit, creditError }: Props) {
  const t = useTranslations("Newsroom.newStory");
  const current = chosen.split("|")[0] || null;
  const kept = keptUpload(library, chosen);
  const shown = kept ? [kept, ...library] : library;
  return (
    <fieldset className="field image-chooser" aria-describedby={error ? "image-error" : undefined}>
      <legend>{t("image")}</legend>
      <label className="image-chooser__option">
        <input type="radio" name="image" value="" defaultChecked={!current} /> {t("noImage")}
      </label>
      <div className="image-chooser__grid">
        {shown.map((image, index) => (
          <label key={image.src} className="image-chooser__option">
            <input
              type="radio"
              name="image"
              value={`${image.src}|${image.width}|${image.height}`}
              defaultChecked={current === image.src}
            />
            {/* The picture is the radio's only label, so its alt text names the choice. */}
            {/* eslint-disable-next-line @next/next/no-img-element -- thumbnails of the site's own images */}
            <img
              src={image.src}
              alt={
                image === kept
                  ? t("keptUpload")
                  : (image.description ?? t("libraryImage", { position: index + 1 }))
              }
              width={120}
              height={Math.round((120 * image.height) / image.width)}
            />
          </label>
        ))}
      </div>
      {kept ? <p className="field-hint">{t("keptUploadHint")}</p> : null}
      <label htmlFor="upload">{t("upload")}</label>
      <input id="upload" name="upload" type="file" accept="image/png,image/jpeg,image/webp" />
      <p className="field-hint">{t("uploadHint", imageLimitArgs)}</p>
      {error ? (
        <p id="image-error" className="field-error">
          {error}
        </p>
      ) : null}
      <InputField
        id="imageCredit"
        name="imageCredit"
        label={t("credit")}
        hint={t("creditHint")}
        error={creditError}
        dir="auto"
        defaultValue={credit}
      />
    </fieldset>
  );
}
