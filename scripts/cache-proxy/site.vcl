# The site's caching proxy (Varnish 7 with varnish-modules' xkey).
# A template: scripts/cache-proxy/varnish.ts fills in the {{...}} values at
# start (app instances, purge addresses, shared secret, the 503 page) and
# writes the final VCL into varnishd's work directory, so no secret or port
# lives in the repository.
vcl 4.1;

import directors;
import std;
import xkey;

# An instance whose database is unreachable answers 503 here: sick, and
# the director stops choosing it.
probe health {
  .url = "/api/health";
  .interval = 1s;
  .timeout = 1s;
  .window = 3;
  .threshold = 2;
  # Healthy from the start: a proxy restarted by the supervisor serves at
  # once instead of answering 503 until two probes pass (a dead instance
  # is still skipped: its failed read is retried on the next one).
  .initial = 2;
}

# One backend per app instance, each with the probe, e.g.
# backend app1 { .host = "127.0.0.1"; .port = "3001"; .probe = health; ... }
{{BACKENDS}}

sub vcl_init {
  new instances = directors.round_robin();
{{DIRECTOR_MEMBERS}}
}

# Who may purge: the app's addresses. A PURGE must also carry the secret.
acl purgers {
{{PURGE_ACL}}
}

# A CDN in front (its address ranges, from the proxy's configuration; none
# by default): the only clients whose X-Forwarded-* are believed and who
# see the surrogate keys.
acl upstreams {
{{UPSTREAM_ACL}}
}

# Who asked, for which host, over which scheme: written here from the
# connection, replacing whatever the client claimed. The app believes these
# headers from the proxy (TRUSTED_PROXIES) and prints what they say into
# pages (HSTS, upgrade-insecure-requests), so a client's own value would
# end up in pages served to everyone. The TLS terminator hands its
# connections to the listener named "tls", over the PROXY protocol, which
# also gives client.ip the reader's own address.
sub forwarding_facts {
  if (client.ip ~ upstreams) {
    # Varnish has appended the CDN's address to the CDN's X-Forwarded-For;
    # the app walks that chain from the right past TRUSTED_PROXIES.
    set req.http.X-Forwarded-Proto = std.tolower(regsub(req.http.X-Forwarded-Proto, "^\s*([^,\s]*).*$", "\1"));
    if (!req.http.X-Forwarded-Host) {
      set req.http.X-Forwarded-Host = req.http.host;
    }
  } else {
    set req.http.X-Forwarded-For = client.ip;
    unset req.http.X-Forwarded-Proto;
    set req.http.X-Forwarded-Host = req.http.host;
    # The app takes a request id from this proxy (a trusted one), so a
    # reader's own never passes: the app makes one (a CDN's is kept).
    unset req.http.X-Request-Id;
  }
  if (req.http.X-Forwarded-Proto != "https" && req.http.X-Forwarded-Proto != "http") {
    if (local.socket == "tls") {
      set req.http.X-Forwarded-Proto = "https";
    } else {
      set req.http.X-Forwarded-Proto = "http";
    }
  }
}

# Headers only Next, the app or this proxy may write (lib/http/header-rules.ts).
sub drop_internal_request_headers {
{{UNSET_INTERNAL_REQUEST_HEADERS}}
}

sub vcl_recv {
  set req.backend_hint = instances.backend();
  if (req.method == "PURGE") {
    if (client.ip !~ purgers || req.http.x-cache-proxy-secret != "{{PURGE_SECRET}}") {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge && !req.http.xkey-softpurge) {
      return (synth(400, "No xkey-purge or xkey-softpurge header"));
    }
    # Withdrawals: the pages are dropped, so nothing can serve them again,
    # not even grace while the app is sick.
    set req.http.n-gone = "0";
    if (req.http.xkey-purge) {
      set req.http.n-gone = xkey.purge(req.http.xkey-purge);
    }
    # Edits: the pages expire now but stay in grace, so readers keep getting
    # them while one background fetch renders the new copy (vcl_recv's grace).
    set req.http.n-soft = "0";
    if (req.http.xkey-softpurge) {
      set req.http.n-soft = xkey.softpurge(req.http.xkey-softpurge);
    }
    return (synth(200, "Invalidated " + req.http.n-gone + ", expired " + req.http.n-soft));
  }
  # The instances' figures are for the operator's scraper, with a token,
  # straight to each instance: never through here, never cached.
  # Likewise the detailed health (HEALTH_TOKEN): it names internal failures.
  # Everything below /api/health is refused, however spelt (case, repeated
  # or encoded slashes): the probe's own /api/health stays served.
  if (req.url ~ "^/metrics(\?|$)" || req.url ~ "(?i)^/+api/+health(/|%2f)") {
    return (synth(404, "Not Found"));
  }
  # The benchmark's control (bench/support/banner-visibility.ts): the same
  # cached page delivered without ESI processing, for whoever holds the
  # purge secret on an allowed address only (readers behind a TLS
  # terminator come from loopback too).
  if (req.http.x-news-no-esi && client.ip ~ purgers && req.http.x-cache-proxy-secret == "{{PURGE_SECRET}}") {
    set req.http.x-news-no-esi = "1";
  } else {
    unset req.http.x-news-no-esi;
  }
  unset req.http.x-cache-proxy-secret;
  call forwarding_facts;
  call drop_internal_request_headers;
{{PASS_ALL}}

  # Server Actions and forms (POST), route handlers, the newsroom and
  # previews go straight to the app with their cookies.
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # A Server Action or a request with credentials is never an answer to share.
  if (req.http.Next-Action || req.http.Authorization) {
    return (pass);
  }
  # The routes' paths come from lib/routes/route-table.ts: the areas whose
  # every route is private (the newsroom, previews, route handlers) ...
  if (req.url ~ "{{PASSED_ROUTES}}") {
    return (pass);
  }
  # ... and the routes shared or immutable. Reading pages are the same for
  # everyone: their cookies would only split the cache. (The language root
  # "/" chooses by cookie: passed.)
  if (req.url ~ "{{KEPT_ROUTES}}" || req.url ~ "^/_next/static/") {
    unset req.http.Cookie;
    # Stale pages up to 6 h while the app is sick. Otherwise 30 s at most,
    # while a fresh copy is fetched in the background: as long as the proxy
    # waits for a render (first_byte_timeout), so readers of a page that was
    # just edited (soft purge) get the old copy at once and never queue for
    # the new one, however slow the render under load.
    if (std.healthy(req.backend_hint)) {
      set req.grace = 30s;
    }
    return (hash);
  }
  return (pass);
}

# The cache key: the URL and everything else an answer depends on. Next
# answers one URL with an HTML page, an RSC payload or a prefetch of one
# segment, chosen by its request headers (lib/http/header-rules.ts); its
# redirects to add `?_rsc` carry no Vary, so Vary alone cannot be trusted to
# keep them apart. The scheme changes the security headers, and a few kinds
# of client (link-preview bots, Google's renderer) get other HTML.
sub vcl_hash {
  hash_data(req.url);
  if (req.http.host) {
    hash_data(req.http.host);
  } else {
    hash_data(server.ip);
  }
  hash_data(req.http.X-Forwarded-Host);
  hash_data(req.http.X-Forwarded-Proto);
{{HASH_ANSWER_SELECTING_HEADERS}}
{{HASH_ANSWER_SELECTING_USER_AGENTS}}
  return (lookup);
}

sub vcl_backend_response {
  # A failed refresh of a stale page keeps the stale page.
  if (beresp.status >= 500 && bereq.is_bgfetch) {
    return (abandon);
  }
  # Rendered from what an edit or a withdrawal saved meanwhile made old (the
  # app compares when its render began with when its keys last changed):
  # fetched again, from the new text, instead of stored as fresh for a day.
  if (beresp.http.x-news-outdated) {
    if (bereq.retries < 3) {
      return (retry);
    }
    # Changed again during every try (a page as busy as the home page on a
    # publishing spree): kept a second only, so the next reader after that
    # starts a fetch of the newest, while the rest are served this copy.
    unset beresp.http.x-news-outdated;
    set beresp.http.x-news-brief = "1";
  }
  # An instance stopping or losing its database: another may answer.
  if (beresp.status == 503 && bereq.retries < {{RETRIES}} && (bereq.method == "GET" || bereq.method == "HEAD")) {
    set bereq.http.x-failed-instance = beresp.backend.name;
    return (retry);
  }
  # Reading pages include the breaking-news banner, and story pages their
  # comments, as fragments cached on their own (the app marks them, as Edge
  # Architecture's Surrogate-Control does).
  # Not the page a post answers with: it carries the newest comments
  # already, where the cached fragment may still be the one before them.
  if (beresp.http.Surrogate-Control ~ "ESI/1\.0" && (bereq.method == "GET" || bereq.method == "HEAD")) {
    set beresp.do_esi = true;
  }
  if (bereq.uncacheable) {
    return (deliver);
  }
  # Never stored: cookies, private or uncacheable answers, errors. The
  # one-second hit-for-miss keeps a single private answer from
  # disabling the cache for a page.
  if (beresp.http.Set-Cookie
      || beresp.http.Cache-Control ~ "(?i)private|no-store|no-cache"
      || beresp.status >= 500) {
    set beresp.ttl = 1s;
    set beresp.uncacheable = true;
    return (deliver);
  }
  # Keyed pages live until purged (the app sends the lifetime), and are
  # served up to 6 h stale while the app is down.
  if (beresp.http.xkey && beresp.http.Surrogate-Control ~ "max-age=[0-9]+") {
    set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1s"), 60s);
    set beresp.grace = 6h;
    if (beresp.http.x-news-brief) {
      set beresp.ttl = 1s;
      set beresp.grace = 10s;
    }
    unset beresp.http.x-news-brief;
    unset beresp.http.Surrogate-Control;
    return (deliver);
  }
  # Uploads and build assets never change under their URL.
  if (bereq.url ~ "^/(media|_next/static)/") {
    set beresp.grace = 6h;
    return (deliver);
  }
  # A reading page without keys could not be purged: not stored.
  set beresp.ttl = 1s;
  set beresp.uncacheable = true;
  return (deliver);
}

# A retry goes to the instance after the one that failed, not wherever
# round robin points next (with many requests at once that may be the dead
# one again, until its probe notices): n - 1 retries try every instance.
sub vcl_backend_fetch {
  if (bereq.retries > 0) {
{{NEXT_INSTANCE}}
  }
  unset bereq.http.x-failed-instance;
  unset bereq.http.x-news-no-esi;
  # A page kept for everyone is not fetched with one reader's languages.
  # The app gives a browser whose languages include none of ours a language
  # cookie, which made the page unstorable: such a reader's background fetch
  # of a hot page, or of its comments fragment, replaced it with a
  # hit-for-miss and sent every reader to the app for a while.
  if (!bereq.uncacheable) {
    unset bereq.http.Accept-Language;
  }
  # Tells the app the request came through here: only then does it send
  # the surrogate keys (lib/cache-proxy/proxy-config.ts).
  set bereq.http.x-news-cache-proxy = "{{BACKEND_TOKEN}}";
}

# No answer at all (refused, reset, timed out). A reading request goes to
# the next instance (round robin picks again), so a reader never sees an
# instance die. Posts are not repeated: one may have been half done.
sub vcl_backend_error {
  if (bereq.retries < {{RETRIES}} && (bereq.method == "GET" || bereq.method == "HEAD")) {
    set bereq.http.x-failed-instance = beresp.backend.name;
    return (retry);
  }
  set beresp.status = 503;
  set beresp.http.Content-Type = "text/html; charset=utf-8";
  set beresp.http.Cache-Control = "no-store";
  set beresp.http.Retry-After = "5";
  # A fragment is included into a page: a whole error page inside a story
  # would be worse than no comments for the moment.
  if (bereq.url ~ "^/(en|ar)/fragments/") {
    synthetic("");
    return (deliver);
  }
  set beresp.http.Content-Language = "en, ar";
  synthetic({"{{UNAVAILABLE_PAGE}}"});
  return (deliver);
}

sub vcl_deliver {
  # xkey is the proxy's own, like its transaction ids. Surrogate-Key and
  # Cache-Tag go to a CDN in front (Fastly and Cloudflare read and strip
  # them), to nobody else. Next's internal headers never leave (the app
  # drops them too; this holds for a build that forgets).
  if (req.http.x-news-no-esi) {
    set resp.do_esi = false;
  }
  # A page assembled from fragments (ESI) changes when a fragment does, under
  # the page's own ETag: Varnish would answer a browser's revalidation with
  # 304 and the browser keep its copy with the old banner or comments.
  # Without the validators the browser takes the page again (from here).
  if (resp.do_esi) {
    unset resp.http.ETag;
    unset resp.http.Last-Modified;
  }
  unset resp.http.xkey;
  unset resp.http.Surrogate-Control;
  unset resp.http.x-news-outdated;
  unset resp.http.x-news-brief;
  unset resp.http.X-Varnish;
  if (!(client.ip ~ upstreams)) {
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
  }
{{UNSET_INTERNAL_RESPONSE_HEADERS}}
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
