// Verifies a pact file against a fake served on loopback, with the provider states of state-handlers.ts.
import { Verifier } from "@pact-foundation/pact";
import { serve } from "../../src/http/node-server.js";
import { createFake } from "../../src/index.js";
import { authorizationFor } from "../support/http.js";
import { providerStates } from "./state-handlers.js";

/** An express middleware, as Pact's verifier proxy takes it (only what this filter uses). */
type RequestFilter = (
  req: { path: string; headers: Record<string, string | string[] | undefined> },
  res: unknown,
  next: () => void,
) => void;

/** Gives requests recorded without an Authorization header a well-formed one (signatures are not checked). */
const addAuthorization: RequestFilter = (req, _res, next) => {
  if (!req.path.startsWith("/_fake/") && req.headers.authorization === undefined) {
    req.headers.authorization = authorizationFor("AKIDPACTVERIFIER");
  }
  next();
};

export async function verifyPact(pactFile: string): Promise<string> {
  // Pact replays requests as fast as it can: throttling would only get in the way.
  const fake = createFake({ clock: { mode: "virtual" }, throttle: false });
  const server = await serve(fake.handle);
  try {
    const verifier = new Verifier({
      provider: "rtca-fake-server",
      providerBaseUrl: server.url,
      pactUrls: [pactFile],
      stateHandlers: providerStates(server.url),
      requestFilter: addAuthorization,
      logLevel: "warn",
    });
    return await verifier.verifyProvider();
  } finally {
    await server.close();
  }
}
