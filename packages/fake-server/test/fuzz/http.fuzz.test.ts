// Fuzzing the fake over real sockets: 10 000 requests (200 runs of 50) of every kind, hostile and broken ones
// included. Every answer must be a success or a well-formed AWS error, none a 500, none may hang, and the server
// must keep answering.
import { connect } from "node:net";
import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/index.js";
import { answerProblem, splitAnswers } from "./answers.js";
import { type FuzzRequest, fuzzRequest } from "./requests.js";
import { serveFuzzTarget } from "./target.js";

const RUNS = 200;
const PER_RUN = 50;
const CONNECTIONS = 8;
/** Far beyond any answer's time, even on a loaded machine: only a server that hangs reaches it. */
const HANG_MS = 15_000;

let server: RunningServer;

beforeAll(async () => {
  server = await serveFuzzTarget();
});
afterAll(() => server.close());

/** Sends the bytes on a fresh connection, ends its side, and resolves with everything that comes back. */
function exchange(bytes: Buffer): Promise<{ bytes: Buffer; hung: boolean }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(server.port, "127.0.0.1", () => socket.end(bytes));
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ bytes: Buffer.concat(chunks), hung: true });
    }, HANG_MS);
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ bytes: Buffer.concat(chunks), hung: false });
    });
  });
}

/** What is wrong with the server's handling of one request, or undefined. */
async function problemWith(request: FuzzRequest): Promise<string | undefined> {
  const { bytes, hung } = await exchange(request.bytes);
  if (hung) return "no answer and the connection stayed open";
  const { answers, problem } = splitAnswers(bytes, request.head);
  if (problem !== undefined) return problem;
  if (request.mustAnswer && answers.length === 0) return "the connection closed without an answer";
  for (const answer of answers) {
    const wrong = answerProblem(answer);
    if (wrong !== undefined) return wrong;
  }
  return undefined;
}

async function stillUp(): Promise<boolean> {
  const response = await fetch(`${server.url}/_fake/clock`);
  await response.text();
  return response.status === 200;
}

describe("the fake under fuzzed requests", () => {
  it(`answers ${RUNS * PER_RUN} requests well, without a 500 or a hang, and stays up`, {
    timeout: 180_000,
  }, async () => {
    let sent = 0;
    const details = await fc.check(
      fc.asyncProperty(fc.array(fuzzRequest, { minLength: PER_RUN, maxLength: PER_RUN }), async (requests) => {
        const problems: string[] = [];
        let next = 0;
        const worker = async () => {
          while (next < requests.length) {
            const request = requests[next++]!;
            const problem = await problemWith(request);
            if (problem !== undefined) {
              problems.push(`${problem}\n  request: ${JSON.stringify(request.bytes.toString("latin1", 0, 300))}`);
            }
          }
        };
        await Promise.all(Array.from({ length: CONNECTIONS }, worker));
        sent += requests.length;
        if (problems.length > 0) throw new Error(problems.join("\n"));
        if (!(await stillUp())) throw new Error("the server stopped answering");
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    // The problems name the requests; fast-check's own report of a batch of 50 raw requests would drown them.
    const failure = details.failed
      ? `seed ${details.seed}, run ${details.numRuns}: ${(details.errorInstance as Error).message.slice(0, 4000)}`
      : "";
    expect(failure).toBe("");
    expect(sent).toBeGreaterThanOrEqual(RUNS * PER_RUN);
  });
});
