// Many GETs of one page sent at once, each on a connection of its own,
// spread over several origins: what an expired page meets when it is
// popular. Sent to the instances directly, since Varnish would coalesce
// them into one backend request by itself and hide what each instance does.
import { request } from "node:http";

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, headers: { "accept-encoding": "gzip" } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", () => resolve(0));
    });
    req.on("error", () => resolve(0));
    req.end();
  });
}

/** `total` GETs, request i to urls[i % urls.length], all sent before any is awaited; statuses counted (0: failed). */
export async function burst(urls: string[], total: number): Promise<Map<number, number>> {
  const statuses = await Promise.all(
    Array.from({ length: total }, (_, index) => get(urls[index % urls.length]!)),
  );
  const counts = new Map<number, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return counts;
}
