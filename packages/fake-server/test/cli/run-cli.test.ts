import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliIo, runCli } from "../../src/cli/main.js";
import { DEMO_CONTACT_ID, DEMO_INSTANCE_ID } from "../../src/index.js";
import { authorizationFor } from "../support/http.js";

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  let signal: ((name: string) => void) | undefined;
  let firstLine: (line: string) => void = () => {};
  const firstLineSeen = new Promise<string>((resolve) => {
    firstLine = resolve;
  });
  const io: CliIo = {
    stdout: (line) => {
      if (out.length === 0) firstLine(line);
      out.push(line);
    },
    stderr: (line) => err.push(line),
    onShutdownSignal: (listener) => {
      signal = listener;
      return () => {
        signal = undefined;
      };
    },
  };
  return { io, out, err, firstLineSeen, sendSignal: (name: string) => signal?.(name) };
}

async function readToEnd(url: string): Promise<{ segments: number; pages: number }> {
  let token: string | undefined;
  let segments = 0;
  let pages = 0;
  do {
    const response = await fetch(
      `${url}/contact/list-real-time-analysis-segments-v2/${DEMO_INSTANCE_ID}/${DEMO_CONTACT_ID}`,
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: authorizationFor() },
        body: JSON.stringify({
          OutputType: "Redacted",
          SegmentTypes: [],
          MaxResults: 5,
          ...(token ? { NextToken: token } : {}),
        }),
      },
    );
    expect(response.status).toBe(200);
    const page = (await response.json()) as { Segments: unknown[]; NextToken?: string };
    segments += page.Segments.length;
    pages++;
    token = page.NextToken;
  } while (token !== undefined);
  return { segments, pages };
}

describe("rtca-fake (in-process)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "rtca-fake-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("prints help", async () => {
    const { io, out } = captureIo();
    expect(await runCli(["--help"], io)).toBe(0);
    expect(out.join("\n")).toContain("Usage: rtca-fake serve");
  });

  it("explains a usage error and exits 2", async () => {
    const { io, err } = captureIo();
    expect(await runCli(["serve", "--clock", "sideways"], io)).toBe(2);
    expect(err[0]).toContain("--clock expects real or virtual");
    const unknown = captureIo();
    expect(await runCli(["serve", "--qiet"], unknown.io)).toBe(2);
    expect(unknown.err[0]).toBe("rtca-fake: unknown option --qiet (did you mean --quiet?)");
  });

  it("plays the demo on a virtual clock, prints the URL first and the contact next, and exits once it is read", async () => {
    const { io, out, err, firstLineSeen } = captureIo();
    const run = runCli(
      ["serve", "--scenario", "demo", "--clock", "virtual", "--exit-when-done", "--throttle", "off"],
      io,
    );
    const url = await firstLineSeen;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(out[1]).toBe(
      `contact instanceId=${DEMO_INSTANCE_ID} contactId=${DEMO_CONTACT_ID} durationMs=21000 startMs=0`,
    );
    const advanced = await fetch(`${url}/_fake/clock/advance?ms=21000`, { method: "POST" });
    expect(advanced.status).toBe(200);
    const read = await readToEnd(url);
    expect(read.segments).toBeGreaterThan(10);
    expect(await run).toBe(0);
    expect(out.filter((l) => / POST \/contact\/list-real-time-analysis-segments-v2\/\S+ 200 /.test(l))).toHaveLength(
      read.pages,
    );
    expect(err.join("\n")).toContain("the scenario is over and has been read");
    await expect(fetch(url)).rejects.toThrow();
  });

  it("shuts down cleanly on a signal", async () => {
    const { io, firstLineSeen, sendSignal, err } = captureIo();
    const run = runCli(["serve", "--quiet"], io);
    const url = await firstLineSeen;
    expect((await fetch(`${url}/_fake/clock`)).status).toBe(200);
    sendSignal("SIGTERM");
    expect(await run).toBe(0);
    expect(err.join("\n")).toContain("received SIGTERM");
  });

  it("runs its wall clock --clock-skew seconds off the host's: the Date header, and the signing-time check", async () => {
    const { io, firstLineSeen, sendSignal } = captureIo();
    const run = runCli(
      ["serve", "--quiet", "--clock-skew=-7200", "--auth", "verify", "--credential", "AKIDSKEW:secret"],
      io,
    );
    const url = await firstLineSeen;
    // Signed now by the host's clock, two hours ahead of the fake's.
    const now = new Date()
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d{3}/, "");
    const response = await fetch(`${url}/contact/list-real-time-analysis-segments-v2/i/c`, {
      method: "POST",
      headers: {
        authorization: `AWS4-HMAC-SHA256 Credential=AKIDSKEW/${now.slice(0, 8)}/us-east-1/connect/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`,
        "x-amz-date": now,
      },
      body: "{}",
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toMatch(/^Signature not yet current: /);
    const behind = Date.now() - Date.parse(response.headers.get("date")!);
    expect(Math.abs(behind - 7_200_000)).toBeLessThan(60_000);
    sendSignal("SIGTERM");
    expect(await run).toBe(0);
  });

  it("locks the control plane with the token from RTCA_FAKE_CONTROL_TOKEN", async () => {
    const { io, firstLineSeen, sendSignal } = captureIo();
    const run = runCli(["serve", "--quiet"], { ...io, env: { RTCA_FAKE_CONTROL_TOKEN: "cli-s3cret" } });
    const url = await firstLineSeen;
    const open = await fetch(`${url}/_fake/clock`);
    expect(open.status).toBe(401);
    expect(open.headers.get("x-amzn-errortype")).toBe("ControlUnauthorizedException");
    expect((await fetch(`${url}/_fake/clock`, { headers: { authorization: "Bearer cli-s3cret" } })).status).toBe(200);
    sendSignal("SIGTERM");
    expect(await run).toBe(0);
  });

  it("refuses to bind beyond loopback with an open control plane", async () => {
    const { io, err } = captureIo();
    expect(await runCli(["serve", "--host", "0.0.0.0"], io)).toBe(2);
    expect(err[0]).toContain("--host 0.0.0.0 can be reached from other machines");
  });

  it("plays a generated contact centre over HTTP on a virtual clock, and refuses a bad key or value with exit 2", async () => {
    const { io, out, err, firstLineSeen, sendSignal } = captureIo();
    const run = runCli(
      ["serve", "--scenario", "generate:contacts=4,duration=120,seed=8", "--clock", "virtual", "--throttle", "off"],
      io,
    );
    const url = await firstLineSeen;
    const lines = out.slice(1, 5);
    const contacts = lines.map((line) => {
      const match = /^contact instanceId=(\S+) contactId=(\S+) durationMs=(\d+) startMs=(\d+)$/.exec(line);
      expect(match, line).not.toBeNull();
      return {
        instanceId: match![1]!,
        contactId: match![2]!,
        durationMs: Number(match![3]),
        startMs: Number(match![4]),
      };
    });
    expect(new Set(contacts.map((c) => c.startMs)).size).toBe(4);
    expect(err.join("\n")).toContain("playing scenario generate:contacts=4,duration=120,seed=8 on a virtual clock");
    const first = contacts.sort((a, b) => a.startMs - b.startMs)[0]!;
    const segmentsAt = async (ms: number) => {
      await fetch(`${url}/_fake/clock/advance?ms=${ms}`, { method: "POST" });
      const response = await fetch(
        `${url}/contact/list-real-time-analysis-segments-v2/${first.instanceId}/${first.contactId}`,
        {
          method: "POST",
          headers: { "content-type": "application/json", authorization: authorizationFor() },
          body: JSON.stringify({ OutputType: "Redacted", SegmentTypes: [] }),
        },
      );
      expect(response.status).toBe(200);
      return (await response.json()) as { Status: string; Segments: Record<string, unknown>[] };
    };
    const before = await segmentsAt(Math.max(first.startMs - 1, 0));
    expect(before.Segments.length).toBeLessThanOrEqual(first.startMs === 0 ? 1 : 0);
    const after = await segmentsAt(120_000);
    expect(after.Status).toBe("COMPLETED");
    expect(after.Segments.some((s) => s["Transcript"] !== undefined)).toBe(true);
    expect(after.Segments.some((s) => s["Issues"] !== undefined)).toBe(true);
    expect(after.Segments.at(-1)).toHaveProperty("PostContactSummary");
    sendSignal("SIGTERM");
    expect(await run).toBe(0);

    for (const [spec, words] of [
      [
        "generate:contacts=1001",
        "--scenario generate:contacts=1001: contacts must be a whole number from 1 to 1000, got 1001",
      ],
      ["generate:duration=86401", "duration must be a whole number from 10 to 86400, got 86401"],
      ["generate:contacts=5,seeed=2", 'unknown key "seeed" (did you mean seed?)'],
    ] as const) {
      const refused = captureIo();
      expect(await runCli(["serve", "--scenario", spec], refused.io)).toBe(2);
      expect(refused.err[0]).toContain(words);
    }
  });

  it("plays a scenario file, and refuses one that is not valid", async () => {
    const good = join(dir, "good.json");
    await writeFile(
      good,
      JSON.stringify({
        contacts: [{ instanceId: "i-1", contactId: "c-1", timeline: [{ at: 0, event: { type: "x" } }] }],
      }),
    );
    const { io, out, firstLineSeen, sendSignal } = captureIo();
    const run = runCli(["serve", "--scenario", good, "--quiet"], io);
    await firstLineSeen;
    expect(out[1]).toBe("contact instanceId=i-1 contactId=c-1 durationMs=0 startMs=0");
    sendSignal("SIGINT");
    expect(await run).toBe(0);

    const bad = join(dir, "bad.json");
    await writeFile(bad, JSON.stringify({ contacts: [{ timeline: [{ at: "soon" }] }] }));
    const second = captureIo();
    expect(await runCli(["serve", "--scenario", bad], second.io)).toBe(1);
    expect(second.err[0]).toContain("contacts[0].timeline[0].at: expected a whole number of milliseconds");
    const missing = captureIo();
    expect(await runCli(["serve", "--scenario", join(dir, "none.json")], missing.io)).toBe(1);
    expect(missing.err[0]).toContain("ENOENT");
  });
});
