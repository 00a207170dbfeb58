import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS_WITHOUT_FORM, FORM_INVENTORY } from "@/tests/e2e/support/form-inventory";

// Forms are found in the code, not listed by hand: a component that renders
// a <form>, or a Server Action exported from lib/actions, without an entry
// in the inventory fails here, and every entry with typed input has its
// journey in tests/e2e/nothing-lost.spec.ts (checked there by type).
const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(dir, file).split(path.sep).join("/"));
}

const read = (file: string) => readFileSync(path.join(root, file), "utf8");
// JSX, or hastscript's h("form") where markup is built as a string (the comments fragment).
const formFiles = [...sourceFiles("components"), ...sourceFiles("app")].filter((file) =>
  /<form[\s>]|\bh\("form"/.test(read(file)),
);

const serverActions = sourceFiles("lib/actions")
  .filter((file) => /^["']use server["']/.test(read(file)))
  .flatMap((file) => [...read(file).matchAll(/^export (?:const|async function) (\w+)/gm)].map((m) => m[1]!));

describe("form inventory", () => {
  it("finds the forms in the code", () => {
    expect(formFiles).toEqual(expect.arrayContaining(["components/comments/comment-form.tsx"]));
    expect(serverActions).toEqual(expect.arrayContaining(["createStoryAction", "postCommentAction"]));
  });

  it("lists every file that renders a form, and no file that does not", () => {
    expect([...formFiles].sort()).toEqual(Object.keys(FORM_INVENTORY).sort());
  });

  it("lists every Server Action under the form that posts to it, and that form imports it", () => {
    const listed = Object.entries(FORM_INVENTORY).flatMap(([file, form]) =>
      form.actions.map((action) => ({
        file,
        action,
        imported: [file, "via" in form ? form.via : undefined].some(
          (from) => from && read(from).includes(action),
        ),
      })),
    );
    expect(listed.filter(({ imported }) => !imported)).toEqual([]);
    expect([...serverActions].sort()).toEqual(
      [...listed.map(({ action }) => action), ...Object.keys(ACTIONS_WITHOUT_FORM)].sort(),
    );
  });

  it("gives every form a journey or says why nothing typed can be lost", () => {
    const neither = Object.entries(FORM_INVENTORY).filter(
      ([, form]) => !("journey" in form) && !("nothingTyped" in form && form.nothingTyped.length > 10),
    );
    expect(neither).toEqual([]);
  });
});
