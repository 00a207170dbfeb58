import type { Locale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ShareActions } from "@/components/share/share-actions";
import { readerWords } from "@/i18n/reader-words";
import { absoluteUrl } from "@/lib/seo/site-url";
import { shareLinks } from "@/lib/share/share-links";
import { storyPath } from "@/lib/urls/reader-paths";

/**
 * A story's share bar: plain links to each service (no script or request of
 * theirs on load), then the browser's own share sheet and a copy button where
 * JavaScript runs. Each shares the page's canonical URL in its own language.
 */
export async function ShareBar({
  locale,
  slug,
  headline,
}: {
  locale: Locale;
  slug: string;
  headline: string;
}) {
  const t = await getTranslations({ locale, namespace: "Share" });
  const url = absoluteUrl(storyPath(locale, slug));
  return (
    <div className="share-bar" role="group" aria-label={t("label")}>
      <ul className="share-bar__list">
        {shareLinks({ url, headline }).map(({ service, href }) => (
          <li key={service}>
            <a
              className={`share-bar__link share-bar__link--${service}`}
              href={href}
              aria-label={t(`linkLabel.${service}`)}
              // A mail client opens on its own; a blank tab left behind would only be in the way.
              {...(service === "email" ? {} : { target: "_blank", rel: "noopener noreferrer" })}
            >
              {t(`name.${service}`)}
            </a>
          </li>
        ))}
        <ShareActions
          url={url}
          headline={headline}
          words={await readerWords({ locale, namespace: "Share.actions" })}
        />
      </ul>
    </div>
  );
}
