/** The services a story offers its readers, in the bar's order: WhatsApp first, the Lebanese default. */
export const SHARE_SERVICES = ["whatsapp", "x", "facebook", "telegram", "email"] as const;
export type ShareService = (typeof SHARE_SERVICES)[number];

export interface SharedPage {
  /** The page's canonical, absolute URL, in the page's language. */
  url: string;
  /** The headline, for the services that carry text beside the link. */
  headline: string;
}

// Plain links every service documents, so sharing needs no script of theirs
// and a page's load asks nothing of them. URLSearchParams encodes spaces as
// "+", which mail clients show literally in mailto: bodies, so every value
// goes through encodeURIComponent instead.
const query = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");

const builders: Record<ShareService, (page: SharedPage) => string> = {
  // wa.me takes one text: the headline, then the link on its own line.
  whatsapp: ({ url, headline }) => `https://wa.me/?${query({ text: `${headline}\n${url}` })}`,
  x: ({ url, headline }) => `https://x.com/intent/post?${query({ url, text: headline })}`,
  // Facebook reads the page's Open Graph tags; it takes no text.
  facebook: ({ url }) => `https://www.facebook.com/sharer/sharer.php?${query({ u: url })}`,
  telegram: ({ url, headline }) => `https://t.me/share/url?${query({ url, text: headline })}`,
  email: ({ url, headline }) => `mailto:?${query({ subject: headline, body: `${headline}\n\n${url}` })}`,
};

/** The link that shares `page` on `service`. */
export function shareLink(service: ShareService, page: SharedPage): string {
  return builders[service](page);
}

/** Every service's link, in the bar's order. */
export function shareLinks(page: SharedPage): { service: ShareService; href: string }[] {
  return SHARE_SERVICES.map((service) => ({ service, href: shareLink(service, page) }));
}
