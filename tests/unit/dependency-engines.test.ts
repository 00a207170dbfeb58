import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

// The Node versions the project says it runs on (package.json `engines`)
// must be ones every dependency says it runs on too, instead of a polyfill
// making up for a package that needs a newer one.
const root = path.resolve(import.meta.dirname, "../..");

interface PackageJson {
  name?: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

function readPackage(file: string): PackageJson {
  return JSON.parse(readFileSync(file, "utf8")) as PackageJson;
}

const project = readPackage(path.join(root, "package.json"));
const oldestNode = semver.minVersion(project.engines?.node ?? "")!;
// The first release of each line `engines` names (20 and 24, the lines CI runs).
const testedNodes = (project.engines?.node ?? "").split("||").map((range) => semver.minVersion(range)!);

function excludes(range: string | undefined): boolean {
  return typeof range === "string" && testedNodes.some((node) => !semver.satisfies(node, range));
}

// Every package.json under node_modules, nested copies included.
function installedPackages(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory() || entry.name.startsWith(".")) return [];
    const full = path.join(dir, entry.name);
    if (entry.name.startsWith("@")) return installedPackages(full);
    const file = path.join(full, "package.json");
    if (!existsSync(file)) return [];
    return [file, ...installedPackages(path.join(full, "node_modules"))];
  });
}

describe("dependencies' Node versions", () => {
  it("declares the oldest Node it supports", () => {
    expect(oldestNode.version).toBe("20.19.0");
  });

  it("declares the Node lines it is tested on, and no other", () => {
    expect(testedNodes.map((node) => node.major)).toEqual([20, 24]);
  });

  it("has no direct dependency whose engines exclude those Nodes", () => {
    const direct = Object.keys({ ...project.dependencies, ...project.devDependencies });
    const refusing = direct
      .map((name) => [name, readPackage(path.join(root, "node_modules", name, "package.json")).engines?.node])
      .filter(([, range]) => excludes(range))
      .map(([name, range]) => `${name} needs Node ${range}`);
    expect(refusing).toEqual([]);
  });

  it("installs no other package whose engines exclude them", () => {
    const refusing = installedPackages(path.join(root, "node_modules"))
      .map((file) => readPackage(file))
      .filter((pkg) => excludes(pkg.engines?.node))
      .map((pkg) => `${pkg.name} needs Node ${pkg.engines?.node}`);
    expect(refusing).toEqual([]);
  });
});
