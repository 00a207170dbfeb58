import { describe, expect, it } from "vitest";
import { refusedDetailsPath, enteredDetails } from "@/lib/newsroom/forms/entered-details";
import {
  refusedNewUserPath,
  refusedRolePath,
  enteredNewUser,
  enteredRole,
} from "@/lib/newsroom/forms/entered-account-forms";

// Server forms go back to their page with what was typed in the query
// string: what goes out must come back whole, and a password never goes out.
function queryOf(path: string): Record<string, string> {
  const url = new URL(path, "http://localhost");
  expect(url.hash).toBe("#error-summary");
  return Object.fromEntries(url.searchParams);
}

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe("a refused form's typed values in the query string", () => {
  it("bring back a story's kind, section, every ticked author and topic, and the image choice", () => {
    const sent = form([
      ["storyId", "4"],
      ["sectionId", "3"],
      ["authorIds", "7"],
      ["authorIds", "2"],
      ["topicsShown", "1"],
      ...Array.from({ length: 11 }, (_, index): [string, string] => ["topicIds", String(index + 1)]),
      ["image", "/images/port.svg|1200|800"],
      ["kind", "opinion"],
    ]);
    const back = enteredDetails(queryOf(refusedDetailsPath("/en/newsroom/stories/4", "invalid", sent)));
    expect(back).toEqual({
      sectionId: 3,
      authorIds: [7, 2],
      topicIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      image: "/images/port.svg|1200|800",
      kind: "opinion",
      // Not sent: nothing typed to bring back.
      credit: "",
      focusX: "",
      focusY: "",
    });
  });

  it("bring back an upload already stored as the chosen image, in place of the library choice", () => {
    const sent = form([
      ["storyId", "4"],
      ["sectionId", "3"],
      ["image", "/images/port.svg|1200|800"],
    ]);
    const stored = `/media/${"a".repeat(64)}|640|360`;
    const path = refusedDetailsPath("/en/newsroom/stories/4", "invalid", sent, stored);
    expect(enteredDetails(queryOf(path))?.image).toBe(stored);
  });

  it("bring back a new account's name, email, role and languages, never its password", () => {
    const sent = form([
      ["name", "رنا الخوري"],
      ["email", "editor@example.com"],
      ["password", "a-long-enough-password"],
      ["role", "TRANSLATOR"],
      ["locales", "ar"],
    ]);
    const path = refusedNewUserPath("/ar/newsroom/users", sent, "taken");
    expect(path).not.toContain("a-long-enough-password");
    expect(enteredNewUser(queryOf(path))).toEqual({
      name: "رنا الخوري",
      email: "editor@example.com",
      role: "TRANSLATOR",
      locales: ["ar"],
      errors: [],
      taken: true,
    });
  });

  it("name the new account's fields that fail", () => {
    const sent = form([
      ["name", ""],
      ["email", "nobody"],
      ["password", "short"],
      ["role", "EDITOR"],
    ]);
    const back = enteredNewUser(queryOf(refusedNewUserPath("/en/newsroom/users", sent, "invalid")));
    expect(back?.errors).toEqual(["name", "email", "password"]);
  });

  it("bring back a refused role change for its member", () => {
    const sent = form([
      ["userId", "u-1"],
      ["role", "EDITOR"],
      ["locales", "en"],
    ]);
    expect(enteredRole(queryOf(refusedRolePath("/en/newsroom/users", sent, "last-admin")))).toEqual({
      userId: "u-1",
      role: "EDITOR",
      locales: ["en"],
    });
  });
});
