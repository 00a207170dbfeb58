// Crawlers, link previews, monitors and scripts that announce themselves.
// Most never run the beacon's script anyway; these are refused if they do.
const BOT_PATTERN =
  /bot\b|bot\/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|whatsapp|telegram|skype|preview|monitor|pingdom|uptime|lighthouse|pagespeed|headlesschrome|phantomjs|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|undici|httpclient/i;

/** Whether a read from this user agent must not be counted (a bot, a tool, or no user agent at all). */
export function isLikelyBot(userAgent: string | null): boolean {
  return !userAgent || userAgent.length > 1_000 || BOT_PATTERN.test(userAgent);
}
