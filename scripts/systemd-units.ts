// `npm run systemd:units -- <directory>`: writes the systemd units of
// deploy/systemd/ filled in for this machine (this checkout, this user, the
// node, varnishd and redis-server in PATH) into <directory>, e.g.
// /etc/systemd/system. APP_DIR, APP_USER, CONFIG_DIR, PROXY_LISTEN and
// REDIS_PORT override what is found. See docs/deployment.md.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { machineSettings, renderUnits } from "@/scripts/systemd/render-units";

const out = process.argv[2];
if (!out) {
  console.error("Usage: npm run systemd:units -- <directory>");
  process.exit(2);
}
const env = process.env;
const settings = machineSettings({
  ...(env.APP_DIR && { appDir: path.resolve(env.APP_DIR) }),
  ...(env.APP_USER && { user: env.APP_USER, group: env.APP_USER }),
  ...(env.CONFIG_DIR && { configDir: env.CONFIG_DIR }),
  ...(env.PROXY_LISTEN && { proxyListen: env.PROXY_LISTEN }),
  ...(env.REDIS_PORT && { redisPort: Number(env.REDIS_PORT) }),
});
mkdirSync(out, { recursive: true });
for (const [name, text] of renderUnits(settings)) {
  writeFileSync(path.join(out, name), text);
  console.log(path.join(out, name));
}
