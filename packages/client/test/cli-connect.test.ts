// The client the CLI builds: region and credentials from AWS's default chain and the shared files of a temporary
// HOME, and placeholders for a fake on this machine when nothing was chosen. No request is sent.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createConnectClient } from "../src/cli/connect.js";
import type { ConnectionSettings } from "../src/cli/options.js";

const saved = { ...process.env };
let home: string;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), "rtca-connect-home-"));
  mkdirSync(join(home, ".aws"));
  writeFileSync(
    join(home, ".aws", "credentials"),
    "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = default-secret\n",
  );
  writeFileSync(join(home, ".aws", "config"), "[default]\nregion = eu-west-2\n");
  for (const name of Object.keys(process.env)) if (name.startsWith("AWS_")) delete process.env[name];
  process.env["HOME"] = home;
  process.env["AWS_EC2_METADATA_DISABLED"] = "true";
});

afterAll(() => {
  process.env = saved;
  rmSync(home, { recursive: true, force: true });
});

const settings = (endpoint: string | undefined): ConnectionSettings => ({
  endpoint,
  region: undefined,
  profile: undefined,
  timeoutMs: 1000,
  maxAttempts: 1,
});

describe("the CLI's client", () => {
  it("takes the default profile's keys and region when nothing is named, for AWS's endpoint", async () => {
    const client = await createConnectClient(settings(undefined), {});
    try {
      expect(client.config.region).toBe("eu-west-2");
      expect(client.config.endpoint.href).toBe("https://connect.eu-west-2.amazonaws.com/");
      expect((await client.config.credentials()).accessKeyId).toBe("AKIDDEFAULT");
    } finally {
      client.destroy();
    }
  });

  it("uses placeholders for a fake on this machine unless keys or a profile are given", async () => {
    const local = await createConnectClient(settings("http://127.0.0.1:4566"), {});
    const named = await createConnectClient({ ...settings("http://127.0.0.1:4566"), profile: "default" }, {});
    try {
      // The default profile's region still applies: only the credentials are placeholders.
      expect(local.config.region).toBe("eu-west-2");
      expect((await local.config.credentials()).accessKeyId).toBe("AKIDLOCALRTCA");
      expect((await named.config.credentials()).accessKeyId).toBe("AKIDDEFAULT");
    } finally {
      local.destroy();
      named.destroy();
    }
  });
});
