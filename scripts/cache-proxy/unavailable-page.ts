// The page the caching proxy answers when no app instance does and it has
// no copy to serve: both languages at once (the proxy cannot tell which the
// reader wants), the site's own words, nothing about the failure.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MESSAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "messages");

interface ErrorWords {
  title: string;
  body: string;
}

function errorWords(locale: "en" | "ar"): ErrorWords {
  const messages = JSON.parse(readFileSync(path.join(MESSAGES, `${locale}.json`), "utf8")) as {
    Error: ErrorWords;
  };
  return messages.Error;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function unavailablePageHtml(): string {
  const en = errorWords("en");
  const ar = errorWords("ar");
  const html = `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(en.title)} · ${escapeHtml(ar.title)}</title>
<style>body{font-family:system-ui,sans-serif;max-inline-size:40rem;margin:3rem auto;padding-inline:1rem;line-height:1.5}section+section{margin-block-start:2rem;border-block-start:1px solid #ccc;padding-block-start:1rem}</style>
</head>
<body>
<main>
<section lang="en" dir="ltr"><h1>${escapeHtml(en.title)}</h1><p>${escapeHtml(en.body)}</p></section>
<section lang="ar" dir="rtl"><h1>${escapeHtml(ar.title)}</h1><p>${escapeHtml(ar.body)}</p></section>
</main>
</body>
</html>
`;
  // VCL long strings end at `"}`, which escaped HTML never contains.
  if (html.includes('"}')) throw new Error("The 503 page cannot be embedded in VCL.");
  return html;
}
