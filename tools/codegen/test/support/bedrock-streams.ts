// Bedrock Runtime from AWS's published model, generated with every module into a scratch directory, with its
// client and server loaded; and servers for the event-stream tests: the generated server on loopback, or one that
// answers with bytes given in advance.
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { runCli } from "../../src/cli.js";
import { type AwsModel, awsModels, generateArgs } from "./aws-models.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const codegenModules = fileURLToPath(new URL("../../node_modules", import.meta.url));

export const BEDROCK_SERVICE = "com.amazonaws.bedrockruntime#AmazonBedrockFrontendService";

export type Module = Record<string, unknown>;

/** A generated service's client and server modules, in a scratch directory. */
export interface GeneratedBedrock {
  dir: string;
  client: Module;
  server: Module;
  remove(): Promise<void>;
}

/** Generates Bedrock Runtime from the conformance folder's model and loads its client and server modules. */
export async function generateBedrock(conformance: string): Promise<GeneratedBedrock> {
  const model = awsModels(conformance).find((m) => m.service === BEDROCK_SERVICE);
  if (model === undefined) throw new Error(`no model of ${BEDROCK_SERVICE} in ${conformance}/aws-models`);
  return generateService(model);
}

/** Generates a model with every module into a scratch directory and loads its client and server modules. */
export async function generateService(model: AwsModel): Promise<GeneratedBedrock> {
  const scratch = await mkdtemp(join(tmpdir(), "rtca-streams-"));
  await symlink(codegenModules, join(scratch, "node_modules"), "dir");
  await writeFile(join(scratch, "package.json"), '{ "type": "module" }\n');
  const dir = join(scratch, model.name);
  await mkdir(dir);
  let stderr = "";
  const code = await runCli(generateArgs(model, dir), {
    cwd: root,
    stdout: () => {},
    stderr: (t: string) => (stderr += t),
  });
  if (code !== 0) throw new Error(`generating ${model.name} failed:\n${stderr}`);
  const load = async (file: string) => (await import(pathToFileURL(join(dir, file)).href)) as Module;
  return {
    dir,
    client: await load("client.ts"),
    server: await load("server.ts"),
    remove: () => rm(scratch, { recursive: true, force: true }),
  };
}

export interface Loopback {
  url: string;
  close(): Promise<void>;
}

/**
 * A server on 127.0.0.1 that answers every request with an event stream made of the given chunks, written one by
 * one (so that messages arrive split wherever the chunks split them).
 */
export async function cannedStreamServer(chunks: readonly Uint8Array[]): Promise<Loopback> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", async () => {
      res.writeHead(200, { "content-type": "application/vnd.amazon.eventstream", "x-amzn-requestid": "req-1" });
      for (const chunk of chunks) {
        res.write(chunk);
        await new Promise((resolve) => setImmediate(resolve));
      }
      res.end();
    });
  });
  return listen(server);
}

export async function listen(server: Server): Promise<Loopback> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Every event of a stream, in order. */
export async function collect<T>(events: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const event of events) out.push(event);
  return out;
}

/** The events read before the stream failed, and what it failed with. */
export async function collectUntilFailure<T>(events: AsyncIterable<T>): Promise<{ events: T[]; error: unknown }> {
  const out: T[] = [];
  try {
    for await (const event of events) out.push(event);
  } catch (error) {
    return { events: out, error };
  }
  throw new Error(`the stream ended without failing, after ${out.length} events`);
}
export type GeneratedService = GeneratedBedrock;
