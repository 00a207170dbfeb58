// Counts one read of the story page that loads it: one small POST, no
// cookie, no framework. A page opened in the background or prerendered
// counts only once the reader actually sees it.
(function () {
  var script = document.currentScript;
  if (!script || !navigator.sendBeacon) return;
  var body = new URLSearchParams({
    storyId: script.dataset.storyId || "",
    locale: script.dataset.locale || "",
  });
  var sent = false;
  function send() {
    if (sent || document.visibilityState !== "visible" || document.prerendering) return;
    sent = true;
    navigator.sendBeacon("/api/reads", body);
  }
  document.addEventListener("visibilitychange", send);
  document.addEventListener("prerenderingchange", send);
  send();
})();
