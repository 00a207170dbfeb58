/** A picture's caption and credit, each isolated: either may be in the other script. */
export function PictureCaption({ caption, credit }: { caption: string; credit: string }) {
  if (!caption && !credit) return null;
  return (
    <figcaption className="picture-caption">
      {caption ? (
        <span className="picture-caption__text" dir="auto">
          {caption}
        </span>
      ) : null}
      {caption && credit ? " " : null}
      {credit ? <bdi className="picture-caption__credit">{credit}</bdi> : null}
    </figcaption>
  );
}
