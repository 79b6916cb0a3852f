// `rtca watch` as installed (node_modules/.bin/rtca) against the in-process fake with its quota on (2 requests/s,
// burst 5, as the service has it): several contacts of one scenario followed at once, each segment once and in
// order per contact, within the default budget (no ThrottlingException), as a labelled view and as NDJSON events,
// a contact the fake does not know given up on while the others go on, and Ctrl-C.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFake, type Fake, type RunningServer, serve } from "../../src/index.js";

const RTCA = fileURLToPath(new URL("../../node_modules/.bin/rtca", import.meta.url));
const INSTANCE = "watch-instance";
const HOME = mkdtempSync(join(tmpdir(), "rtca-watch-home-"));

let fake: Fake;
let server: RunningServer;

beforeAll(async () => {
  fake = createFake();
  server = await serve(fake.handle);
});

afterAll(async () => {
  await server?.close();
  rmSync(HOME, { recursive: true, force: true });
});

let loaded = 0;

/** Loads two chats of a few hundred ms (the first with a card number, personal data) and gives their IDs. */
function loadTwoChats(lastMs = 300): [string, string] {
  loaded++;
  const first = `first-${loaded}-contact`;
  const second = `second-${loaded}-contact`;
  const people = {
    customer: { id: "cust-1", role: "CUSTOMER", displayName: "Ann" },
    agent: { id: "agent-1", role: "AGENT", displayName: "Sam" },
  };
  fake.loadScenario({
    document: {
      name: "two chats",
      contacts: [
        {
          instanceId: INSTANCE,
          contactId: first,
          participants: people,
          timeline: [
            {
              at: 0,
              message: {
                participant: "customer",
                text: "Card 4111 1111 1111 1111 was charged twice",
                pii: ["4111 1111 1111 1111"],
              },
            },
            { at: 150, message: { participant: "agent", text: "Let me look." } },
            { at: lastMs, message: { participant: "agent", text: "Refunded." } },
          ],
        },
        {
          instanceId: INSTANCE,
          contactId: second,
          participants: people,
          timeline: [{ at: 100, message: { participant: "customer", text: "Where is my parcel?" } }],
        },
      ],
    },
  });
  return [first, second];
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function watch(args: string[], onFirstLine?: (child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(RTCA, ["watch", "--endpoint", server.url, "--instance", INSTANCE, ...args], {
      env: {
        HOME,
        PATH: process.env["PATH"] ?? "",
        TZ: "UTC",
        AWS_EC2_METADATA_DISABLED: "true",
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      if (stdout === "") onFirstLine?.(child);
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const throttled = () => fake.requestLog.list().filter((entry) => entry.ErrorType === "ThrottlingException").length;

describe("rtca watch against the fake", { timeout: 90_000 }, () => {
  it("prints each contact's transcript with its label, redacted, and exits 0 once every contact completed", async () => {
    const [first, second] = loadTwoChats();
    const throttledBefore = throttled();
    const run = await watch(["--contact", `${first},${second}`]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    // Each line starts with its contact's label: the first 8 characters of its ID.
    const of = (id: string) => lines.filter((line) => line.startsWith(`${id.slice(0, 8)}  `)).map((l) => l.slice(10));
    expect(of(first).length + of(second).length).toBe(lines.length);
    // The chat lasts 300 ms: a first poll that comes before its end also shows it in progress.
    const inProgress = "— IN_PROGRESS · CHAT";
    expect(of(first).filter((line) => line !== inProgress)).toEqual([
      expect.stringMatching(/^\d\d:\d\d:\d\d {2}CUSTOMER Ann: Card \[PII\] was charged twice$/),
      expect.stringMatching(/AGENT Sam: Let me look\.$/),
      expect.stringMatching(/AGENT Sam: Refunded\.$/),
      "— COMPLETED · CHAT",
      "— COMPLETED · CHAT · 3 segments",
    ]);
    expect(of(second).slice(-1)).toEqual(["— COMPLETED · CHAT · 1 segment"]);
    expect(throttled()).toBe(throttledBefore);
  });

  it("prints NDJSON events, each segment once per contact, and gives up on an unknown contact alone (exit 3)", async () => {
    const [first, second] = loadTwoChats(600);
    const run = await watch(["--contact", first, "--contact", `no-such-contact,${second}`, "--json"]);
    expect(run.code).toBe(3);
    const events = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { contactId: string; type: string; [key: string]: unknown });
    const texts = (contactId: string) =>
      events
        .filter((e) => e.contactId === contactId && e.type === "segment")
        .map((e) => (e["segment"] as { Transcript: { Content: string } }).Transcript.Content);
    expect(texts(first)).toEqual(["Card [PII] was charged twice", "Let me look.", "Refunded."]);
    expect(texts(second)).toEqual(["Where is my parcel?"]);
    const ends = events.filter((e) => e.type === "completed" || e.type === "error");
    expect(ends).toHaveLength(3);
    expect(ends).toContainEqual(
      expect.objectContaining({ contactId: first, type: "completed", status: "COMPLETED", totalSegments: 3 }),
    );
    expect(ends).toContainEqual(
      expect.objectContaining({
        contactId: "no-such-contact",
        type: "error",
        error: "ResourceNotFoundException",
        exitCode: 3,
      }),
    );
    // A contact's completion is its last event.
    for (const id of [first, second]) expect(events.filter((e) => e.contactId === id).at(-1)?.type).toBe("completed");
  });

  it("stops on Ctrl-C with exit 130", async () => {
    const [first] = loadTwoChats(60_000);
    const run = await watch(["--contact", first], (child) => child.kill("SIGINT"));
    expect(run.code).toBe(130);
    expect(run.stderr).toContain("rtca: interrupted");
    expect(run.stdout).toContain("Card [PII] was charged twice");
  });
});
