// The client emitter: $retryable from the @retryable trait, and a command per operation on a send-only base client.
import { loadModelFromSources, ShapeIndex } from "@rtca/smithy";
import { describe, expect, it } from "vitest";
import { emitClient } from "../src/emit/client.js";
import { ModelView } from "../src/model-view.js";

const MODEL = `$version: "2.0"
namespace example
service Svc { version: "1", operations: [Get, Put] }
@http(method: "GET", uri: "/get")
operation Get { input := {}, output := {}, errors: [Slow, Busy, Broken] }
@http(method: "PUT", uri: "/put")
operation Put { input := {}, output := {} }
@error("client") @retryable(throttling: true) @httpError(429) structure Slow { message: String }
@error("server") @retryable @httpError(503) structure Busy { message: String }
@error("client") @httpError(400) structure Broken { message: String }
`;

function emitted(): string {
  const { ast } = loadModelFromSources([{ file: "test.smithy", content: MODEL }]);
  return emitClient(new ModelView(new ShapeIndex(ast), "example#Svc"), "// header", {
    types: "./types.js",
    runtime: "./runtime.js",
  });
}

/** The body of one exported class of the emitted module. */
function classBody(source: string, name: string): string {
  const start = source.indexOf(`export class ${name} `);
  expect(start).toBeGreaterThanOrEqual(0);
  return source.slice(start, source.indexOf("\n}\n", start));
}

describe("emitClient", () => {
  it("gives $retryable to errors marked @retryable, as the trait says, and to no other", () => {
    const source = emitted();
    expect(classBody(source, "Slow")).toContain("override readonly $retryable = { throttling: true };");
    expect(classBody(source, "Busy")).toContain("override readonly $retryable = {};");
    expect(classBody(source, "Broken")).not.toContain("$retryable");
  });

  it("emits a command per operation, branded with the service, and a base client with send only", () => {
    const source = emitted();
    for (const op of ["Get", "Put"]) {
      expect(classBody(source, `${op}Command`)).toContain(`super(input, ${op}Spec);`);
    }
    const base = classBody(source, "SvcBaseClient");
    expect(base).toContain('command: Command<Input, Output, "Svc">');
    expect(base).not.toMatch(/GetSpec|PutSpec/);
    expect(classBody(source, "SvcClient")).toContain("extends SvcBaseClient");
  });
});
