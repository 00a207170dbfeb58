import { useTranslations } from "next-intl";
import { EmbedPlayerIsland } from "@/components/islands/story-islands";
import type { Embed } from "@/lib/embeds/embed-url";

/**
 * A post or video from another site, privacy first: rendered here, naming
 * the provider, with a link to the original and a local placeholder. Only
 * the reader's click (components/embeds/embed-player.tsx) loads the
 * provider's frame; the page's policy allows that frame's origin because of
 * `data-embed-provider` (lib/embeds/embed-frame-origins.ts).
 * Needs the "Embed" messages (given to client trees such as the editor's preview).
 */
export function EmbedFacade({ embed, playable }: { embed: Embed; playable: boolean }) {
  const t = useTranslations("Embed");
  const provider = t(`providers.${embed.provider}`);
  const tall = embed.provider !== "youtube";
  const words = (
    <>
      <p className="story-embed__label">{t("label", { provider })}</p>
      <p className="story-embed__notice">{t("notice", { provider })}</p>
    </>
  );
  return (
    <figure className="story-embed" data-embed-provider={embed.provider}>
      {playable ? (
        <EmbedPlayerIsland
          frameSrc={embed.frameSrc}
          frameTitle={t("label", { provider })}
          loadLabel={t("load", { provider })}
          tall={tall}
        >
          {words}
        </EmbedPlayerIsland>
      ) : (
        <div
          className={
            tall ? "story-embed__placeholder story-embed__placeholder--tall" : "story-embed__placeholder"
          }
        >
          {words}
        </div>
      )}
      <figcaption className="story-embed__caption">
        <a href={embed.original} rel="noopener noreferrer">
          {t("open", { provider })}
        </a>
      </figcaption>
    </figure>
  );
}
