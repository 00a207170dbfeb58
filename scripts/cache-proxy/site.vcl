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

sub vcl_recv {
  set req.backend_hint = instances.backend();
  if (req.method == "PURGE") {
    if (client.ip !~ purgers || req.http.x-cache-proxy-secret != "{{PURGE_SECRET}}") {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "No xkey-purge header"));
    }
    set req.http.n-gone = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Invalidated " + req.http.n-gone));
  }
  unset req.http.x-cache-proxy-secret;
{{PASS_ALL}}

  # Server Actions and forms (POST), route handlers, the newsroom and
  # previews go straight to the app with their cookies.
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  if (req.url ~ "^/api/" || req.url ~ "^/(en|ar)/(newsroom|preview)(/|\?|$)") {
    return (pass);
  }
  # Reading pages are the same for everyone: their cookies would only
  # split the cache. (The language root "/" chooses by cookie: passed.)
  if (req.url ~ "^/(en|ar)(/|\?|$)"
      || req.url ~ "^/(sitemap\.xml|news-sitemap\.xml|robots\.txt)(\?|$)"
      || req.url ~ "^/(sitemaps|media|_next/static)/") {
    unset req.http.Cookie;
    # Stale pages only while the app is sick; otherwise 10 s at most while
    # a fresh copy is fetched.
    if (std.healthy(req.backend_hint)) {
      set req.grace = 10s;
    }
    return (hash);
  }
  return (pass);
}

sub vcl_backend_response {
  # A failed refresh of a stale page keeps the stale page.
  if (beresp.status >= 500 && bereq.is_bgfetch) {
    return (abandon);
  }
  # An instance stopping or losing its database: another may answer.
  if (beresp.status == 503 && bereq.retries < {{RETRIES}} && (bereq.method == "GET" || bereq.method == "HEAD")) {
    set bereq.http.x-failed-instance = beresp.backend.name;
    return (retry);
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
  set beresp.http.Content-Language = "en, ar";
  synthetic({"{{UNAVAILABLE_PAGE}}"});
  return (deliver);
}

sub vcl_deliver {
  # xkey is the proxy's own. Surrogate-Key and Cache-Tag stay, for a CDN
  # in front (Fastly and Cloudflare read and strip them).
  unset resp.http.xkey;
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
}
