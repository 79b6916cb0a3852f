// The fake every example's client talks to: the built-in demo chat, already finished, behind an in-process handler.
import { createFake, type Fake, inProcessHttpHandler } from "@rtca/fake-server";

const DEMO_LENGTH_MS = 60_000;
const LOCAL_CREDENTIALS = { accessKeyId: "AKIDEXAMPLES", secretAccessKey: "examples" };

let current: Fake | undefined;

/** A fresh fake for the next example: one example's requests never meet another's. */
export function startDemoFake(): Fake {
  const fake = createFake({ clock: { mode: "virtual", start: Date.UTC(2026, 0, 1) }, throttle: false });
  fake.loadScenario({ builtIn: "demo" });
  fake.clock.advance(DEMO_LENGTH_MS);
  current = fake;
  return fake;
}

/**
 * A client's configuration as the example wrote it, with the in-process fake as transport and local credentials
 * where the example left them to the environment. What the example chose itself is kept.
 */
export function pointedAtDemoFake<Config extends object>(config: Config | undefined): Config {
  if (current === undefined) throw new Error("startDemoFake() must run before an example builds a client");
  const given = (config ?? {}) as Config & { requestHandler?: unknown; credentials?: unknown };
  return {
    ...given,
    requestHandler: given.requestHandler ?? inProcessHttpHandler(current.handle),
    credentials: given.credentials ?? LOCAL_CREDENTIALS,
  };
}
