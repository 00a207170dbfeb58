// nginx (Debian's nginx-light) serving fixed bytes: the ceiling a page
// server on this machine can reach, measured in the same run as the site.
// It serves the page's own gzip bytes (gzip_static), as the proxy does.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { waitFor } from "@/bench/support/app-server";
import { pinning } from "@/bench/support/cpu-pinning";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate));

export interface NginxCeiling {
  url: string;
  stop: () => Promise<void>;
}

function config(dir: string, port: number, workers: number | "auto", headers: string): string {
  return `worker_processes ${workers};
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 8192; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp;
  proxy_temp_path ${dir}/tmp;
  fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp;
  scgi_temp_path ${dir}/tmp;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    gzip_static on;
    default_type "text/html; charset=utf-8";
${headers}
  }
}
`;
}

// Headers nginx writes itself for a static file (or that belong to the
// connection): everything else the proxy sent is added as it was.
const OWN_HEADERS = new Set([
  "date",
  "content-length",
  "content-type",
  "content-encoding",
  "connection",
  "keep-alive",
  // An instance's own answer is chunked; nginx frames a file by its length.
  "transfer-encoding",
  "etag",
  "last-modified",
  "accept-ranges",
]);

function addHeaders(rawHeaders: string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const [name, value] = [rawHeaders[i]!, rawHeaders[i + 1]!];
    if (OWN_HEADERS.has(name.toLowerCase())) continue;
    // nginx would read a $ as a variable and has no escape for it.
    if (value.includes("$")) throw new Error(`Cannot copy header ${name} into nginx's configuration`);
    lines.push(`    add_header ${name} "${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}";`);
  }
  return lines.join("\n");
}

/**
 * Serves `gzipped` (and `plain` for clients without gzip) at /page.html on
 * `port`. One worker when it is to be measured alone on one core (see
 * cpu-pinning), else one per core. With `rawHeaders` (as `rawGet` read
 * them from the proxy), it sends the proxy's headers too, so the whole
 * answer is the same bytes, not only the body.
 */
export async function startNginxCeiling(
  port: number,
  plain: Buffer,
  gzipped: Buffer,
  { oneCore = pinning, rawHeaders = [] }: { oneCore?: boolean; rawHeaders?: string[] } = {},
): Promise<NginxCeiling> {
  if (!NGINX)
    throw new Error("nginx is not installed: apt-get install nginx-light (Debian), then run again.");
  const dir = await mkdtemp(path.join(os.tmpdir(), "news-bench-nginx-"));
  // Run as root, nginx's workers are `nobody`: they must be able to read the files.
  await chmod(dir, 0o755);
  await writeFile(
    path.join(dir, "nginx.conf"),
    config(dir, port, oneCore ? 1 : "auto", addHeaders(rawHeaders)),
  );
  await mkdir(path.join(dir, "www"));
  await mkdir(path.join(dir, "tmp"));
  await writeFile(path.join(dir, "www", "page.html"), plain);
  await writeFile(path.join(dir, "www", "page.html.gz"), gzipped);
  const child: ChildProcess = spawn(NGINX, ["-p", dir, "-c", path.join(dir, "nginx.conf")], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/page.html`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT");
      await exited;
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(url, 10_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
