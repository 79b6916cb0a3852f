// `rtca watch` run in-process for what needs no server: its help, every bad option (exit 2, naming what is wrong)
// and the contact labels and colours of the live view.
import { describe, expect, it } from "vitest";
import { main } from "../src/cli/main.js";
import { createStyle } from "../src/cli/render/style.js";
import { contactLabels, WatchView } from "../src/cli/render/watch-view.js";

async function rtca(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}

const base = ["watch", "--endpoint", "http://127.0.0.1:1", "--instance", "i-1"];

describe("rtca watch usage", () => {
  it("explains itself in rtca help watch, and is listed in the top help", async () => {
    const help = await rtca(["help", "watch"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--contact ID[,ID...]");
    expect(help.stdout).toContain("--budget RATE/BURST");
    expect(help.stdout).toContain('"type":"completed"');
    expect((await rtca(["--help"])).stdout).toContain("rtca watch    --instance ID --contact ID,ID...");
  });

  it.each([
    [["--contact", "a"], "--budget", "2", "--budget must be RATE/BURST"],
    [["--contact", "a"], "--budget", "0/5", "--budget must be RATE/BURST"],
    [["--contact", "a"], "--budget", "2/0", "--budget must be RATE/BURST"],
    [["--contact", "a"], "--budget", "two/five", "--budget must be RATE/BURST"],
    [["--contact", "a"], "--redis", "http://127.0.0.1:6379", "is not a Redis URL such as redis://127.0.0.1:6379"],
    [["--contact", "a"], "--account", "000000000000", "--account is for --redis"],
    [["--contact", "a", "--redis", "redis://127.0.0.1:1"], "--account", "12345", "--account must be a 12-digit"],
    [["--contact", "a"], "--contact", "b,,c", "--contact takes contact IDs separated by commas"],
    [["--contact", "a"], "--page-size", "0", "--page-size must be a whole number from 1 to 100"],
  ])("exits 2 on %j %s %s, naming what is wrong", async (rest, option, value, message) => {
    const run = await rtca([...base, ...rest, option, value]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("see: rtca watch --help");
    expect(run.stdout).toBe("");
  });

  it("needs at least one contact and the instance", async () => {
    expect((await rtca(base)).stderr).toContain("--contact is required (one or more contact IDs)");
    expect((await rtca(["watch", "--contact", "a"])).stderr).toContain("--instance is required");
  });
});

describe("contact labels", () => {
  it("are the first 8 characters of each ID when those differ, padded to one width", () => {
    expect(contactLabels(["0123456789", "abc"])).toEqual(["01234567", "abc     "]);
  });

  it("are c1, c2, ... when the first 8 characters do not tell the contacts apart", () => {
    expect(contactLabels(["contact-1", "contact-2", "x"])).toEqual(["c1", "c2", "c3"]);
  });
});

describe("the live view", () => {
  const segment = {
    Transcript: {
      Id: "m1",
      ParticipantId: "p1",
      ParticipantRole: "AGENT",
      Content: "Hello\nthere",
      Time: { AbsoluteTime: new Date("2026-01-01T10:00:00Z") },
    },
  };

  it("gives each contact a colour of its own, and none without colour", () => {
    const coloured = new WatchView(createStyle(true), ["aaaaaaaa-1", "bbbbbbbb-2"]);
    expect(coloured.status("aaaaaaaa-1", "IN_PROGRESS", "CHAT")[0]).toMatch(/^\x1b\[36maaaaaaaa\x1b\[39m {2}/);
    expect(coloured.status("bbbbbbbb-2", "IN_PROGRESS", "CHAT")[0]).toMatch(/^\x1b\[35mbbbbbbbb\x1b\[39m {2}/);
    const plain = new WatchView(createStyle(false), ["aaaaaaaa-1"]);
    expect(plain.status("aaaaaaaa-1", "IN_PROGRESS", "CHAT")).toEqual(["aaaaaaaa  — IN_PROGRESS · CHAT"]);
  });

  it("labels every line of a multi-line message", () => {
    const view = new WatchView(createStyle(false), ["aaaaaaaa-1"]);
    const lines = view.segment("aaaaaaaa-1", segment);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.startsWith("aaaaaaaa  ")).toBe(true);
  });
});
