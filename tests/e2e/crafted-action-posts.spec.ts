import { expect, test, type APIResponse } from "@playwright/test";
import { account } from "@/tests/e2e/newsroom-helpers";
import { buildActions, concretePath } from "@/tests/e2e/support/fuzz-targets";

// Issue 25, item 2: posts no form of ours sends, each answered with a
// refusal a person can read (a redirect to sign-in, the form back, a 4xx
// page), never a 500. Found by hand and by tests/e2e/no-server-error-fuzz.spec.ts.

const STACK_TRACE = /\n\s*at [^\n]+:\d+:\d+|webpack-internal:|node_modules\/|\.next\/server\//;

const actions = buildActions();

function pageOf(pages: string[]): string {
  return concretePath(pages[0]!, (param) => (param === "locale" ? "en" : "1"));
}

async function expectNoServerError(response: APIResponse, label: string) {
  expect(response.status(), label).toBeLessThan(500);
  expect(await response.text(), label).not.toMatch(STACK_TRACE);
}

test("the build has Server Actions to post", () => {
  expect(actions.length).toBeGreaterThan(10);
});

test("an anonymous no-JavaScript post of any action's id alone is refused without a 500", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  for (const action of actions) {
    const page = pageOf(action.pages);
    const response = await request.post(page, {
      headers: { origin: baseURL! },
      multipart: { [`$ACTION_ID_${action.id}`]: "" },
      maxRedirects: 0,
    });
    await expectNoServerError(response, `${page} ${action.id}`);
  }
});

test("a script post whose arguments hold no form is refused without a 500", async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  for (const action of actions) {
    const page = pageOf(action.pages);
    for (const args of ["[]", '["x"]', '[{"a":1},"x"]']) {
      const response = await request.post(page, {
        headers: { origin: baseURL!, "next-action": action.id, "content-type": "text/plain;charset=UTF-8" },
        data: args,
        maxRedirects: 0,
      });
      await expectNoServerError(response, `${page} ${action.id} ${args}`);
    }
  }
});

// Bodies Next itself cannot decode, before any action of ours runs.
const UNDECODABLE: { label: string; script: boolean; contentType: string; body: string }[] = [
  { label: "no boundary", script: false, contentType: "multipart/form-data", body: "--a\r\n" },
  {
    label: "another boundary",
    script: false,
    contentType: "multipart/form-data; boundary=Fuzz42",
    body: "--a\r\nx",
  },
  {
    label: "no-JS state that is not JSON",
    script: false,
    contentType: "multipart/form-data; boundary=Fuzz42",
    body: '--Fuzz42\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n--Fuzz42\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":"ID","bound":"$@1"}\r\n--Fuzz42\r\nContent-Disposition: form-data; name="$ACTION_1:1"\r\n\r\n[1\r\n--Fuzz42--\r\n',
  },
  {
    label: "script, cut short",
    script: true,
    contentType: "multipart/form-data; boundary=Fuzz42",
    body: '--Fuzz42\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"',
  },
  { label: "script, not JSON", script: true, contentType: "text/plain;charset=UTF-8", body: "[" },
];

for (const { label, script, contentType, body } of UNDECODABLE) {
  test(`a post Next cannot decode (${label}) gets the localized 400 page`, async ({ request, baseURL }) => {
    const action = actions.find((candidate) => candidate.pages.some((page) => page.includes("newsroom")))!;
    const page = pageOf(action.pages).replace(/^\/en/, "/ar");
    const response = await request.post(page, {
      headers: {
        origin: baseURL!,
        "content-type": contentType,
        ...(script ? { "next-action": action.id } : {}),
      },
      data: Buffer.from(body.replace("ID", action.id)),
      maxRedirects: 0,
    });
    expect(response.status(), label).toBe(400);
    const html = await response.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).not.toMatch(STACK_TRACE);
  });
}

// The sign-in page's return path (fixed first, commit 8853eb2; unit cases in tests/unit/paths.test.ts).
const ODD_NEXT = [
  "/en/newsroom\r\nSet-Cookie: a=b",
  "//evil.example/en/newsroom",
  "/en/newsroom/../../ar/newsroom",
  "/en/newsroom/%ZZ",
  "/en/newsroom\\..\\x",
  "javascript:alert(1)",
  `/en/newsroom/${"x".repeat(5000)}`,
];

test("the sign-in page answers odd return paths without a 500", async ({ request }) => {
  for (const next of ODD_NEXT) {
    const response = await request.get(`/en/newsroom/sign-in?next=${encodeURIComponent(next)}`);
    await expectNoServerError(response, next);
  }
});

test("signing in with a tampered return path lands in the newsroom", async ({ page }) => {
  const { email, password } = account("editor");
  for (const next of ODD_NEXT.slice(0, 4)) {
    await page.context().clearCookies();
    await page.goto("/en/newsroom/sign-in");
    await page.locator('input[name="next"]').evaluate((input, value) => {
      (input as HTMLInputElement).value = value;
    }, next);
    await page.locator("#email").fill(email);
    await page.locator("#password").fill(password);
    await page.locator('form.newsroom-form button[type="submit"]').click();
    await expect(page, next).toHaveURL(/\/en\/newsroom(?:\/[^/]*)?$/);
  }
});
