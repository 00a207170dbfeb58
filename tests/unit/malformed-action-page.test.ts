import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { malformedActionPage } from "@/scripts/server/replace-page";

// Issue 25: Next answers 500 to a Server Action post it cannot decode,
// before any action of ours starts; the server answers the 400 page instead.

function post(url: string, headers: Record<string, string>): IncomingMessage {
  return { method: "POST", url, headers } as unknown as IncomingMessage;
}

const multipart = { "content-type": "multipart/form-data; boundary=x" };

describe("the page for an action post Next could not decode", () => {
  it("replaces a 500 to a script or no-JS action post that no action of ours saw", () => {
    const replaced = { status: 400, kind: "unsupportedType" };
    const notStarted = { started: false };
    expect(malformedActionPage(post("/ar/newsroom", { "next-action": "7f" }), notStarted)(500)).toEqual(
      replaced,
    );
    expect(malformedActionPage(post("/en/newsroom/banner", multipart), notStarted)(500)).toEqual(replaced);
  });

  it("keeps a 500 once one of our actions started: that is a server error", () => {
    expect(
      malformedActionPage(post("/en/newsroom", { "next-action": "7f" }), { started: true })(500),
    ).toBeNull();
  });

  it("leaves other answers, other requests and the route handlers' own posts alone", () => {
    const notStarted = { started: false };
    expect(malformedActionPage(post("/en/newsroom", { "next-action": "7f" }), notStarted)(404)).toBeNull();
    expect(malformedActionPage(post("/api/comments/vote", multipart), notStarted)(500)).toBeNull();
    expect(
      malformedActionPage(post("/en/search", { "content-type": "application/json" }), notStarted)(500),
    ).toBeNull();
    const get = { method: "GET", url: "/en", headers: { "next-action": "7f" } } as unknown as IncomingMessage;
    expect(malformedActionPage(get, notStarted)(500)).toBeNull();
  });
});
