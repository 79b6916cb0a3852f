// `rtca watch --redis` loads @rtca/quota-redis, an optional peer of @rtca/client. Installed beside the client, the
// command gets as far as connecting to Redis (none listens on port 1: exit 4); with the package moved away, as in a
// project that installed only the client, it says to install it (exit 2). The package is put back either way.
import { spawnSync } from "node:child_process";
import { renameSync } from "node:fs";
import { join } from "node:path";

const WATCH = [
  "watch",
  "--endpoint",
  "http://127.0.0.1:1",
  "--instance",
  "i-1",
  "--contact",
  "c-1",
  "--redis",
  "redis://127.0.0.1:1",
  "--account",
  "123456789012",
];

export function checkOptionalPeer(rtcaBin: string, dir: string): string {
  const watch = () => {
    const result = spawnSync(rtcaBin, WATCH, { cwd: dir, encoding: "utf8", timeout: 120_000 });
    return { code: result.status, stderr: result.stderr ?? "" };
  };
  const installed = watch();
  if (installed.code !== 4 || !installed.stderr.includes("could not use Redis at redis://127.0.0.1:1")) {
    throw new Error(`rtca watch --redis with @rtca/quota-redis installed: exit ${installed.code}, ${installed.stderr}`);
  }
  const packageDir = join(dir, "node_modules", "@rtca", "quota-redis");
  const away = `${packageDir}.away`;
  renameSync(packageDir, away);
  let without: ReturnType<typeof watch>;
  try {
    without = watch();
  } finally {
    renameSync(away, packageDir);
  }
  if (without.code !== 2 || !without.stderr.includes("--redis needs @rtca/quota-redis: install it")) {
    throw new Error(`rtca watch --redis without @rtca/quota-redis: exit ${without.code}, ${without.stderr}`);
  }
  return "rtca watch --redis loads @rtca/quota-redis when installed, and asks for it when not";
}
