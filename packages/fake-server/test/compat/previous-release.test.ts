// N-1 compatibility: the 0.1.0 release, as it was packed from its tag (compat/0.1.0, written by
// scripts/pack-release.mjs), against this version, both ways, over loopback HTTP. Its tarballs are unpacked into a
// temporary project whose third-party dependencies are this workspace's own (the same @smithy packages).
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ConnectClient, type RealtimeContactAnalysisSegment } from "@rtca/client";
import { encodeRealtimeContactAnalysisSegment } from "@rtca/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFake, DEMO_CONTACT_ID, DEMO_INSTANCE_ID, type RunningServer, serve } from "../../src/index.js";
import { controlClient } from "../support/control.js";
import { START } from "../support/fake.js";
import { fetchSender } from "../support/http.js";

const RELEASE = fileURLToPath(new URL("../../../../compat/0.1.0/", import.meta.url));
const WORKSPACE_DEPENDENCIES = fileURLToPath(new URL("../../../client/node_modules/@smithy/", import.meta.url));
const NEW_KINDS = ["PostContactSummary", "ExtractedInformation"];
const credentials = { accessKeyId: "AKIDCOMPAT", secretAccessKey: "compat-secret-key" };
const demo = { InstanceId: DEMO_INSTANCE_ID, ContactId: DEMO_CONTACT_ID };

interface Page {
  Segments: Record<string, unknown>[];
  NextToken?: string;
}
interface AnyClient {
  listRealtimeContactAnalysisSegmentsV2(input: Record<string, unknown>): Promise<Page>;
  destroy(): void;
}

let project: string;
const servers: RunningServer[] = [];

/** Unpacks the released tarballs into node_modules of a temporary project, and links their dependencies. */
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "rtca-compat-0.1.0-"));
  for (const tarball of readdirSync(RELEASE).filter((f) => f.endsWith(".tgz"))) {
    const dir = join(project, "node_modules", "@rtca", tarball.replace(/-\d+\.\d+\.\d+\.tgz$/, ""));
    mkdirSync(dir, { recursive: true });
    execFileSync("tar", ["-xzf", join(RELEASE, tarball), "-C", dir, "--strip-components=1"]);
  }
  mkdirSync(join(project, "node_modules", "@smithy"));
  for (const name of readdirSync(WORKSPACE_DEPENDENCIES)) {
    symlinkSync(realpathSync(join(WORKSPACE_DEPENDENCIES, name)), join(project, "node_modules", "@smithy", name));
  }
});

afterAll(async () => {
  for (const server of servers.splice(0)) await server.close();
  rmSync(project, { recursive: true, force: true });
});

async function released<T>(name: string): Promise<T> {
  return (await import(pathToFileURL(join(project, "node_modules", "@rtca", name, "dist", "index.js")).href)) as T;
}

/** A fake on loopback playing the demo to its end, made by a release's createFake and serve. */
async function demoServer(fakeModule: { createFake: typeof createFake; serve: typeof serve }): Promise<string> {
  const fake = fakeModule.createFake({ clock: { mode: "virtual", start: START }, throttle: false });
  const server = await fakeModule.serve(fake.handle);
  servers.push(server);
  const control = controlClient(fetchSender(server.url));
  await control("LoadScenario", { BuiltIn: "demo" });
  await control("AdvanceClock", { Milliseconds: 60_000 });
  return server.url;
}

async function readAll(client: AnyClient, input: Record<string, unknown>): Promise<Record<string, unknown>[]> {
  const segments: Record<string, unknown>[] = [];
  let token: string | undefined;
  do {
    const page = await client.listRealtimeContactAnalysisSegmentsV2({
      ...demo,
      ...input,
      MaxResults: 4,
      NextToken: token,
    });
    segments.push(...page.Segments);
    token = page.NextToken;
  } while (token !== undefined);
  return segments;
}

describe("the 0.1.0 release and this one", () => {
  it("the 0.1.0 client reads this fake: the new kinds as $unknown, exactly as sent, nothing else lost", async () => {
    const url = await demoServer({ createFake, serve });
    const { ConnectClient: OldClient } = await released<{ ConnectClient: new (c: object) => AnyClient }>("client");
    const old = new OldClient({ endpoint: url, region: "us-east-1", credentials, maxAttempts: 1 });
    const current = new ConnectClient({ endpoint: url, region: "us-east-1", credentials, maxAttempts: 1 });
    try {
      // The 0.1.0 client checks SegmentTypes against the kinds it knows: it asks for every kind by asking for none.
      const input = { OutputType: "Redacted", SegmentTypes: [] };
      const before = await readAll(old, input);
      const now = (await readAll(
        current as unknown as AnyClient,
        input,
      )) as unknown as RealtimeContactAnalysisSegment[];
      expect(before).toHaveLength(now.length);
      expect(now.map((s) => Object.keys(s)[0]).filter((k) => NEW_KINDS.includes(k!))).toEqual(
        NEW_KINDS.slice().reverse(),
      );
      now.forEach((segment, i) => {
        const kind = Object.keys(segment)[0]!;
        if (NEW_KINDS.includes(kind)) {
          const wire = JSON.parse(JSON.stringify(encodeRealtimeContactAnalysisSegment(segment))) as Record<
            string,
            unknown
          >;
          expect(before[i]).toEqual({ $unknown: [kind, wire[kind]] });
        } else {
          expect(before[i]).toEqual(segment);
        }
      });
    } finally {
      old.destroy();
      current.destroy();
    }
  });

  it("this client reads the 0.1.0 fake, its summary (an extra kind there) as a PostContactSummary", async () => {
    const url = await demoServer(await released<{ createFake: typeof createFake; serve: typeof serve }>("fake-server"));
    const current = new ConnectClient({ endpoint: url, region: "us-east-1", credentials, maxAttempts: 1 });
    try {
      const everything = await readAll(current as unknown as AnyClient, { OutputType: "Raw", SegmentTypes: [] });
      expect(everything.length).toBeGreaterThan(10);
      expect(everything.every((s) => !("$unknown" in s))).toBe(true);
      const summary = await readAll(current as unknown as AnyClient, {
        OutputType: "Raw",
        SegmentTypes: ["PostContactSummary"],
      });
      expect(summary).toEqual([
        {
          PostContactSummary: {
            Content: "Customer was charged twice for one order; the agent refunded the duplicate payment.",
            Status: "COMPLETED",
          },
        },
      ]);
    } finally {
      current.destroy();
    }
  });
});
