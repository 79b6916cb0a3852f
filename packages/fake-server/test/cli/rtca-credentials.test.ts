// The rtca command as installed (node_modules/.bin/rtca) finds credentials and region the way AWS's tools do: the
// profiles of a temporary HOME's ~/.aws/credentials and ~/.aws/config, chosen by --profile or AWS_PROFILE, the
// environment before them, and a fake that verifies every signature against the keys it knows. Instance metadata
// is turned off (AWS_EC2_METADATA_DISABLED), so nothing leaves this machine.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createFake,
  DEMO_CONTACT_ID,
  DEMO_INSTANCE_ID,
  type Fake,
  type RunningServer,
  serve,
} from "../../src/index.js";

const RTCA = fileURLToPath(new URL("../../node_modules/.bin/rtca", import.meta.url));
const KEYS = {
  default: { accessKeyId: "AKIDDEFAULTPROFILE", secretAccessKey: "default-profile-secret" },
  team: { accessKeyId: "AKIDTEAMPROFILE", secretAccessKey: "team-profile-secret" },
  env: { accessKeyId: "AKIDFROMENVIRONMENT", secretAccessKey: "environment-secret" },
};

let home: string;
let fake: Fake;
let server: RunningServer;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "rtca-home-"));
  mkdirSync(join(home, ".aws"));
  writeFileSync(
    join(home, ".aws", "credentials"),
    [
      "[default]",
      `aws_access_key_id = ${KEYS.default.accessKeyId}`,
      `aws_secret_access_key = ${KEYS.default.secretAccessKey}`,
      "",
      "[team]",
      `aws_access_key_id = ${KEYS.team.accessKeyId}`,
      `aws_secret_access_key = ${KEYS.team.secretAccessKey}`,
      "aws_session_token = team-session-token",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(home, ".aws", "config"),
    ["[default]", "region = eu-west-2", "", "[profile team]", "region = ap-southeast-2", ""].join("\n"),
  );
  fake = createFake({ throttle: false, auth: { mode: "verify", credentials: Object.values(KEYS) } });
  fake.loadScenario({ builtIn: "demo" });
  server = await serve(fake.handle);
});

afterAll(async () => {
  await server?.close();
  if (home !== undefined) rmSync(home, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stderr: string;
  /** Access key and region of the request the fake logged for this run, from its credential scope. */
  signedWith: { accessKeyId: string; region: string; sessionToken: boolean } | undefined;
}

/** Runs `rtca segments` against the fake with a clean environment: only HOME, PATH and what the test adds. */
function rtca(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const before = fake.requestLog.list().length;
  return new Promise((resolve, reject) => {
    const child = spawn(
      RTCA,
      [
        "segments",
        "--endpoint",
        server.url,
        "--instance",
        DEMO_INSTANCE_ID,
        "--contact",
        DEMO_CONTACT_ID,
        "--json",
        ...args,
      ],
      {
        env: {
          HOME: home,
          PATH: process.env["PATH"] ?? "",
          AWS_EC2_METADATA_DISABLED: "true",
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
          ...env,
        },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const request = fake.requestLog.list()[before];
      const scope = /Credential=([^/]+)\/\d{8}\/([^/]+)\/connect\//.exec(request?.Headers["authorization"] ?? "");
      resolve({
        code,
        stderr,
        signedWith:
          scope === null
            ? undefined
            : {
                accessKeyId: scope[1]!,
                region: scope[2]!,
                sessionToken: request?.Headers["x-amz-security-token"] !== undefined,
              },
      });
    });
  });
}

// Each test starts rtca as a process (through tsx) once or twice: on a busy machine that alone can outlast the
// usual guard against hangs.
describe("rtca credentials and region, as AWS's tools find them", { timeout: 90_000 }, () => {
  it("signs with the profile --profile names, in that profile's region, session token included", async () => {
    const run = await rtca(["--profile", "team"]);
    expect(run.code).toBe(0);
    expect(run.signedWith).toEqual({
      accessKeyId: KEYS.team.accessKeyId,
      region: "ap-southeast-2",
      sessionToken: true,
    });
  });

  it("takes the profile from AWS_PROFILE, and the default profile when asked by name", async () => {
    const fromEnv = await rtca([], { AWS_PROFILE: "team" });
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.signedWith).toMatchObject({ accessKeyId: KEYS.team.accessKeyId, region: "ap-southeast-2" });
    const byName = await rtca(["--profile", "default"]);
    expect(byName.code).toBe(0);
    expect(byName.signedWith).toEqual({
      accessKeyId: KEYS.default.accessKeyId,
      region: "eu-west-2",
      sessionToken: false,
    });
  });

  it("lets --region, then AWS_REGION, win over the profile's region", async () => {
    const flag = await rtca(["--profile", "team", "--region", "us-west-1"], { AWS_REGION: "ca-central-1" });
    expect(flag.signedWith).toMatchObject({ accessKeyId: KEYS.team.accessKeyId, region: "us-west-1" });
    const env = await rtca(["--profile", "team"], { AWS_REGION: "ca-central-1" });
    expect(env.signedWith).toMatchObject({ accessKeyId: KEYS.team.accessKeyId, region: "ca-central-1" });
  });

  it("takes keys from the environment when no profile is named; a named profile wins, as in AWS's SDK", async () => {
    const keys = { AWS_ACCESS_KEY_ID: KEYS.env.accessKeyId, AWS_SECRET_ACCESS_KEY: KEYS.env.secretAccessKey };
    const fromEnv = await rtca([], keys);
    expect(fromEnv.code).toBe(0);
    expect(fromEnv.signedWith).toMatchObject({ accessKeyId: KEYS.env.accessKeyId, region: "eu-west-2" });
    const named = await rtca([], { ...keys, AWS_PROFILE: "team" });
    expect(named.code).toBe(0);
    expect(named.signedWith).toMatchObject({ accessKeyId: KEYS.team.accessKeyId, region: "ap-southeast-2" });
  });

  it("exits 2, naming the profile, when the profile does not exist, and sends nothing", async () => {
    const run = await rtca(["--profile", "nobody"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'rtca: no credentials found for profile "nobody" in ~/.aws/credentials and ~/.aws/config',
    );
    expect(run.stderr).toContain("pass --profile NAME");
    expect(run.signedWith).toBeUndefined();
  });
});
