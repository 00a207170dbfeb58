// Seeded random request bodies for the fuzz test: the same seed gives the
// same requests, so a failure printed with its seed can be replayed.

export type Random = () => number;

// The corpus generator's mulberry32: one seeded generator in the project.
export { seededRandom } from "@/scripts/corpus/seeded-random";

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;

export interface FuzzRequest {
  method: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** What was sent, for the failure message. */
  label: string;
}

type Part = { name: Buffer | string; value: Buffer | string; filename?: string };

// Names the site's forms use, so some bodies get past the first checks.
const FIELD_NAMES = [
  "uiLocale",
  "locale",
  "target",
  "storyId",
  "id",
  "ids",
  "title",
  "body",
  "text",
  "summary",
  "email",
  "password",
  "next",
  "kind",
  "token",
  "name",
  "website",
  "slug",
  "section",
  "role",
  "status",
  "at",
  "date",
  "time",
  "image",
  "lead",
  "tags",
  "authors",
  "revision",
  "version",
  "reason",
  "query",
  "q",
];

const INVALID_UTF8 = [
  Buffer.from([0xff, 0xfe, 0xfd]),
  Buffer.from([0xc0, 0xaf]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xe2, 0x82]),
];

function randomText(random: Random): Buffer | string {
  const kind = Math.floor(random() * 12);
  switch (kind) {
    case 0:
      return "";
    case 1:
      return String(Math.floor(random() * 2 ** 40) - 2 ** 39);
    case 2:
      return pick(random, ["en", "ar", "fr", "EN", "", "null", "undefined", "true", "[]", "{}", "NaN"]);
    case 3:
      return Buffer.concat([Buffer.from("a"), pick(random, INVALID_UTF8), Buffer.from("b")]);
    case 4:
      return "\u0000\r\n\t\u202e\ud800x".repeat(1 + Math.floor(random() * 5));
    case 5:
      return "ب".repeat(Math.floor(random() * 8_000));
    case 6:
      return pick(random, [
        "/en/newsroom\r\nSet-Cookie: a=b",
        "//evil.example",
        "/../../etc/passwd",
        "javascript:alert(1)",
        "%ZZ%0d%0a",
      ]);
    case 7:
      return JSON.stringify(pick(random, [[], [null], ["$K1"], { id: 1 }, "$@1", ["$Q2"], "$h1"]));
    case 8:
      return "x".repeat(Math.floor(random() * (random() < 0.9 ? 20_000 : 200_000)));
    case 9:
      return String(random()).slice(2, 4) + "-" + String(Math.floor(random() * 40)).padStart(2, "0") + "-99";
    case 10:
      return Buffer.from(Array.from({ length: Math.floor(random() * 64) }, () => Math.floor(random() * 256)));
    default:
      return "demo " + Math.floor(random() * 1000);
  }
}

function randomName(random: Random): Buffer | string {
  const roll = random();
  if (roll < 0.7) return pick(random, FIELD_NAMES);
  if (roll < 0.8) return "n".repeat(1000 + Math.floor(random() * 10_000));
  if (roll < 0.9) return Buffer.concat([Buffer.from("f"), pick(random, INVALID_UTF8)]);
  return pick(random, [
    "$ACTION_KEY",
    "$ACTION_REF_1",
    "$ACTION_1:0",
    "1_x",
    "0",
    "__proto__",
    "constructor",
    "",
  ]);
}

function randomParts(random: Random, count: number): Part[] {
  return Array.from({ length: count }, () => {
    const part: Part = { name: randomName(random), value: randomText(random) };
    if (random() < 0.15) part.filename = pick(random, ["lead.png", "a.svg", "", "../x", "ب.jpg"]);
    return part;
  });
}

function multipart(parts: Part[], boundary: string): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const file =
      part.filename === undefined ? "" : `; filename="${part.filename}"\r\nContent-Type: image/png`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="`));
    chunks.push(Buffer.from(part.name));
    chunks.push(Buffer.from(`"${file}\r\n\r\n`), Buffer.from(part.value), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

/** Every byte percent-encoded, so invalid UTF-8 and lone surrogates go out as they are. */
function percentEncode(value: Buffer | string): string {
  return [...Buffer.from(value)].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("");
}

function urlencoded(parts: Part[]): Buffer {
  return Buffer.from(
    parts.map((part) => `${percentEncode(part.name)}=${percentEncode(part.value)}`).join("&"),
  );
}

/** The fields an action form carries, as a browser without JavaScript or the client router sends them. */
function actionParts(random: Random, actionId: string, shape: string): Part[] {
  switch (shape) {
    case "no-js":
      return [{ name: `$ACTION_ID_${actionId}`, value: "" }];
    case "no-js-state": {
      const bound = pick(random, ["$@1", null, "[]", "$@2", 7, "x"]);
      return [
        { name: "$ACTION_REF_1", value: "" },
        { name: "$ACTION_1:0", value: JSON.stringify({ id: actionId, bound }) },
        {
          name: "$ACTION_1:1",
          value: pick(random, ["[null]", "[]", '["x","y",{}]', "[1", '[{"values":{}}]']),
        },
        { name: "$ACTION_KEY", value: pick(random, ["k1", "", "x".repeat(3000)]) },
      ];
    }
    default:
      return [
        {
          name: "0",
          value: pick(random, [
            '["$K1"]',
            "[]",
            '"x"',
            '[{"a":1},"$K1"]',
            '["$@1"]',
            "$Q1",
            "[",
            '["$K1","$K1","$K1"]',
            '[null,"$K1"]',
          ]),
        },
      ];
  }
}

/** One random post to a Server Action: no-JS or script form, multipart or not, mangled or not. */
export function actionRequest(random: Random, actionId: string, origin: string): FuzzRequest {
  const shape = pick(random, ["no-js", "no-js-state", "script"]);
  const script = shape === "script";
  const parts = [...actionParts(random, actionId, shape), ...randomParts(random, Math.floor(random() * 6))];
  if (script)
    parts.push(...randomParts(random, 2).map((part) => ({ ...part, name: `1_${String(part.name)}` })));
  const headers: Record<string, string> = {};
  if (random() < 0.9) headers.origin = origin;
  if (script)
    headers["next-action"] =
      random() < 0.9 ? actionId : pick(random, ["", "x", "0".repeat(42), actionId + "0"]);
  if (random() < 0.3)
    headers.cookie = pick(random, [
      "NEXT_LOCALE=ar",
      "better-auth.session_token=forged.value",
      "NEXT_LOCALE=\u00ff",
    ]);
  const encoding = pick(random, [
    "multipart",
    "multipart",
    "multipart",
    "urlencoded",
    "bad-boundary",
    "wrong-type",
    "truncated",
  ]);
  const boundary = `----fuzz${Math.floor(random() * 1e9)}`;
  let body: Buffer;
  switch (encoding) {
    case "urlencoded":
      headers["content-type"] = "application/x-www-form-urlencoded";
      body = urlencoded(parts);
      break;
    case "bad-boundary":
      headers["content-type"] = pick(random, [
        "multipart/form-data",
        "multipart/form-data; boundary=",
        `multipart/form-data; boundary=other`,
        'multipart/form-data; boundary="a',
      ]);
      body = multipart(parts, boundary);
      break;
    case "wrong-type":
      headers["content-type"] = pick(random, [
        "text/plain;charset=UTF-8",
        "application/json",
        "text/xml",
        "application/octet-stream",
      ]);
      body = multipart(parts, boundary);
      break;
    case "truncated": {
      headers["content-type"] = `multipart/form-data; boundary=${boundary}`;
      const whole = multipart(parts, boundary);
      body = whole.subarray(0, Math.floor(whole.length * random()));
      break;
    }
    default:
      headers["content-type"] = `multipart/form-data; boundary=${boundary}`;
      body = multipart(parts, boundary);
  }
  return { method: "POST", headers, body, label: `${shape} ${encoding} ${headers["content-type"]}` };
}

/** One random request to a route handler: any method, junk query and body. */
export function routeRequest(random: Random, origin: string): FuzzRequest & { query: string } {
  const method = pick(random, ["GET", "GET", "HEAD", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);
  const headers: Record<string, string> = {};
  if (random() < 0.8) headers.origin = origin;
  const query =
    random() < 0.5
      ? ""
      : `?${percentEncode(randomName(random)).slice(0, 600)}=${percentEncode(randomText(random)).slice(0, 1500)}`;
  if (method === "GET" || method === "HEAD")
    return { method, headers, query, label: `${method}${query.slice(0, 60)}` };
  const parts = randomParts(random, Math.floor(random() * 5));
  const encoding = pick(random, ["multipart", "urlencoded", "json", "none"]);
  const boundary = `----fuzz${Math.floor(random() * 1e9)}`;
  let body: Buffer | undefined;
  if (encoding === "multipart") {
    headers["content-type"] =
      random() < 0.8 ? `multipart/form-data; boundary=${boundary}` : "multipart/form-data";
    body = multipart(parts, boundary);
  } else if (encoding === "urlencoded") {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = urlencoded(parts);
  } else if (encoding === "json") {
    headers["content-type"] = "application/json";
    body = Buffer.from(
      pick(random, [
        '{"storyId":1,"locale":"en"}',
        "[",
        '{"commentId":"x","value":99}',
        "null",
        '"\\ud800"',
        '{"__proto__":{"a":1}}',
      ]),
    );
  }
  return { method, headers, query, body, label: `${method} ${encoding}${query.slice(0, 60)}` };
}
