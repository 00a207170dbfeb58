// The hostile requests of the hardening issue, each as one function that
// returns what the server answered and how long it took.
import { request } from "node:http";
import pg from "pg";
import sharp from "sharp";
import { postForm, renderedInputs, signInCookie } from "@/bench/support/no-js-form";

export interface HostileOutcome {
  what: string;
  answers: string;
  seconds: number;
}

async function timed(what: string, run: () => Promise<string>): Promise<HostileOutcome> {
  const started = performance.now();
  const answers = await run();
  return { what, answers, seconds: (performance.now() - started) / 1000 };
}

/** A published story whose stored body (from before the limits) is 99,990 nested quotes, rendered uncached. */
export function deepMarkdown(
  origin: string,
  databaseUrl: string,
  storyPath: string,
): Promise<HostileOutcome> {
  return timed("deep Markdown body rendered", async () => {
    const slug = decodeURIComponent(storyPath.split("/").pop()!);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`UPDATE "StoryTranslation" SET body = $1 WHERE locale = 'en' AND slug = $2`, [
      `${">".repeat(99_990)} x`,
      slug,
    ]);
    await client.end();
    const response = await fetch(`${origin}${storyPath}`);
    await response.arrayBuffer();
    return `HTTP ${response.status}`;
  });
}

/** 250 MB of form body to the vote endpoint, sent as fast as the server takes it. */
export function hugeBody(origin: string): Promise<HostileOutcome> {
  return timed("250 MB vote body", () => {
    const total = 250 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024, "a");
    return new Promise((resolve) => {
      let sent = 0;
      const req = request(`${origin}/api/comments/vote`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": total,
          origin,
        },
      });
      const finish = (answer: string) => {
        req.destroy();
        resolve(`${answer} after ${(sent / 1024 / 1024).toFixed(0)} MB sent`);
      };
      req.on("response", (response) => {
        response.resume();
        finish(`HTTP ${response.statusCode}`);
      });
      req.on("error", (error) => finish(`connection ${error.message}`));
      const pump = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once("drain", pump);
        }
        req.end();
      };
      pump();
    });
  });
}

/** An editor uploads a 40-megapixel image that compresses to almost nothing, and one whose header claims 30,000². */
export async function imageBombs(origin: string, email: string, password: string): Promise<HostileOutcome> {
  return timed("image bombs (40 MP real, 30,000² header)", async () => {
    const cookie = await signInCookie(origin, email, password);
    const page = `${origin}/en/newsroom/stories/new`;
    const html = await (await fetch(page, { headers: { cookie } })).text();
    const fields = renderedInputs(html, 'name="headline"');
    fields.set("headline", "Image bomb");
    fields.set("dek", "Summary");
    fields.set("body", "Body.");
    fields.set("slug", `image-bomb-${Date.now()}`);
    const real = await sharp({ create: { width: 6_320, height: 6_320, channels: 3, background: "#000" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const header = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(header);
    header.write("IHDR", 12, "ascii");
    header.writeUInt32BE(30_000, 16);
    header.writeUInt32BE(30_000, 20);
    header.set([8, 2, 0, 0, 0], 24);
    const answers: string[] = [];
    for (const bytes of [real, header]) {
      const response = await postForm(page, fields, {
        cookie,
        files: { upload: new Blob([new Uint8Array(bytes)], { type: "image/png" }) },
      });
      await response.arrayBuffer();
      answers.push(`HTTP ${response.status} (${(bytes.length / 1024).toFixed(0)} KB)`);
    }
    return answers.join(", ");
  });
}

/** 10,000 wrong passwords for one account, 16 at a time, through the no-JS sign-in form. */
export async function signInFlood(origin: string, email: string, attempts = 10_000): Promise<HostileOutcome> {
  return timed(`${attempts.toLocaleString("en")} sign-in attempts`, async () => {
    const page = `${origin}/en/newsroom/sign-in`;
    const fields = renderedInputs(await (await fetch(page)).text(), 'name="email"');
    fields.set("email", email);
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < attempts) {
        next++;
        fields.set("password", `wrong-${next}`);
        const response = await postForm(page, fields).catch(() => null);
        await response?.arrayBuffer();
        const status = response?.status ?? 0;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    return [...statuses].map(([status, count]) => `${count} × HTTP ${status || "error"}`).join(", ");
  });
}
