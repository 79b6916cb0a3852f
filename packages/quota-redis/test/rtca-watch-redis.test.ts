// `rtca watch --redis` as a user runs it (the rtca bin of @rtca/client, which loads this package for --redis):
// every request of the watch draws on the bucket in a real redis-server, and a Redis that cannot be reached is
// reported as such (exit 4).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bucketKey } from "../src/index.js";
import { type RunningRedis, redisServerMissing, startRedis } from "./redis-server.js";

const RTCA = fileURLToPath(new URL("../node_modules/.bin/rtca", import.meta.url));
const HOME = mkdtempSync(join(tmpdir(), "rtca-watch-redis-home-"));
const ACCOUNT = "123456789012";

let server: Server;
let endpoint: string;

/** A service whose every contact has one message and has completed: one request per contact. */
beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(
        JSON.stringify({
          Channel: "CHAT",
          Status: "COMPLETED",
          Segments: [
            {
              Transcript: {
                Id: "m1",
                ParticipantId: "c1",
                ParticipantRole: "CUSTOMER",
                Content: `hello from ${request.url?.split("/").at(-1)}`,
                Time: { AbsoluteTime: "2026-01-01T10:00:00Z" },
              },
            },
          ],
        }),
      );
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  endpoint = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  server?.close();
  rmSync(HOME, { recursive: true, force: true });
});

function rtcaWatch(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      RTCA,
      ["watch", "--endpoint", endpoint, "--instance", "inst-1", "--contact", "c-1,c-2", "--json", ...args],
      {
        env: {
          HOME,
          PATH: process.env["PATH"] ?? "",
          AWS_EC2_METADATA_DISABLED: "true",
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

// Each test starts rtca as a process (through tsx): on a busy machine that alone can take several seconds.
const PROCESS_TESTS = { timeout: 90_000 };

describe("rtca watch --redis", PROCESS_TESTS, () => {
  it("says that Redis cannot be reached, and exits 4", async () => {
    const run = await rtcaWatch(["--redis", "redis://127.0.0.1:1", "--account", ACCOUNT]);
    expect(run.code).toBe(4);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("rtca: could not use Redis at redis://127.0.0.1:1");
    expect(run.stderr).toContain("is a redis-server listening at redis://127.0.0.1:1? check --redis");
  });
});

const missing = redisServerMissing();
if (missing !== undefined) console.warn(`[quota-redis] skipping rtca watch on a real Redis: ${missing}`);

describe.skipIf(missing !== undefined)("rtca watch --redis on a real redis-server", PROCESS_TESTS, () => {
  let redis: RunningRedis;

  beforeAll(async () => {
    redis = await startRedis();
  }, 20_000);

  afterAll(async () => {
    await redis?.stop();
  });

  it("draws every request on the account's bucket in Redis", async () => {
    // A slow refill, so that the bucket still shows the two requests taken from its 3 tokens (a burst of 4 less the
    // reserve of one).
    const run = await rtcaWatch(["--redis", redis.url, "--account", ACCOUNT, "--budget", "0.01/4"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const completed = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { contactId: string; type: string })
      .filter((event) => event.type === "completed")
      .map((event) => event.contactId);
    expect(completed.sort()).toEqual(["c-1", "c-2"]);
    const client = createClient({ url: redis.url });
    await client.connect();
    try {
      const tokens = Number(await client.hGet(bucketKey("rtca:quota", ACCOUNT, "us-east-1"), "tokens"));
      expect(tokens).toBeGreaterThanOrEqual(1);
      expect(tokens).toBeLessThan(1.5);
    } finally {
      await client.close();
    }
  });
});
