import { request, type IncomingHttpHeaders } from "node:http";
import type { Socket } from "node:net";
import { gunzipSync } from "node:zlib";

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body, un-gzipped when it came gzipped (empty when not asked to read it). */
  text: string;
}

/**
 * A request with exactly these headers (fetch would refuse some, such as
 * Host, and add its own), through `connect` when given (e.g. a socket that
 * first speaks the PROXY protocol, as a TLS terminator does).
 */
export function rawRequest(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    connect?: () => Socket;
    /** false: only the status and headers matter (a partial or odd body is not decoded). */
    readBody?: boolean;
  } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? "GET",
        headers: options.headers ?? {},
        ...(options.connect ? { createConnection: options.connect } : { agent: false }),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = options.readBody === false ? Buffer.alloc(0) : Buffer.concat(chunks);
          const gzipped = response.headers["content-encoding"] === "gzip" && body.length > 0;
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: (gzipped ? gunzipSync(body) : body).toString("utf8"),
          });
        });
        response.on("error", reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`No answer from ${url} within 30 s`)));
    req.on("error", reject);
    req.end();
  });
}
