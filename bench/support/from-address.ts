// HTTP from a chosen loopback address (127.0.0.2, 127.0.0.3, …). The proxy
// writes X-Forwarded-For from the connection, so to the app each address
// is a reader of its own, with rate limits of its own. node:http's
// `localAddress` does what undici's Agent({ connect: { localAddress } })
// would for fetch; Node 20 bundles undici without exporting its Agent, and
// this avoids a dependency for one benchmark.
import { request } from "node:http";

export interface AddressedAnswer {
  status: number;
  /** Each Set-Cookie as name=value, attributes dropped. */
  cookies: string[];
  text: string;
}

/** `count` loopback addresses other than 127.0.0.1 (Linux answers on all of 127.0.0.0/8). */
export function loopbackAddresses(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `127.0.0.${index + 2}`);
}

/**
 * Posts `fields` as multipart/form-data (a browser's encoding of a form
 * with no JavaScript) from `localAddress`; or GETs when there are none.
 */
export async function sendFrom(
  localAddress: string,
  url: string,
  opts: { fields?: Map<string, string>; cookie?: string } = {},
): Promise<AddressedAnswer> {
  let body: Buffer | null = null;
  const headers: Record<string, string> = opts.cookie ? { cookie: opts.cookie } : {};
  if (opts.fields) {
    const form = new FormData();
    for (const [name, value] of opts.fields) form.append(name, value);
    // A Request encodes the form, boundary and all, as fetch would send it.
    const encoded = new Request(url, { method: "POST", body: form });
    body = Buffer.from(await encoded.arrayBuffer());
    headers["content-type"] = encoded.headers.get("content-type")!;
    headers["content-length"] = String(body.length);
    headers.origin = new URL(url).origin;
  }
  return new Promise((resolve, reject) => {
    const req = request(url, { method: body ? "POST" : "GET", localAddress, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          cookies: (response.headers["set-cookie"] ?? []).map((each) => each.split(";")[0]!),
          text: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      response.on("error", reject);
    });
    req.on("error", reject);
    req.end(body ?? undefined);
  });
}
