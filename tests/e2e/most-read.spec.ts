import { expect, test } from "@playwright/test";
import { bilingualStory, storyUrl } from "./demo-stories";

test.describe("counting reads", () => {
  test("a story page counts its view with one cookieless beacon", async ({ page, context }) => {
    const beacon = page.waitForRequest((request) => request.url().endsWith("/api/reads"));
    await page.goto(storyUrl(bilingualStory, "ar"));
    const request = await beacon;
    expect(request.method()).toBe("POST");
    const body = new URLSearchParams(request.postData() ?? "");
    expect(body.get("locale")).toBe("ar");
    expect(Number(body.get("storyId"))).toBeGreaterThan(0);
    expect((await request.response())?.status()).toBe(204);
    expect(await context.cookies()).toEqual([]);
  });

  test("a read from another site, or of something that is not a story, is refused", async ({ request }) => {
    const foreign = await request.post("/api/reads", {
      form: { storyId: "1", locale: "en" },
      headers: { origin: "https://elsewhere.example" },
    });
    expect(foreign.status()).toBe(403);
    const nonsense = await request.post("/api/reads", { form: { storyId: "x", locale: "fr" } });
    expect(nonsense.status()).toBe(400);
  });
});
