// Pact's mock server (pact-core 19) answers a request first and records that it matched afterwards, on a task of its
// own (pact-foundation/pact-core-mock-server#13). On a busy machine, Pact's check right after the client has its
// answer can then find a request that was answered "expected but not received". Before a test hands back to Pact it
// waits until the mock server has recorded every expected request. A request that never came still fails: after the
// wait Pact reports it as before.
import { getFfiLib } from "@pact-foundation/pact-core";

const SETTLE_LIMIT_MS = 5_000;
const SETTLE_STEP_MS = 10;

export async function mockServerSettled(port: number): Promise<void> {
  const ffi = getFfiLib("warn");
  const until = Date.now() + SETTLE_LIMIT_MS;
  while (!ffi.pactffiMockServerMatched(port) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_STEP_MS));
  }
}
