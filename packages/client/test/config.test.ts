// Client configuration: defaults, the environment, and a clear error for every bad value.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ControlUnauthorizedException, FakeControlClient } from "../src/fake-control.js";
import { ConfigurationError, ConnectClient, CredentialsError } from "../src/index.js";
import { INPUT, TEST_CREDENTIALS } from "./support/clients.js";
import { ScriptedHandler } from "./support/scripted-handler.js";
import { page } from "./support/wire.js";

afterEach(() => vi.unstubAllEnvs());

function clearAwsEnvironment() {
  for (const name of [
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
  ]) {
    vi.stubEnv(name, "");
  }
}

describe("client configuration", () => {
  it("defaults to the regional endpoint of the service", () => {
    const client = new ConnectClient({ region: "ap-southeast-2", credentials: TEST_CREDENTIALS });
    expect(client.config.endpoint.href).toBe("https://connect.ap-southeast-2.amazonaws.com/");
    expect(client.config.maxAttempts).toBe(3);
    client.destroy();
  });

  it("reads the region from AWS_REGION, then AWS_DEFAULT_REGION", () => {
    clearAwsEnvironment();
    vi.stubEnv("AWS_DEFAULT_REGION", "eu-west-1");
    expect(new ConnectClient({ requestHandler: new ScriptedHandler([]) }).config.region).toBe("eu-west-1");
    vi.stubEnv("AWS_REGION", "eu-west-2");
    expect(new ConnectClient({ requestHandler: new ScriptedHandler([]) }).config.region).toBe("eu-west-2");
  });

  it("refuses to build a signing client without a region, saying how to give one", () => {
    clearAwsEnvironment();
    const build = () => new ConnectClient({ endpoint: "http://127.0.0.1:1", requestHandler: new ScriptedHandler([]) });
    expect(build).toThrow(ConfigurationError);
    expect(build).toThrow(/region: missing: .*AWS_REGION/);
  });

  it.each([
    [{ region: "us east 1" }, /^region: "us east 1" is not a region name/],
    [{ region: "us-east-1", endpoint: "not a url" }, /^endpoint: "not a url" is not a URL/],
    [{ region: "us-east-1", endpoint: "ftp://x" }, /^endpoint: ftp:\/\/x\/? is not an http or https URL/],
    [{ region: "us-east-1", endpoint: "http://h/?q=1" }, /^endpoint: .* must not carry a query/],
    [{ region: "us-east-1", maxAttempts: 0 }, /^maxAttempts: expected a whole number of at least 1, got 0/],
    [{ region: "us-east-1", maxAttempts: 2.5 }, /^maxAttempts: /],
    [{ region: "us-east-1", timeoutMs: -1 }, /^timeoutMs: expected a number of milliseconds above 0/],
    [{ region: "us-east-1", timeoutMs: Number.POSITIVE_INFINITY }, /^timeoutMs: .* got Infinity$/],
    [{ region: "us-east-1", timeoutMs: "5" }, /^timeoutMs: .* got 5$/],
    [{ region: "us-east-1", retry: { baseDelayMs: Number.NaN } }, /^retry.baseDelayMs: /],
    [
      { region: "us-east-1", retry: { maxDelayMs: -1 } },
      /^retry.maxDelayMs: expected a number of milliseconds of at least 0, got -1$/,
    ],
    [{ region: "us-east-1", requestHandler: {} }, /^requestHandler: expected an object with a handle/],
  ])("refuses %j", (config, message) => {
    expect(() => new ConnectClient(config as never)).toThrow(message);
  });

  it("accepts an endpoint as a URL or as { url }", () => {
    const handler = new ScriptedHandler([]);
    expect(
      new ConnectClient({ region: "us-east-1", endpoint: new URL("http://127.0.0.1:8080"), requestHandler: handler })
        .config.endpoint.port,
    ).toBe("8080");
    expect(
      new ConnectClient({ region: "us-east-1", endpoint: { url: "http://localhost:9" }, requestHandler: handler })
        .config.endpoint.hostname,
    ).toBe("localhost");
  });

  it("needs an endpoint for a service AWS does not host, but no region when it signs nothing", () => {
    clearAwsEnvironment();
    expect(() => new FakeControlClient({ requestHandler: new ScriptedHandler([]) })).toThrow(/^endpoint: missing/);
    expect(
      new FakeControlClient({ endpoint: "http://127.0.0.1:1", requestHandler: new ScriptedHandler([]) }).config.region,
    ).toBeUndefined();
  });

  it("sends the fake control plane's token as a bearer token, from a string, an identity or a provider", async () => {
    const sent: (string | undefined)[] = [];
    const handler = new ScriptedHandler([], (request) => {
      sent.push(request.headers["authorization"]);
      return { status: 200, body: { Mode: "virtual", Now: "2026-01-01T00:00:00Z", Speed: 1 } };
    });
    const endpoint = "http://127.0.0.1:1";
    for (const token of ["s3cret", { token: "s3cret" }, async () => ({ token: "s3cret" }), undefined]) {
      await new FakeControlClient({ endpoint, requestHandler: handler, token }).getClock();
    }
    expect(sent).toEqual(["Bearer s3cret", "Bearer s3cret", "Bearer s3cret", undefined]);
    expect(() => new FakeControlClient({ endpoint, requestHandler: handler, token: "two words" })).toThrow(
      ConfigurationError,
    );
    await expect(
      new FakeControlClient({
        endpoint,
        requestHandler: handler,
        token: async () => {
          throw new Error("vault closed");
        },
      }).getClock(),
    ).rejects.toThrow(CredentialsError);
  });

  it("types the control plane's 401 as ControlUnauthorizedException", async () => {
    const handler = new ScriptedHandler([
      {
        status: 401,
        headers: { "x-amzn-errortype": "ControlUnauthorizedException" },
        body: { Message: "The control token is not valid" },
      },
    ]);
    const client = new FakeControlClient({ endpoint: "http://127.0.0.1:1", requestHandler: handler, token: "wrong" });
    await expect(client.reset()).rejects.toMatchObject({
      constructor: ControlUnauthorizedException,
      Message: "The control token is not valid",
    });
    expect(handler.requests).toHaveLength(1);
  });

  it("checks the per-call options", async () => {
    const client = new ConnectClient({
      region: "us-east-1",
      credentials: TEST_CREDENTIALS,
      requestHandler: new ScriptedHandler([]),
    });
    await expect(client.listRealtimeContactAnalysisSegmentsV2(INPUT, { timeoutMs: 0 })).rejects.toThrow(/^timeoutMs: /);
    await expect(client.listRealtimeContactAnalysisSegmentsV2(INPUT, { maxAttempts: -1 })).rejects.toThrow(
      /^maxAttempts: /,
    );
  });
});

describe("credentials", () => {
  it("come from the environment by default, session token included", async () => {
    clearAwsEnvironment();
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDENV");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "secret");
    vi.stubEnv("AWS_SESSION_TOKEN", "token");
    const handler = new ScriptedHandler([{ status: 200, body: page([]) }]);
    await new ConnectClient({ region: "us-east-1", requestHandler: handler }).listRealtimeContactAnalysisSegmentsV2(
      INPUT,
    );
    expect(handler.requests[0]!.headers["authorization"]).toContain("Credential=AKIDENV/");
    expect(handler.requests[0]!.headers["x-amz-security-token"]).toBe("token");
  });

  it("missing from the environment is a CredentialsError at call time that says what to set", async () => {
    clearAwsEnvironment();
    const handler = new ScriptedHandler([]);
    const client = new ConnectClient({ region: "us-east-1", requestHandler: handler });
    const error = await client.listRealtimeContactAnalysisSegmentsV2(INPUT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toMatch(/AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/);
    expect(handler.requests).toHaveLength(0);
  });

  it("a failing provider is a CredentialsError with the cause, and is asked again next time", async () => {
    let calls = 0;
    const provider = async () => {
      calls++;
      if (calls === 1) throw new Error("sso session expired");
      return TEST_CREDENTIALS;
    };
    const handler = new ScriptedHandler([{ status: 200, body: page([]) }]);
    const client = new ConnectClient({ region: "us-east-1", credentials: provider, requestHandler: handler });
    const error = await client.listRealtimeContactAnalysisSegmentsV2(INPUT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as Error).message).toBe("the credential provider failed: sso session expired");
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(calls).toBe(2);
  });

  it("refreshes provided credentials that are about to expire", async () => {
    let calls = 0;
    const provider = async () => {
      calls++;
      return { ...TEST_CREDENTIALS, expiration: new Date(Date.now() + 60_000) };
    };
    const handler = new ScriptedHandler([], { status: 200, body: page([]) });
    const client = new ConnectClient({ region: "us-east-1", credentials: provider, requestHandler: handler });
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(calls).toBe(2);
  });

  it("refuses credentials without a secret", async () => {
    expect(() => new ConnectClient({ region: "us-east-1", credentials: { accessKeyId: "A" } as never })).toThrow(
      /has no secretAccessKey/,
    );
  });
});
