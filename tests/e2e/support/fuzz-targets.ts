import { readFileSync } from "node:fs";
import path from "node:path";

// What the fuzz test posts to, read from the production build the e2e server
// runs, so a new Server Action or route handler is covered without a list.

const serverDir = path.join(import.meta.dirname, "../../../.next/server");

export interface ActionTarget {
  id: string;
  /** Pages (app paths such as /[locale]/newsroom/page) whose bundles hold the action. */
  pages: string[];
}

interface ReferenceManifest {
  node?: Record<string, { workers?: Record<string, unknown> }>;
}

/** Every Server Action id of the build, with the pages that carry it. */
export function buildActions(): ActionTarget[] {
  const manifest = JSON.parse(
    readFileSync(path.join(serverDir, "server-reference-manifest.json"), "utf8"),
  ) as ReferenceManifest;
  return Object.entries(manifest.node ?? {}).map(([id, entry]) => ({
    id,
    pages: Object.keys(entry.workers ?? {}).map((worker) => worker.replace(/^app/, "")),
  }));
}

/** Every route handler of the build, as an app path such as /[locale]/feed.xml. */
export function buildRouteHandlers(): string[] {
  const manifest = JSON.parse(
    readFileSync(path.join(serverDir, "app-paths-manifest.json"), "utf8"),
  ) as Record<string, string>;
  return Object.keys(manifest)
    .filter((appPath) => appPath.endsWith("/route"))
    .map((appPath) => appPath.replace(/\/route$/, ""))
    .filter((appPath) => !appPath.startsWith("/_"));
}

/** An app path (route groups dropped) with each [param] filled by `value(name)`. */
export function concretePath(appPath: string, value: (param: string) => string): string {
  const pathname = appPath
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !/^\(.+\)$/.test(segment))
    .map((segment) => {
      const param = /^\[+\.{0,3}([^\]]+)\]+$/.exec(segment)?.[1];
      return param ? encodeURIComponent(value(param)) : segment;
    })
    .join("/");
  return pathname === "" ? "/" : pathname;
}
