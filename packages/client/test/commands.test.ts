// Commands and `send`, as AWS's SDK has them: the same request and output as the method, the call options, a
// command of another service refused by the typechecker, @retryable errors retried as their trait says, and a
// bundle that sends one command carrying no other operation.
import { AmazonConnectServiceMetadata } from "@rtca/types";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { GetClockCommand } from "../src/fake-control.js";
import {
  ConnectBaseClient,
  ListRealtimeContactAnalysisSegmentsV2Command,
  RequestAbortedError,
  ServiceException,
} from "../src/index.js";
import { type ClientConfig, type Command, type ErrorContext, ServiceClient } from "../src/runtime/index.js";
import { INPUT, TEST_CREDENTIALS, testClient } from "./support/clients.js";
import { ManualClock } from "./support/manual-clock.js";
import { type Reply, ScriptedHandler } from "./support/scripted-handler.js";

const PAGE: Reply = {
  status: 200,
  headers: { "x-amzn-requestid": "req-1" },
  body: { Channel: "CHAT", Status: "COMPLETED", Segments: [] },
};

describe("client.send(command)", () => {
  it("sends what the method sends and gives the same output", async () => {
    const handler = new ScriptedHandler([PAGE, PAGE]);
    const { client } = testClient(handler);
    const bySend = await client.send(new ListRealtimeContactAnalysisSegmentsV2Command(INPUT));
    const byMethod = await client.listRealtimeContactAnalysisSegmentsV2(INPUT);
    expect(bySend).toEqual(byMethod);
    expect(bySend.$metadata.requestId).toBe("req-1");
    const [sent, called] = handler.requests;
    expect(sent!.path).toBe(called!.path);
    expect(sent!.body).toBe(called!.body);
  });

  it("takes the call options: an aborted signal ends the call", async () => {
    const { client } = testClient(new ScriptedHandler([], PAGE));
    const abortSignal = AbortSignal.abort(new Error("stop"));
    await expect(
      client.send(new ListRealtimeContactAnalysisSegmentsV2Command(INPUT), { abortSignal }),
    ).rejects.toBeInstanceOf(RequestAbortedError);
  });

  it("works on the base client, which knows no operation of its own", async () => {
    const client = new ConnectBaseClient({
      region: "us-west-2",
      credentials: TEST_CREDENTIALS,
      requestHandler: new ScriptedHandler([PAGE]),
    });
    const output = await client.send(new ListRealtimeContactAnalysisSegmentsV2Command(INPUT));
    expect(output.Status).toBe("COMPLETED");
    expect("listRealtimeContactAnalysisSegmentsV2" in client).toBe(false);
  });

  it("refuses, at compile time, a command of another service", () => {
    const { client } = testClient(new ScriptedHandler([]));
    const send = () =>
      // @ts-expect-error: GetClock is an operation of the fake's control plane, not of Connect
      client.send(new GetClockCommand({}));
    expect(typeof send).toBe("function");
  });
});

describe("$retryable", () => {
  class BusyException extends ServiceException {
    override readonly $retryable = { throttling: true };
    constructor(context: ErrorContext) {
      super("BusyException", "client", context);
    }
  }
  class BusyServiceClient extends ServiceClient {
    constructor(config: ClientConfig) {
      super(config, {
        metadata: AmazonConnectServiceMetadata,
        errors: { BusyException: (value) => value as object },
        exceptions: { BusyException },
        baseException: ServiceException,
      });
    }
    send<Input, Output extends object>(command: Command<Input, Output, "Connect">) {
      return this.call(command.spec, command.input);
    }
  }

  it("a modelled error marked @retryable(throttling: true) is retried as throttling, whatever its status", async () => {
    const clock = new ManualClock(undefined, () => 1);
    const busy: Reply = { status: 400, headers: { "x-amzn-errortype": "BusyException" }, body: {} };
    const client = new BusyServiceClient({
      region: "us-west-2",
      credentials: TEST_CREDENTIALS,
      requestHandler: new ScriptedHandler([busy, PAGE]),
      clock,
    });
    const output = await client.send(new ListRealtimeContactAnalysisSegmentsV2Command(INPUT));
    expect(output.$metadata.attempts).toBe(2);
    // Throttling backoff starts from 500 ms (with random() = 1), not the 100 ms of other transient errors.
    expect(clock.sleeps).toEqual([500]);
  });

  it("an error without the trait carries no $retryable, as in AWS's SDK", async () => {
    const throttled: Reply = { status: 429, headers: { "x-amzn-errortype": "ThrottlingException" }, body: {} };
    const { client } = testClient(new ScriptedHandler([throttled]), { maxAttempts: 1 });
    const error = await client.listRealtimeContactAnalysisSegmentsV2(INPUT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceException);
    expect((error as ServiceException).$retryable).toBeUndefined();
  });
});

describe("bundling", () => {
  async function bundle(source: string): Promise<string> {
    const result = await build({
      stdin: { contents: source, resolveDir: new URL(".", import.meta.url).pathname, loader: "ts" },
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      minify: true,
      logLevel: "silent",
    });
    return result.outputFiles[0]!.text;
  }

  it("a program that sends one command bundles no other operation", async () => {
    const code = await bundle(`
      import { FakeControlBaseClient, GetClockCommand } from "../src/fake-control.js";
      const client = new FakeControlBaseClient({ endpoint: "http://127.0.0.1:1", region: "us-east-1" });
      console.log(await client.send(new GetClockCommand({})));
    `);
    expect(code).toContain('"GetClock"');
    for (const other of ["CreateInstance", "AppendSegments", "LoadScenario", "ListReceivedRequests"]) {
      expect(code).not.toContain(`"${other}"`);
    }
  });

  it("while the client with methods bundles every operation", async () => {
    const code = await bundle(`
      import { FakeControlClient } from "../src/fake-control.js";
      console.log(await new FakeControlClient({ endpoint: "http://127.0.0.1:1", region: "us-east-1" }).getClock({}));
    `);
    for (const name of ["GetClock", "CreateInstance", "AppendSegments"]) expect(code).toContain(`"${name}"`);
  });
});
