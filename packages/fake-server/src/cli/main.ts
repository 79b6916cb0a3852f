// The rtca-fake command: serve the fake over HTTP, optionally playing a scenario, until a signal (or, with
// --exit-when-done, until the scenario's conversations are over and have been read).
import { readFile } from "node:fs/promises";
import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { createFake, type Fake } from "../fake.js";
import { serve } from "../http/node-server.js";
import { ERROR_TYPE_HEADER, ServiceError } from "../runtime/index.js";
import { BUILT_IN_SCENARIOS } from "../scenario/demo.js";
import type { LoadedContact, ScenarioSource } from "../scenario/load.js";
import { parseCommand, type ServeCommand, USAGE, UsageError } from "./options.js";

export interface CliIo {
  /** Writes one line to stdout. */
  stdout(line: string): void;
  /** Writes one line to stderr. */
  stderr(line: string): void;
  /** The environment, for RTCA_FAKE_CONTROL_TOKEN; none by default. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Calls the listener on SIGINT or SIGTERM; returns a function that stops listening. */
  onShutdownSignal(listener: (signal: string) => void): () => void;
}

/** Runs the command line; resolves with the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let command: ReturnType<typeof parseCommand>;
  try {
    command = parseCommand(argv, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`rtca-fake: ${error.message}`);
    io.stderr("Run rtca-fake --help for the options.");
    return 2;
  }
  if (command.kind === "help") {
    io.stdout(USAGE.trimEnd());
    return 0;
  }
  if (command.kind === "version") {
    io.stdout(`rtca-fake ${await packageVersion()}`);
    return 0;
  }
  return runServe(command, io);
}

async function packageVersion(): Promise<string> {
  // package.json sits two levels up from both src/cli/ and dist/cli/.
  const manifest = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as {
    version: string;
  };
  return manifest.version;
}

async function scenarioSource(name: string, command: ServeCommand): Promise<ScenarioSource> {
  if (command.centre !== undefined) return { generate: command.centre };
  if (Object.hasOwn(BUILT_IN_SCENARIOS, name)) return { builtIn: name };
  const text = await readFile(name, "utf8");
  try {
    return { document: JSON.parse(text) };
  } catch (error) {
    throw new Error(`${name} is not valid JSON: ${(error as Error).message}`);
  }
}

function logged(fake: Fake, io: CliIo): (request: HttpRequest) => Promise<HttpResponse> {
  return async (request) => {
    const started = performance.now();
    const response = await fake.handle(request);
    const errorType = response.headers[ERROR_TYPE_HEADER];
    const ms = (performance.now() - started).toFixed(1);
    io.stdout(
      `${new Date().toISOString()} ${request.method} ${request.path} ${response.statusCode}${errorType ? ` ${errorType}` : ""} ${ms}ms`,
    );
    return response;
  };
}

async function runServe(command: ServeCommand, io: CliIo): Promise<number> {
  const fake = createFake({
    clock: command.clock === "virtual" ? { mode: "virtual" } : { mode: "real", speed: command.speed },
    defaultPageSize: command.pageSize,
    throttle: command.throttle,
    accounts: command.accounts,
    auth: {
      mode: command.auth,
      credentials: command.credentials,
      allowUnsignedPayload: command.allowUnsignedPayload,
      grants: command.grants,
      ...(command.clockSkewMs === 0 ? {} : { wallClock: () => Date.now() + command.clockSkewMs }),
    },
    tokenTtlMs: command.tokenTtlSeconds * 1000,
    requestLogSize: command.requestLog.maxEntries,
    requestLogBytes: command.requestLog.maxBytes,
    requestLogBodyBytes: command.requestLog.maxBodyBytes,
    ...(command.controlToken === undefined ? {} : { controlToken: command.controlToken }),
    onInternalError: (error) =>
      io.stderr(
        `rtca-fake: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      ),
  });
  let loaded: LoadedContact[] = [];
  if (command.scenario !== undefined) {
    try {
      loaded = fake.loadScenario(await scenarioSource(command.scenario, command));
    } catch (error) {
      const message = error instanceof ServiceError ? String(error.data["Message"]) : (error as Error).message;
      io.stderr(`rtca-fake: cannot load scenario ${command.scenario}: ${message}`);
      return 1;
    }
  }
  let server: Awaited<ReturnType<typeof serve>>;
  try {
    server = await serve(command.quiet ? fake.handle : logged(fake, io), {
      host: command.host,
      port: command.port,
      headersTimeoutMs: command.headersTimeoutMs,
      requestTimeoutMs: command.requestTimeoutMs,
      keepAliveTimeoutMs: command.keepAliveTimeoutMs,
    });
  } catch (error) {
    io.stderr(`rtca-fake: cannot listen on ${command.host}:${command.port}: ${(error as Error).message}`);
    return 1;
  }
  io.stdout(server.url);
  for (const c of loaded)
    io.stdout(
      `contact instanceId=${c.instanceId} contactId=${c.contactId} durationMs=${c.durationMs} startMs=${c.startMs}`,
    );
  if (command.scenario !== undefined) {
    const clock =
      command.clock === "virtual"
        ? "a virtual clock (advance it with POST /_fake/clock/advance?ms=N)"
        : `a real clock at speed ${command.speed}`;
    io.stderr(`rtca-fake: playing scenario ${command.scenario} on ${clock}`);
  }

  return new Promise<number>((resolve) => {
    let watcher: NodeJS.Timeout | undefined;
    let finishedAt: number | undefined;
    let stopping = false;
    const stop = async (why: string) => {
      if (stopping) return;
      stopping = true;
      clearInterval(watcher);
      unsubscribe();
      io.stderr(`rtca-fake: ${why}; shutting down`);
      await server.close();
      resolve(0);
    };
    const unsubscribe = io.onShutdownSignal((signal) => void stop(`received ${signal}`));
    if (command.exitWhenDone) {
      watcher = setInterval(() => {
        if (fake.isDoneAndRead(loaded)) {
          void stop("the scenario is over and has been read");
          return;
        }
        const allFinished = loaded.every(
          (c) =>
            fake.contacts.describe(c.instanceId, c.contactId).pendingSegments === 0 &&
            fake.contacts.describe(c.instanceId, c.contactId).status !== "IN_PROGRESS",
        );
        if (!allFinished) return;
        finishedAt ??= Date.now();
        if (Date.now() - finishedAt >= command.exitGraceSeconds * 1000)
          void stop("the scenario is over (not every contact was read to its end)");
      }, 100);
    }
  });
}
