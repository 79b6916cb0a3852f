// A fake whose clock is hours away from the host's, over real HTTP: it refuses a request signed by the host's
// clock as AWS does, and both our client and AWS's own SDK correct their clock from its Date header and go on.
import {
  ConnectClient as AwsConnectClient,
  ListRealtimeContactAnalysisSegmentsV2Command,
} from "@aws-sdk/client-connect";
import { ConnectClient } from "@rtca/client";
import { afterAll, describe, expect, it } from "vitest";
import {
  createFake,
  DEMO_CONTACT_ID,
  DEMO_INSTANCE_ID,
  type Fake,
  type RunningServer,
  serve,
} from "../../src/index.js";

const credentials = { accessKeyId: "AKIDSKEW", secretAccessKey: "skew-secret-key" };
const input = {
  InstanceId: DEMO_INSTANCE_ID,
  ContactId: DEMO_CONTACT_ID,
  OutputType: "Redacted" as const,
  SegmentTypes: ["Transcript" as const],
};
const SKEW_MS = 3 * 3_600_000;

const running: RunningServer[] = [];
afterAll(async () => {
  for (const server of running.splice(0)) await server.close();
});

/** A fake that verifies signatures against a wall clock `SKEW_MS` ahead of the host's, playing the demo. */
async function skewedFake(): Promise<{ fake: Fake; url: string }> {
  const fake = createFake({
    throttle: false,
    auth: { mode: "verify", credentials: [credentials], wallClock: () => Date.now() + SKEW_MS },
  });
  fake.loadScenario({ builtIn: "demo" });
  const server = await serve(fake.handle);
  running.push(server);
  return { fake, url: server.url };
}

/** Status and error type of every Connect request the fake received, in order. */
function answers(fake: Fake): string[] {
  return fake.requestLog.list().map((r) => `${r.StatusCode}${r.ErrorType ? ` ${r.ErrorType}` : ""}`);
}

describe("a client whose clock is 3 hours behind the fake's", () => {
  it("answers the request signed by the host's clock 403 InvalidSignatureException, worded as AWS, with its Date", async () => {
    const { url } = await skewedFake();
    const debug: string[] = [];
    const logged = new ConnectClient({
      region: "us-east-1",
      endpoint: url,
      credentials,
      logger: { debug: (line: string) => debug.push(line), info() {}, warn() {}, error() {} },
    });
    try {
      // A request signed at a time long gone, as a machine with a stopped clock would sign it.
      const response = await fetch(`${url}/contact/list-real-time-analysis-segments-v2/i/c`, {
        method: "POST",
        headers: {
          authorization: `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/20200101/us-east-1/connect/aws4_request, SignedHeaders=host;x-amz-date, Signature=${"0".repeat(64)}`,
          "x-amz-date": "20200101T000000Z",
        },
        body: "{}",
      });
      expect(response.status).toBe(403);
      expect(response.headers.get("x-amzn-errortype")).toBe("InvalidSignatureException");
      const body = (await response.json()) as { message?: string; Message?: string };
      expect(body.message ?? body.Message).toMatch(
        /^Signature expired: 20200101T000000Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/,
      );
      const serverTime = Date.parse(response.headers.get("date")!);
      expect(Math.abs(serverTime - (Date.now() + SKEW_MS))).toBeLessThan(60_000);

      const page = await logged.listRealtimeContactAnalysisSegmentsV2(input);
      expect(page.$metadata.attempts).toBe(2);
      expect(debug.join("\n")).toMatch(/InvalidSignatureException.*retrying at once with the corrected clock/);
    } finally {
      logged.destroy();
    }
  });

  it("our client: the first call is refused, retried at once with the corrected clock, and every later call is signed right", async () => {
    const { fake, url } = await skewedFake();
    const client = new ConnectClient({ region: "us-east-1", endpoint: url, credentials, maxAttempts: 1 });
    try {
      const first = await client.listRealtimeContactAnalysisSegmentsV2(input);
      expect(first.$metadata.attempts).toBe(2);
      expect(first.$metadata.totalRetryDelay).toBe(0);
      // The Date header has whole seconds, so the learnt offset is the skew to within a second and the time taken.
      expect(Math.abs(client.config.systemClockOffset - SKEW_MS)).toBeLessThan(5_000);
      for (let i = 0; i < 3; i++) {
        const later = await client.listRealtimeContactAnalysisSegmentsV2(input);
        expect(later.$metadata.attempts).toBe(1);
      }
      expect(answers(fake)).toEqual(["403 InvalidSignatureException", "200", "200", "200", "200"]);
    } finally {
      client.destroy();
    }
  });

  it("our client: an offset carried over to a new client signs right from the first call", async () => {
    const { fake, url } = await skewedFake();
    const learner = new ConnectClient({ region: "us-east-1", endpoint: url, credentials });
    await learner.listRealtimeContactAnalysisSegmentsV2(input);
    learner.destroy();
    const client = new ConnectClient({
      region: "us-east-1",
      endpoint: url,
      credentials,
      systemClockOffset: learner.config.systemClockOffset,
    });
    try {
      expect((await client.listRealtimeContactAnalysisSegmentsV2(input)).$metadata.attempts).toBe(1);
      expect(answers(fake)).toEqual(["403 InvalidSignatureException", "200", "200"]);
    } finally {
      client.destroy();
    }
  });

  it("AWS's own SDK corrects its clock from the fake's answer too", async () => {
    const { fake, url } = await skewedFake();
    const client = new AwsConnectClient({ region: "us-east-1", endpoint: url, credentials });
    try {
      const first = await client.send(new ListRealtimeContactAnalysisSegmentsV2Command(input));
      expect(first.$metadata.attempts).toBe(2);
      const later = await client.send(new ListRealtimeContactAnalysisSegmentsV2Command(input));
      expect(later.$metadata.attempts).toBe(1);
      expect(answers(fake)).toEqual(["403 InvalidSignatureException", "200", "200"]);
    } finally {
      client.destroy();
    }
  });
});
