import { describe, expect, it } from "vitest";
import { can, type NewsroomAction } from "@/lib/newsroom/access/permissions";
import type { NewsroomUser, Role } from "@/lib/newsroom/access/roles";

const member = (role: Role, locales: ("en" | "ar")[] = []): NewsroomUser => ({
  id: role,
  name: role,
  email: `${role}@example.com`,
  role,
  locales,
});

const anonymous = null;
const translatorAr = member("TRANSLATOR", ["ar"]);
const editor = member("EDITOR");
const admin = member("ADMIN");

// Every action × every kind of user, with the expected answer:
// [anonymous, translator in own locale (ar), translator in other locale (en) / locale-free, editor, admin]
const matrix: [string, (locale: "en" | "ar") => NewsroomAction, boolean[]][] = [
  ["enter the newsroom", () => ({ type: "newsroom.enter" }), [false, true, true, true, true]],
  ["create a story", () => ({ type: "story.create" }), [false, false, false, true, true]],
  ["edit a story's shared fields", () => ({ type: "story.edit" }), [false, false, false, true, true]],
  ["create, rename and merge topics", () => ({ type: "topics.manage" }), [false, false, false, true, true]],
  [
    "keep search name variants and broken plurals",
    () => ({ type: "searchWords.manage" }),
    [false, false, false, true, true],
  ],
  [
    "edit a translation",
    (locale) => ({ type: "translation.edit", locale }),
    [false, true, false, true, true],
  ],
  ["send for review", (locale) => ({ type: "translation.submit", locale }), [false, true, false, true, true]],
  ["publish", (locale) => ({ type: "translation.publish", locale }), [false, false, false, true, true]],
  ["unpublish", (locale) => ({ type: "translation.unpublish", locale }), [false, false, false, true, true]],
  [
    "add a correction or update note",
    (locale) => ({ type: "translation.correct", locale }),
    [false, false, false, true, true],
  ],
  ["preview", (locale) => ({ type: "translation.preview", locale }), [false, true, false, true, true]],
  ["read coverage", () => ({ type: "coverage.read" }), [false, true, true, true, true]],
  ["moderate comments", () => ({ type: "comments.moderate" }), [false, false, false, true, true]],
  ["change site settings", () => ({ type: "settings.manage" }), [false, false, false, false, true]],
  ["manage users", () => ({ type: "users.manage" }), [false, false, false, false, true]],
  ["disable or re-enable a member", () => ({ type: "users.disable" }), [false, false, false, false, true]],
  ["read the audit log", () => ({ type: "audit.read" }), [false, false, false, false, true]],
  [
    "add, rename, reorder and retire sections (the site's menus)",
    () => ({ type: "sections.manage" }),
    [false, false, false, false, true],
  ],
];

describe("newsroom permissions", () => {
  for (const [what, action, [anon, ownLocale, otherLocale, asEditor, asAdmin]] of matrix) {
    it(what, () => {
      expect(can(anonymous, action("ar"))).toBe(anon);
      expect(can(translatorAr, action("ar"))).toBe(ownLocale);
      expect(can(translatorAr, action("en"))).toBe(otherLocale);
      expect(can(editor, action("ar"))).toBe(asEditor);
      expect(can(editor, action("en"))).toBe(asEditor);
      expect(can(admin, action("en"))).toBe(asAdmin);
    });
  }
});
