import type { Locale } from "next-intl";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { getTranslations } from "next-intl/server";
import type { ShownBanner } from "@/lib/banner/banner-read";
import { bannerFragmentPath } from "@/lib/urls/reader-paths";

/**
 * The banner as one piece of HTML, the same for the fragment the proxy
 * includes and the copy pages carry without it (hastscript escapes every
 * text and attribute). A named region, not an alert: it does not take the
 * focus or interrupt a screen reader on every page. The editor's text is
 * isolated (<bdi>) so an English alert on an Arabic page keeps its order.
 * The dismiss button stays hidden until the script shows it: without
 * JavaScript it could do nothing. Empty when there is no banner.
 */
export async function bannerHtml(locale: Locale, banner: ShownBanner | null): Promise<string> {
  if (!banner) return "";
  const t = await getTranslations({ locale, namespace: "Banner" });
  return toHtml(
    h(
      "section.breaking-banner",
      {
        ariaLabel: t("region"),
        dataBannerVersion: banner.version,
        dataExpiresAt: banner.expiresAt,
      },
      [
        h("p.breaking-banner__line", [
          h("strong.breaking-banner__label", t("label")),
          " ",
          h("a.breaking-banner__link", { href: banner.link }, [h("bdi", banner.text)]),
        ]),
        h(
          "button.breaking-banner__dismiss",
          { type: "button", hidden: true, dataBannerDismiss: "" },
          t("dismiss"),
        ),
      ],
    ),
  );
}

/**
 * What a reading page carries where the banner goes: through the caching
 * proxy the ESI comments take effect, the copy inside <esi:remove> is
 * dropped and the fragment, cached under the banner's own key, is included
 * (so a new banner purges that fragment, never the pages); without the
 * proxy they are plain HTML comments and the copy shows.
 */
export function bannerSlotHtml(locale: Locale, html: string): string {
  return `<!--esi <esi:include src="${bannerFragmentPath(locale)}"/><esi:remove> -->${html}<!--esi </esi:remove> -->`;
}
