// The server writes these headers on every request, replacing whatever a
// client sent, so rate limits, cookies and origin checks can trust them
// (scripts/server/request-context.ts). Names only, in a file of their own:
// proxy.ts reads one, and its bundle should not take in proxy-addr.
export const CLIENT_IP_HEADER = "x-news-client-ip";
export const REQUEST_HOST_HEADER = "x-news-host";
export const REQUEST_PROTO_HEADER = "x-news-proto";
