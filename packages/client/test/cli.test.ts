// The rtca CLI run as a process against a small node:http server: output, colour rules and exit codes.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { DEMO_SEGMENTS } from "./support/demo-conversation.js";
import { startServer, type TestServer } from "./support/http-server.js";
import { page } from "./support/wire.js";

const BIN = fileURLToPath(new URL("../bin/rtca.js", import.meta.url));
const ESCAPE = "\x1b[";
/** An empty home, so that no ~/.aws file of the machine running the tests is read. */
const HOME = mkdtempSync(join(tmpdir(), "rtca-cli-home-"));
afterAll(() => rmSync(HOME, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function rtca(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: {
        PATH: process.env["PATH"] ?? "",
        HOME,
        AWS_EC2_METADATA_DISABLED: "true",
        TZ: "UTC",
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
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

/** A contact whose conversation grows by two segments per request, then ends with the given status. */
async function conversationServer(finalStatus = "COMPLETED"): Promise<TestServer> {
  let requests = 0;
  return startServer((request, response, body) => {
    requests++;
    const input = JSON.parse(body) as { NextToken?: string };
    const offset = input.NextToken === undefined ? 0 : Number(input.NextToken);
    const available = Math.min(DEMO_SEGMENTS.length, requests * 2);
    const segments = DEMO_SEGMENTS.slice(offset, available);
    const finished = available === DEMO_SEGMENTS.length;
    const end = offset + segments.length;
    const reply = page(segments, {
      status: finished ? finalStatus : "IN_PROGRESS",
      ...(finished && end === DEMO_SEGMENTS.length ? {} : { nextToken: String(end) }),
    });
    expect(request.headers["authorization"]).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDLOCALRTCA\/\d{8}\/us-east-1\/connect\//,
    );
    response.writeHead(200, { "content-type": "application/json", "x-amzn-requestid": `req-${requests}` });
    response.end(JSON.stringify(reply));
  });
}

/**
 * A contact with a fixed set of segments that may still grow: in progress, or ended with more to come. It never
 * stops handing out a token, and its tokens differ on every answer, so the paginator alone would never end.
 */
async function inProgressServer(segmentCount: number, status = "IN_PROGRESS"): Promise<TestServer> {
  let requests = 0;
  return startServer((_request, response, body) => {
    requests++;
    const input = JSON.parse(body) as { NextToken?: string; MaxResults?: number };
    const offset = input.NextToken === undefined ? 0 : Number(input.NextToken.split(":")[0]);
    const segments = DEMO_SEGMENTS.slice(offset, Math.min(segmentCount, offset + (input.MaxResults ?? 4)));
    const reply = page(segments, { status, nextToken: `${offset + segments.length}:${requests}` });
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(reply));
  });
}

function errorServer(status: number, code: string, message: string): Promise<TestServer> {
  return startServer((_request, response) => {
    response.writeHead(status, {
      "content-type": "application/json",
      "x-amzn-errortype": code,
      "x-amzn-requestid": "req-e",
    });
    response.end(JSON.stringify({ Message: message }));
  });
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(server: Promise<TestServer>): Promise<string> {
  const started = await server;
  servers.push(started);
  return started.url;
}

const SUMMARY = { PostContactSummary: { Content: "Refunded a duplicate charge.", Status: "COMPLETED" } };

const contact = (url: string) => ["--endpoint", url, "--instance", "instance-1", "--contact", "contact-1"];
const fast = ["--poll-interval", "20", "--max-rps", "50"];

// Each test starts the CLI as a process (through tsx) a few times: on a busy machine that alone can take longer
// than the default timeout, which is about hangs, not speed.
const PROCESS_TESTS = { timeout: 90_000 };

describe("rtca follow", PROCESS_TESTS, () => {
  it("prints the conversation as it grows, with speakers, times, highlights and the end, and exits 0", async () => {
    const url = await serve(conversationServer());
    const run = await rtca(["follow", ...contact(url), ...fast]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain(ESCAPE);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toEqual([
      "10:00:00  — CUSTOMER Jane joined the chat",
      "10:00:01  AGENT Sam (positive): Hello, this is Sam. How can I help?",
      "10:00:05  CUSTOMER Jane (negative): I was charged twice for order 1234, card 4111 1111 1111 1111",
      "10:00:07  CUSTOMER Jane shared receipt.pdf (application/pdf, APPROVED)",
      "          ⚑ category refund-request in CUSTOMER Jane at 10:00:05: I was **charged twice** for order 1234, card 4111 1111 1111 1111",
      '          ! issue "charged twice" in CUSTOMER Jane at 10:00:05: I was **charged twice** for order 1234, card 4111 1111 1111 1111',
      "10:00:20  AGENT Sam: I have refunded the second charge.",
      '--:--:--  · a PostContactSummary segment, a kind this version of rtca does not know: {"Content":"Refunded a duplicate charge."}',
      "10:00:25  CUSTOMER Jane (positive): Thank you, that was quick!",
      "10:00:30  — CUSTOMER Jane left the chat",
      "— COMPLETED · CHAT · 10 segments",
    ]);
  });

  it("prints NDJSON with --json, each segment once, as the API sent it", async () => {
    const url = await serve(conversationServer());
    const run = await rtca(["follow", ...contact(url), ...fast, "--json"]);
    expect(run.code).toBe(0);
    const segments = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as unknown);
    expect(segments).toEqual(DEMO_SEGMENTS);
  });

  it("exits 5 when the contact's analysis fails", async () => {
    const url = await serve(conversationServer("FAILED"));
    const run = await rtca(["follow", ...contact(url), ...fast]);
    expect(run.code).toBe(5);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("— FAILED · CHAT · 10 segments");
  });

  it("prints a post-contact summary that arrives after the contact completed", async () => {
    let requests = 0;
    const url = await serve(
      startServer((_request, response, body) => {
        requests++;
        const input = JSON.parse(body) as { NextToken?: string };
        // Completed from the start; the summary comes on the fourth request, with the last page (no token).
        const summary = requests >= 4 && input.NextToken === "1";
        const segments = input.NextToken === undefined ? DEMO_SEGMENTS.slice(0, 1) : summary ? [SUMMARY] : [];
        const reply = page(segments, { status: "COMPLETED", ...(summary ? {} : { nextToken: "1" }) });
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify(reply));
      }),
    );
    const run = await rtca(["follow", ...contact(url), ...fast, "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const segments = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as unknown);
    expect(segments).toEqual([DEMO_SEGMENTS[0], SUMMARY]);
  });

  it("stops waiting for late segments after --grace-after-end, and says so", async () => {
    const url = await serve(inProgressServer(3, "COMPLETED"));
    const run = await rtca(["follow", ...contact(url), ...fast, "--grace-after-end", "100"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split("\n").slice(-2)).toEqual([
      "— COMPLETED · CHAT · 3 segments",
      "  stopped waiting for late segments (--grace-after-end): the service may still add some",
    ]);
    const bad = await rtca(["follow", ...contact(url), "--grace-after-end=-1"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--grace-after-end must be a whole number from 0 to 3600000");
  });

  it("colours only when asked to, and never with NO_COLOR", async () => {
    const url = await serve(conversationServer());
    const coloured = await rtca(["follow", ...contact(url), ...fast], { FORCE_COLOR: "1" });
    expect(coloured.stdout).toContain(`${ESCAPE}31m`); // the negative message, in red
    expect(coloured.stdout).not.toContain("(negative)");
    const plain = await rtca(["follow", ...contact(url), ...fast], { FORCE_COLOR: "1", NO_COLOR: "1" });
    expect(plain.stdout).not.toContain(ESCAPE);
  });
});

describe("rtca segments", PROCESS_TESTS, () => {
  it("prints every page read so far of a contact in progress, then stops", async () => {
    const url = await serve(inProgressServer(5));
    for (const pageSize of [[], ["--page-size", "2"], ["--page-size", "5"]]) {
      const run = await rtca(["segments", ...contact(url), ...pageSize, "--types", "transcript,Event"]);
      expect(run.code).toBe(0);
      const lines = run.stdout.trimEnd().split("\n");
      expect(lines[0]).toBe("10:00:00  — CUSTOMER Jane joined the chat");
      expect(lines.slice(-2)).toEqual([
        "— IN_PROGRESS · CHAT · 5 segments so far",
        "  the contact is still in progress: rtca follow --instance instance-1 --contact contact-1 prints the rest as it comes",
      ]);
    }
  });

  it("ends at the live edge of a completed contact whose service still offers a token, and says more may come", async () => {
    const url = await serve(inProgressServer(3, "COMPLETED"));
    const run = await rtca(["segments", ...contact(url), "--json"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(3);
    expect(run.stderr).toBe(
      "rtca: the analysis is COMPLETED but the service may still add segments (such as a post-contact summary): rtca follow --instance instance-1 --contact contact-1 waits for them\n",
    );
  });

  it("asks for redacted output unless --output raw is given", async () => {
    const asked: string[] = [];
    const url = await serve(
      startServer((_request, response, body) => {
        asked.push((JSON.parse(body) as { OutputType: string }).OutputType);
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify(page([], { status: "COMPLETED" })));
      }),
    );
    for (const output of [[], ["--output", "raw"], ["--output=REDACTED"]]) {
      expect((await rtca(["segments", ...contact(url), ...output])).code).toBe(0);
    }
    expect(asked).toEqual(["Redacted", "Raw", "Redacted"]);
    const help = await rtca(["segments", "--help"]);
    expect(help.stdout).toContain("The output is redacted (personal data such as card numbers masked as [PII]) unless");
  });

  it("prints a completed contact as NDJSON", async () => {
    const url = await serve(conversationServer());
    const run = await rtca(["segments", ...contact(url), "--json", "--output", "redacted"]);
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(DEMO_SEGMENTS);
  });

  it("says what to check when the contact does not exist, and exits 3", async () => {
    const url = await serve(errorServer(404, "ResourceNotFoundException", "Contact not found"));
    const run = await rtca(["segments", ...contact(url)]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "rtca: ResourceNotFoundException: Contact not found (request id req-e)\n  check --instance (the last part of the instance ARN) and --contact, and the region\n",
    );
  });

  it("suggests the other output type when the contact's policy did not produce this one", async () => {
    const url = await serve(errorServer(404, "OutputTypeNotFoundException", "Raw output not available"));
    const run = await rtca(["segments", ...contact(url), "--output", "raw"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("try --output redacted");
  });

  it("exits 4 when nothing listens at the endpoint, and says so", async () => {
    const closed = await startServer(() => {});
    const url = closed.url;
    await closed.close();
    const run = await rtca(["segments", ...contact(url), "--max-attempts", "1"]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(`could not reach ${url}`);
    expect(run.stderr).toContain(`is a server listening at ${url}?`);
  });
});

describe("rtca usage", PROCESS_TESTS, () => {
  it("prints help and exits 0", async () => {
    const run = await rtca(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("rtca follow   --instance ID --contact ID");
    expect(run.stdout).toContain("Exit codes:");
    const follow = await rtca(["follow", "--help"]);
    expect(follow.stdout).toContain("--poll-interval MS");
  });

  it("prints its version with --version and -v", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    for (const flag of ["--version", "-v"]) {
      expect(await rtca([flag])).toEqual({ code: 0, stdout: `rtca ${version}\n`, stderr: "" });
    }
  });

  it("exits 2 on a mistyped option, suggesting the right one", async () => {
    const run = await rtca(["follow", "--instanc", "i", "--contact", "c"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("rtca: unknown option --instanc (did you mean --instance?)\n  see: rtca follow --help\n");
  });

  it.each([
    [["--instance"], "--instance needs a value (ID)"],
    [["--instance", "--contact", "c"], "--instance needs a value (ID)"],
    [["--page-size", "-5"], "--page-size needs a value (N); write a negative one as --page-size=-5"],
    [["--instance", "a", "--instance", "b"], "--instance is given more than once"],
    [["--json=yes"], "--json takes no value"],
    [["--zzz"], "unknown option --zzz"],
    [["--output", "plain", "--instance", "i", "--contact", "c"], '--output must be raw or redacted, got "plain"'],
  ])("exits 2 on %j, naming what is wrong", async (args, message) => {
    const run = await rtca(["segments", ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`rtca: ${message}\n  see: rtca segments --help\n`);
  });

  it("exits 2 when a required option or the region is missing", async () => {
    const missing = await rtca(["segments", "--contact", "c"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--instance is required");
    const noRegion = await rtca(["segments", "--instance", "i", "--contact", "c"]);
    expect(noRegion.code).toBe(2);
    expect(noRegion.stderr).toContain("pass --region");
  });
});
