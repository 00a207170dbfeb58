import { readdirSync } from "node:fs";
import path from "node:path";

// The newsroom's pages (and the preview) read from the file system, as Next
// routes them: "/newsroom/stories/[storyId]/[target]". A page someone adds
// is in this list without anyone writing it down.
const localeRoot = path.resolve(import.meta.dirname, "../../../app/[locale]");

function pageRoutes(area: string): string[] {
  return readdirSync(path.join(localeRoot, area), { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => `/${path.join(area, path.dirname(file))}`.replace(/\/\.$/, "").split(path.sep).join("/"))
    .sort();
}

export function newsroomPageRoutes(): string[] {
  return [...pageRoutes("newsroom"), ...pageRoutes("preview")];
}

export const isDynamicSegment = (part: string) => /^\[.+\]$/.test(part);
