// The server writes the connection's address into this header on every
// request, replacing whatever a client sent, so rate limits can trust it.
export const CLIENT_IP_HEADER = "x-news-client-ip";

export function clientIp(headers: { get(name: string): string | null }): string {
  return headers.get(CLIENT_IP_HEADER) || "unknown";
}
