import { expect, test, type APIResponse } from "@playwright/test";
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
    contentType: "multipart/form-data; boundary=b",
    body: "--a\r\nx",
  },
  {
    label: "no-JS state that is not JSON",
    script: false,
    contentType: "multipart/form-data; boundary=b",
    body: '--b\r\nContent-Disposition: form-data; name="$ACTION_REF_1"\r\n\r\n\r\n--b\r\nContent-Disposition: form-data; name="$ACTION_1:0"\r\n\r\n{"id":"ID","bound":"$@1"}\r\n--b\r\nContent-Disposition: form-data; name="$ACTION_1:1"\r\n\r\n[1\r\n--b--\r\n',
  },
  {
    label: "script, cut short",
    script: true,
    contentType: "multipart/form-data; boundary=b",
    body: '--b\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"',
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
