import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";

const SOURCE_DIRS = ["actions", "app", "components", "lib", "i18n"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

interface SourceWords {
  /** Every quoted string. */
  literals: Set<string>;
  /** The fixed start of every template literal key such as `story.done.${done}`. */
  templatePrefixes: string[];
  /** The source itself, for messages read from the JSON as objects (the custom server's refusal pages). */
  text: string;
}

function wordsOf(file: string): SourceWords {
  const text = readFileSync(file, "utf8");
  const literals = new Set([...text.matchAll(/"([^"\n]*)"/g)].map((match) => match[1]!));
  const templatePrefixes = [...text.matchAll(/`([\w.-]*)\$\{/g)].map((match) => match[1]!);
  return { literals, templatePrefixes, text };
}

/**
 * A key counts as used when one file names a namespace above it (as passed
 * to getTranslations, useTranslations or ClientMessages) and the rest of the
 * key, or a template literal that leads to it; or when it is read as a
 * property (`words.HttpError.backHome`, `words.HttpError[kind]`).
 */
function isUsed(key: string, files: SourceWords[]): boolean {
  const parts = key.split(".");
  const ancestors = parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join("."));
  return files.some(
    ({ literals, templatePrefixes, text }) =>
      text.includes(`.${key}`) ||
      ancestors.some((ancestor) => text.includes(`.${ancestor}[`)) ||
      parts.slice(0, -1).some((_, index) => {
        const namespace = parts.slice(0, index + 1).join(".");
        const rest = parts.slice(index + 1).join(".");
        if (!literals.has(namespace)) return false;
        return (
          literals.has(rest) || templatePrefixes.some((prefix) => prefix !== "" && rest.startsWith(prefix))
        );
      }),
  );
}

describe("message keys", () => {
  it("are all used by the code", () => {
    const files = SOURCE_DIRS.flatMap(sourceFiles).map(wordsOf);
    expect(keys(en).filter((key) => !isUsed(key, files))).toEqual([]);
  });
});
