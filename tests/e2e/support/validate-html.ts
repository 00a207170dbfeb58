import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import vnuJar from "vnu-jar";

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

export interface HtmlProblem {
  page: string;
  line?: number;
  message: string;
  extract?: string;
}

/**
 * Runs the W3C Nu HTML Checker (vnu.jar from npm, on the machine's Java)
 * once over every page, since starting the JVM costs more than checking.
 * Returns the errors, each with the URL of the page it was found on.
 */
export async function htmlErrors(pages: ReadonlyMap<string, string>): Promise<HtmlProblem[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vnu-"));
  const fileToPage = new Map<string, string>();
  try {
    [...pages].forEach(([url, html], index) => {
      const file = path.join(dir, `page-${index}.html`);
      writeFileSync(file, html);
      fileToPage.set(`file:${file}`, url);
    });
    const run = await promisify(execFile)(
      "java",
      ["-Xss2m", "-jar", String(vnuJar), "--errors-only", "--format", "json", "--exit-zero-always", dir],
      { maxBuffer: 64 * 1024 * 1024 },
    ).catch((error: { stdout?: string; stderr?: string }) => error);
    const report = JSON.parse(run.stderr || run.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
    return report.messages
      .filter((message) => message.type !== "info")
      .map((message) => ({
        page: fileToPage.get(message.url ?? "") ?? message.url ?? "?",
        line: message.lastLine,
        message: message.message,
        extract: message.extract,
      }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
