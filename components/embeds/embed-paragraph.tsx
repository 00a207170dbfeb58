import type { Element } from "hast";
import type { ReactNode } from "react";
import { EmbedFacade } from "@/components/embeds/embed-facade";
import { recognizeEmbedUrl } from "@/lib/embeds/embed-url";

/**
 * A body paragraph as rendered: the embed facade when it is only a
 * provider's post or video URL (marked by lib/embeds/embed-paragraphs.ts),
 * a plain link when it is only any other URL, else the paragraph itself.
 */
export function EmbedParagraph({
  node,
  dir,
  preview = false,
  children,
}: {
  node: Element | undefined;
  dir?: "auto";
  /** The newsroom's preview, whose policy frames nothing: the facade without its button. */
  preview?: boolean;
  children: ReactNode;
}) {
  const url = node?.properties.dataEmbedUrl;
  if (typeof url !== "string") return <p dir={dir}>{children}</p>;
  const result = recognizeEmbedUrl(url);
  if (result?.ok) return <EmbedFacade embed={result.embed} playable={!preview} />;
  return (
    <p dir={dir}>
      <a href={url} rel="noopener noreferrer">
        {url}
      </a>
    </p>
  );
}
