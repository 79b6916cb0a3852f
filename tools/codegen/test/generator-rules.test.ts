// The rules the generators follow for what AWS's published models use: names in use, patterns, protocols, event
// streams, defaults, idempotency tokens and Content-Type header members.
import { loadModelFromSources, ShapeIndex } from "@rtca/smithy";
import { describe, expect, it } from "vitest";
import { renderTarget } from "../src/generate.js";
import { ModelView } from "../src/model-view.js";
import { generatorPattern, patternFlags } from "../src/patterns.js";
import { RESERVED_NAMES, safeTypeName } from "../src/reserved-names.js";
import { idempotencyToken } from "./generated/kitchen-sink/runtime.js";

async function render(idl: string, options: { skipEventStreams?: boolean; modules?: string[] } = {}) {
  const { ast } = loadModelFromSources([
    { file: "test.smithy", content: `$version: "2.0"\nnamespace example\nuse aws.protocols#restJson1\n${idl}` },
  ]);
  const modules = (options.modules ?? ["shapes", "codecs", "protocol", "client"]) as never;
  const imports = { types: "./index.js", clientRuntime: "./client-runtime.js", serverRuntime: "./server-runtime.js" };
  const target = { service: "example#Svc", out: "/nowhere", modules, imports };
  return renderTarget(new ShapeIndex(ast), {
    ...target,
    ...(options.skipEventStreams ? { skipEventStreams: true } : {}),
  });
}

describe("the renaming rule", () => {
  it("renames names the runtime exports, the runtimes' imports, globals and reserved words, and nothing else", () => {
    expect(safeTypeName("Route")).toBe("Route_");
    expect(safeTypeName("DecodeError")).toBe("DecodeError_");
    expect(safeTypeName("ServiceException")).toBe("ServiceException_");
    expect(safeTypeName("Error")).toBe("Error_");
    expect(safeTypeName("default")).toBe("default_");
    expect(safeTypeName("Thing")).toBe("Thing");
    // Read from the runtime template itself, so that a new export is covered at once.
    expect(RESERVED_NAMES.has("matchRoute")).toBe(true);
  });

  it("keeps the model's name on the wire for a renamed error, and error members named like Error's own as name_", async () => {
    const files = await render(`
@restJson1
service Svc { version: "1", operations: [Op] }
@http(method: "POST", uri: "/op")
operation Op { input := { a: String }, errors: [ServiceException] }
@error("client") @httpError(400)
structure ServiceException { message: String, name: String }
structure Route { to: String }
`);
    const client = files.get("client.ts")!;
    expect(client).toContain("export class ServiceException_ extends SvcServiceException");
    expect(client).toContain('super("ServiceException", "client", context);');
    expect(client).toContain("ServiceException: ServiceException_,");
    expect(client).toContain('declare readonly message_?: types.ServiceException_["message"];');
    expect(client).toContain('declare readonly name_?: types.ServiceException_["name"];');
    expect(files.get("protocol.ts")).toContain('errors: ["ServiceException"]');
  });
});

describe("patterns", () => {
  it("compiles with the u flag when the pattern allows it, without it when only that works", () => {
    expect(patternFlags("^\\p{L}+$", "x")).toBe("u");
    expect(patternFlags("^[A-Za-z0-9_\\-\\ ]+$", "x")).toBe("");
    expect(() => patternFlags("^[a-", "example#S$m")).toThrow(/example#S\$m: @pattern "\^\[a-" is not a regular/);
  });

  it("gives fast-check the pattern without its lookarounds, or nothing when it cannot be generated from", () => {
    expect(generatorPattern("^[a-z]+$")).toBe("^[a-z]+$");
    expect(generatorPattern("^(?!aws:)[a-z:]+$")).toBe("^[a-z:]+$");
    expect(generatorPattern("^[0-9A-Za-z.]*(?<!\\.)$")).toBe("^[0-9A-Za-z.]*$");
    expect(generatorPattern("^[^\\u0000-\\u00FF]$")).toBeUndefined();
    expect(generatorPattern("^(a)\\1$")).toBeUndefined();
  });
});

describe("services the generators do not serve", () => {
  it("refuses a service that is not restJson1, naming its protocol and the supported one", async () => {
    await expect(
      render(`
@trait(selector: "service") @protocolDefinition
structure awsJson1_1 {}
@awsJson1_1
service Svc { version: "1" }
`),
    ).rejects.toThrow("example#Svc speaks example#awsJson1_1; the generators support aws.protocols#restJson1 only");
    await expect(render(`service Svc { version: "1" }`)).rejects.toThrow(/declares no protocol/);
  });

  const streaming = `
@restJson1
service Svc { version: "1", operations: [Talk, Listen, Ping] }
@http(method: "POST", uri: "/talk")
operation Talk { input := { @httpPayload stream: Events }, output := { } }
@http(method: "POST", uri: "/listen")
operation Listen { input := { }, output := { @httpPayload stream: Events } }
@http(method: "POST", uri: "/ping")
operation Ping { input := { }, output := { } }
@streaming
union Events { said: Said }
structure Said { text: String }
`;

  it("generates an operation that takes an event stream, or leaves every streaming operation out when asked", async () => {
    const all = await render(streaming);
    expect(all.get("protocol.ts")).toContain('requestEventStream: { member: "stream", events: EventsEvents }');
    expect(all.get("protocol.ts")).toContain("binaryRequest: true");
    expect(all.get("client.ts")).toContain('requestEvents: eventStreamRequest("stream", types.EventsEvents),');
    expect(all.get("client.ts")).toContain("extends StreamingServiceClient");
    const files = await render(streaming, { skipEventStreams: true });
    expect(files.get("protocol.ts")).toContain("PingOperation");
    expect(files.get("protocol.ts")).not.toContain("TalkOperation");
    expect(files.get("protocol.ts")).not.toContain("ListenOperation");
  });

  it("generates an operation that answers with an event stream: its member is an AsyncIterable of the events", async () => {
    const files = await render(streaming.replace("operations: [Talk, Listen, Ping]", "operations: [Listen, Ping]"));
    expect(files.get("shapes.ts")).toMatch(/stream\?: AsyncIterable<Events>;/);
    expect(files.get("protocol.ts")).toContain('responseEventStream: { member: "stream", events: EventsEvents }');
    expect(files.get("protocol.ts")).toContain(
      'return rt.eventMessage("said", headers, rt.jsonBytes(body), "application/json");',
    );
  });
});

describe("what the wire carries", () => {
  const model = `
@restJson1
service Svc { version: "1", operations: [Put] }
@idempotent @http(method: "PUT", uri: "/put")
operation Put {
  input := {
    @idempotencyToken token: String
    size: Integer = 3
    @required @httpHeader("Content-Type") contentType: String
    @httpPayload body: String
  }
}
`;

  it("makes @default members optional for callers and sends the default when they are left out", async () => {
    const files = await render(model.replace("@httpPayload body: String", "body: String"));
    expect(files.get("shapes.ts")).toMatch(/size\?: number;/);
    expect(files.get("codecs.ts")).toContain('else out["size"] = 3;');
  });

  it("fills a missing @idempotencyToken with a UUID v4 and lets a Content-Type header member win", async () => {
    const protocol = (await render(model)).get("protocol.ts")!;
    expect(protocol).toContain("if (input.token === undefined) input = { ...input, token: rt.idempotencyToken() };");
    expect(protocol).toContain('if (headers["content-type"] === undefined) headers["content-type"] = "text/plain";');
    const tokens = new Set(Array.from({ length: 50 }, idempotencyToken));
    expect(tokens.size).toBe(50);
    for (const t of tokens) expect(t).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe("ModelView recursion", () => {
  it("finds shapes that contain themselves, directly or through others", async () => {
    const { ast } = loadModelFromSources([
      {
        file: "t.smithy",
        content: `$version: "2.0"
namespace example
service Svc { version: "1", operations: [Op] }
operation Op { input := { a: A, l: Leaf, s: Self } }
structure A { b: B }
structure B { a: A, leaf: Leaf }
structure Leaf { x: String }
structure Self { next: Self }
`,
      },
    ]);
    const v = new ModelView(new ShapeIndex(ast), "example#Svc");
    expect(["A", "B", "Leaf", "Self"].map((n) => v.isRecursive(`example#${n}`))).toEqual([true, true, false, true]);
    expect(v.leadsBack("example#A", "example#B")).toBe(true);
    expect(v.leadsBack("example#Leaf", "example#B")).toBe(false);
  });
});
