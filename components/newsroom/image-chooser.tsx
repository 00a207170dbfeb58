import type { LeadImage } from "@/lib/newsroom/story-details";

interface Props {
  library: LeadImage[];
  current: string | null;
  labels: { legend: string; none: string; upload: string; uploadHint: string };
  error?: string;
}

/** Pick a lead image from the library, or upload a new one (which wins). */
export function ImageChooser({ library, current, labels, error }: Props) {
  return (
    <fieldset className="field image-chooser" aria-describedby={error ? "image-error" : undefined}>
      <legend>{labels.legend}</legend>
      <label className="image-chooser__option">
        <input type="radio" name="image" value="" defaultChecked={!current} /> {labels.none}
      </label>
      <div className="image-chooser__grid">
        {library.map((image) => (
          <label key={image.src} className="image-chooser__option">
            <input
              type="radio"
              name="image"
              value={`${image.src}|${image.width}|${image.height}`}
              defaultChecked={current === image.src}
            />
            {/* eslint-disable-next-line @next/next/no-img-element -- thumbnails of the site's own images */}
            <img src={image.src} alt="" width={120} height={Math.round((120 * image.height) / image.width)} />
          </label>
        ))}
      </div>
      <label htmlFor="upload">{labels.upload}</label>
      <input id="upload" name="upload" type="file" accept="image/png,image/jpeg,image/webp" />
      <p className="field-hint">{labels.uploadHint}</p>
      {error ? (
        <p id="image-error" className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
