// The messages of Smithy's restJson1 event-stream suite (the `@eventStreamTests` of its OutputStream operation,
// read from the conformance folder), against the code this generator makes for that operation: each event the
// server writes carries the headers and payload of the suite's message, and the client reads the suite's bytes into
// the suite's event, or refuses them where the suite says a client must.
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describeConformance } from "@rtca/conformance/vitest";
import { loadModel, type NodeValue, ShapeIndex } from "@rtca/smithy";
import { EventStreamCodec } from "@smithy/eventstream-codec";
import { afterAll, beforeAll, expect, it } from "vitest";
import { eventStreamResponse } from "../../../packages/client/src/runtime/event-stream.js";
import { encodeMessage } from "../../../packages/fake-server/src/runtime/index.js";
import { renderTarget, writeTarget } from "../src/generate.js";
import { valueExpression } from "../src/protocol-tests/values.js";
import { collect } from "./support/bedrock-streams.js";

const NAMESPACE = "aws.protocoltests.restjson";
const OPERATION = `${NAMESPACE}#OutputStream`;
const SERVICE = `${NAMESPACE}#OutputStreamOnly`;
const codegenModules = fileURLToPath(new URL("../node_modules", import.meta.url));

interface SuiteEvent {
  type: "request" | "response";
  params?: Record<string, NodeValue>;
  headers?: Record<string, Record<string, NodeValue>>;
  bytes?: string;
}
interface SuiteCase {
  id: string;
  events?: SuiteEvent[];
  expectation?: { failure?: { errorId?: string } };
  appliesTo?: "client" | "server";
}
type Binding = { write(event: unknown): never; read: unknown; errors: Record<string, string>; union: string };

const codec = new EventStreamCodec(
  (bytes) => new TextDecoder().decode(bytes),
  (text) => new TextEncoder().encode(text),
);

type Message = ReturnType<typeof codec.decode>;

/** A message's headers and payload in a form that compares: values as plain JSON, the payload parsed when JSON. */
function comparable(message: Message) {
  const headers: Record<string, unknown> = {};
  for (const [name, h] of Object.entries(message.headers)) {
    const value = h.value as unknown;
    headers[name] = {
      type: h.type,
      value:
        value instanceof Uint8Array
          ? [...value]
          : value instanceof Date
            ? value.getTime()
            : typeof value === "object"
              ? Number((value as { valueOf(): number }).valueOf())
              : value,
    };
  }
  const text = new TextDecoder().decode(message.body);
  const json = headers[":content-type"] && JSON.stringify(headers[":content-type"]).includes("json");
  return { headers, body: json ? JSON.parse(text) : text };
}

describeConformance("event-stream messages against Smithy's restJson1 suite", (conformance) => {
  let scratch: string;
  let index: ShapeIndex;
  let binding: Binding;
  const cases: SuiteCase[] = [];

  beforeAll(async () => {
    const suite = join(conformance, "smithy/protocol-tests");
    const model = await loadModel([join(suite, "restJson1/event-stream.smithy"), join(suite, "shared-types.smithy")]);
    // A service of the one operation: the suite's own service also has operations that take event streams.
    const ast = structuredClone(model.ast) as { shapes: Record<string, unknown> };
    ast.shapes[SERVICE] = {
      type: "service",
      version: "1",
      operations: [{ target: OPERATION }],
      traits: { "aws.protocols#restJson1": {} },
    };
    index = new ShapeIndex(ast as never);
    const op = index.expect(OPERATION);
    cases.push(...((op.traits?.["smithy.test#eventStreamTests"] ?? []) as unknown as SuiteCase[]));
    scratch = await mkdtemp(join(tmpdir(), "rtca-event-stream-suite-"));
    await symlink(codegenModules, join(scratch, "node_modules"), "dir");
    await writeFile(join(scratch, "package.json"), '{ "type": "module" }\n');
    const files = await renderTarget(index, {
      service: SERVICE,
      out: scratch,
      modules: ["runtime", "shapes", "codecs", "validators", "protocol", "index"],
    });
    await writeTarget(join(scratch, "out"), files);
    const protocol = (await import(pathToFileURL(join(scratch, "out", "protocol.ts")).href)) as Record<string, unknown>;
    binding = protocol["EventStreamEvents"] as Binding;
  }, 60_000);

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  /** The suite's params of an event as the typed value the generated code takes. */
  const eventValue = (params: Record<string, NodeValue>): unknown => {
    const expression = valueExpression(index, `${NAMESPACE}#EventStream`, params);
    return new Function("bytes", `return ${expression};`)((text: string) => new TextEncoder().encode(text));
  };
  const suiteBytes = (event: SuiteEvent) => Uint8Array.from(Buffer.from(event.bytes!, "base64"));
  const messageEvents = (c: SuiteCase) => (c.events ?? []).filter((e) => e.type === "response" && e.bytes);

  it("has the suite's output event cases", () => {
    expect(cases.filter((c) => messageEvents(c).length > 0).length).toBeGreaterThanOrEqual(15);
  });

  it("writes each event as the suite's message: the same headers and payload", () => {
    let compared = 0;
    for (const c of cases.filter((c) => c.appliesTo !== "client" && !c.expectation?.failure)) {
      for (const event of messageEvents(c).filter((e) => e.params)) {
        const ours = codec.decode(encodeMessage(binding.write(eventValue(event.params!))));
        expect(comparable(ours), c.id).toEqual(comparable(codec.decode(suiteBytes(event))));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(15);
  });

  it("reads the suite's bytes into its events, and refuses those a client must refuse", async () => {
    const reader = eventStreamResponse("stream", binding as never);
    let checked = 0;
    for (const c of cases.filter((c) => c.appliesTo !== "server")) {
      const events = messageEvents(c);
      if (events.length === 0) continue;
      const body = new Uint8Array(events.flatMap((e) => [...suiteBytes(e)]));
      const stream = reader.open(body, {
        operation: "OutputStream",
        endpoint: "http://127.0.0.1",
        $metadata: { httpStatusCode: 200 },
        signal: undefined,
        exception: (code) => Object.assign(new Error(code), { name: code }) as never,
      });
      const failure = c.expectation?.failure;
      if (failure === undefined) {
        expect(await collect(stream), c.id).toEqual(events.map((e) => eventValue(e.params!)));
      } else {
        const expected = failure.errorId === undefined ? {} : { name: failure.errorId.split("#").pop() };
        await expect(collect(stream), c.id).rejects.toMatchObject(expected);
      }
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(15);
  });
});
