import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// Every import counts, type-only ones too (eslint-plugin-import's no-cycle
// skips them): a cycle through `import type` still ties two files together,
// so neither can be read, moved or split alone.

const root = process.cwd();
const config = ts.parseJsonConfigFileContent(
  ts.readConfigFile(path.join(root, "tsconfig.json"), (file) => ts.sys.readFile(file)).config,
  ts.sys,
  root,
);
const host: ts.ModuleResolutionHost = { fileExists: ts.sys.fileExists, readFile: ts.sys.readFile };

/** The .ts and .tsx files under these folders (or these files), generated Prisma code left out. */
export function sourceFiles(entries: string[]): string[] {
  return entries.flatMap((entry) => {
    const full = path.join(root, entry);
    if (!statSync(full).isDirectory()) return /\.tsx?$/.test(entry) ? [full] : [];
    return readdirSync(full)
      .filter((name) => name !== "generated" && name !== "node_modules")
      .flatMap((name) => sourceFiles([path.join(entry, name)]));
  });
}

/** Each file's project imports (resolved paths inside the project, not node_modules). */
export function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      const resolved = ts.resolveModuleName(fileName, file, config.options, host).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) return [];
      return resolved.resolvedFileName.includes("/node_modules/") ? [] : [resolved.resolvedFileName];
    });
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** The strongly connected groups of more than one file (Tarjan), each a cycle or several. */
export function importCycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(path.relative(root, member));
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) groups.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return groups;
}

/**
 * The modules a file loads when it runs: its imports and re-exports minus
 * the type-only ones, split into project files (resolved) and packages (as written).
 */
export function runtimeImports(file: string): { files: string[]; packages: string[] } {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const files: string[] = [];
  const packages: string[] = [];
  for (const statement of source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : null;
    if (specifier === null || typeOnly(statement)) continue;
    const resolved = ts.resolveModuleName(specifier, file, config.options, host).resolvedModule;
    if (
      resolved &&
      !resolved.isExternalLibraryImport &&
      !resolved.resolvedFileName.includes("/node_modules/")
    ) {
      files.push(resolved.resolvedFileName);
    } else packages.push(specifier);
  }
  return { files: [...new Set(files)], packages: [...new Set(packages)] };
}

function typeOnly(statement: ts.Statement): boolean {
  if (ts.isExportDeclaration(statement)) {
    if (statement.isTypeOnly) return true;
    const clause = statement.exportClause;
    return Boolean(
      clause && ts.isNamedExports(clause) && clause.elements.every((element) => element.isTypeOnly),
    );
  }
  if (!ts.isImportDeclaration(statement)) return false;
  const clause = statement.importClause;
  if (!clause) return false; // `import "x"` runs x
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/** Every project file `entry` loads when it runs, itself included, and the packages they load. */
export function runtimeClosure(entry: string): { files: string[]; packages: Map<string, string[]> } {
  const seen = new Set<string>();
  const packages = new Map<string, string[]>();
  const pending = [path.join(root, entry)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const imports = runtimeImports(file);
    pending.push(...imports.files);
    for (const name of imports.packages) {
      packages.set(name, [...(packages.get(name) ?? []), path.relative(root, file)]);
    }
  }
  return { files: [...seen].map((file) => path.relative(root, file)), packages };
}
