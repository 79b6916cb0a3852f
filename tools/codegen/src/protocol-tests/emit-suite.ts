// Emits the vitest suite of one service of a protocol test suite: one test per case and side, through the functions
// of a hand-written harness, with the case's params written as typed values of the generated code.
import type { NodeValue, ShapeIndex } from "@rtca/smithy";
import { methodName, sdkName } from "../emit/naming.js";
import { operationsOf } from "../http-bindings.js";
import type { ModelView } from "../model-view.js";
import { CodeWriter } from "../writer.js";
import type { ProtocolCase } from "./cases.js";
import { minimalExpression, valueExpression } from "./values.js";

/** A case the run does not apply, and why. */
export interface Skip {
  id: string;
  /** Only this side's case, when given. */
  side?: "client" | "server";
  reason: string;
}

export interface SuiteImports {
  /** The harness module. */
  harness: string;
  /** The server runtime (for its ServiceError). */
  serverRuntime: string;
}

/** The describe() under which each kind of case runs, by kind and side: the run's summary reads these names. */
export const GROUP_NAMES = {
  "client request": "client request",
  "client response": "client response",
  "server request": "server request",
  "server response": "server response",
  "server malformed": "server malformed request",
} as const;

export function emitSuite(
  view: ModelView,
  header: string,
  operations: readonly string[],
  cases: readonly ProtocolCase[],
  skips: readonly Skip[],
  imports: SuiteImports,
): string {
  const index = view.index;
  const service = view.serviceId.split("#")[1]!;
  const validation = operationsOf(view)
    .flatMap((o) => o.errors)
    .find((id) => id === "smithy.framework#ValidationException");
  const w = new CodeWriter();
  w.line(header);
  w.line('import { describe } from "vitest";');
  w.line(`import * as h from ${JSON.stringify(imports.harness)};`);
  w.line(`import { ServiceError } from ${JSON.stringify(imports.serverRuntime)};`);
  w.line('import * as client from "./client/client.js";');
  w.line('import * as server from "./server/server.js";');
  w.line('import * as types from "./types/index.js";');
  w.line();
  w.line("const { bytes } = h;");
  w.line("void bytes;");
  w.line();
  w.block(
    "const service: h.ServiceUnderTest = {",
    () => {
      w.line(`Client: client.${sdkName(view)}Client as never,`);
      w.line("exceptions: client as never,");
      w.line(`createHandler: server.create${service}Handler as never,`);
      w.line("types: types as never,");
      w.line(`operations: ${JSON.stringify(operations.map((id) => id.split("#")[1]!))},`);
      w.line("ServiceError: ServiceError as never,");
      if (validation) w.line(`validationError: ${JSON.stringify(view.nameOf(validation))},`);
    },
    "};",
  );

  w.line();
  w.block(
    `describe(${JSON.stringify(service)}, () => {`,
    () => {
      for (const [group, members] of groupCases(cases)) {
        w.block(
          `describe(${JSON.stringify(group)}, () => {`,
          () => {
            for (const c of members) emitCase(index, view, c, skips, w);
          },
          "});",
        );
      }
    },
    "});",
  );
  return w.toString();
}

function emitCase(index: ShapeIndex, view: ModelView, c: ProtocolCase, skips: readonly Skip[], w: CodeWriter): void {
  const skip = skipOf(skips, c);
  if (skip) {
    w.line(`h.skippedTest(${JSON.stringify(c.id)}, ${JSON.stringify(skip.reason)});`);
    return;
  }
  const op = index.expect(c.operationId);
  const input =
    op.type === "operation" && op.input && op.input.target !== "smithy.api#Unit" ? op.input.target : undefined;
  const output =
    op.type === "operation" && op.output && op.output.target !== "smithy.api#Unit" ? op.output.target : undefined;
  const params = (spec: { params?: Record<string, NodeValue> }, shape: string | undefined) =>
    shape ? valueExpression(index, shape, spec.params ?? {}) : "{}";
  const fields = [
    `id: ${JSON.stringify(c.id)}`,
    `operation: ${JSON.stringify(c.operation)}`,
    `method: ${JSON.stringify(methodName(c.operation))}`,
  ];
  const minimalInput = input ? minimalExpression(index, input) : "{}";
  switch (c.kind) {
    case "request": {
      const { params: _p, id: _i, ...request } = c.request;
      fields.push(`request: ${JSON.stringify(request)}`, `input: () => (${params(c.request, input)})`);
      w.line(`h.${c.side}RequestTest(service, { ${fields.join(", ")} });`);
      break;
    }
    case "response": {
      const { params: _p, id: _i, ...response } = c.response;
      const shape = c.error ?? output;
      fields.push(
        `response: ${JSON.stringify(response)}`,
        `input: () => (${minimalInput})`,
        `output: () => (${params(c.response, shape)})`,
      );
      if (c.error) fields.push(`error: ${JSON.stringify(view.nameOf(c.error))}`);
      w.line(`h.${c.side}ResponseTest(service, { ${fields.join(", ")} });`);
      break;
    }
    case "malformed": {
      const { id: _i, ...request } = c.request;
      fields.push(`request: ${JSON.stringify(request)}`, `response: ${JSON.stringify(c.response)}`);
      w.line(`h.malformedRequestTest(service, { ${fields.join(", ")} });`);
      break;
    }
  }
}

/** The suite of a service whose code could not be generated: each of its cases fails, saying why. */
export function emitFailedSuite(
  header: string,
  service: string,
  cases: readonly ProtocolCase[],
  skips: readonly Skip[],
  problem: string,
  harness: string,
): string {
  const w = new CodeWriter();
  w.line(header);
  w.line('import { describe } from "vitest";');
  w.line(`import * as h from ${JSON.stringify(harness)};`);
  w.line();
  w.block(
    `describe(${JSON.stringify(service)}, () => {`,
    () => {
      for (const [group, members] of groupCases(cases)) {
        w.block(
          `describe(${JSON.stringify(group)}, () => {`,
          () => {
            for (const c of members) {
              const skip = skipOf(skips, c);
              if (skip) w.line(`h.skippedTest(${JSON.stringify(c.id)}, ${JSON.stringify(skip.reason)});`);
              else w.line(`h.failedTest(${JSON.stringify(c.id)}, ${JSON.stringify(problem)});`);
            }
          },
          "});",
        );
      }
    },
    "});",
  );
  return w.toString();
}

function groupCases(cases: readonly ProtocolCase[]): Map<string, ProtocolCase[]> {
  const groups = new Map<string, ProtocolCase[]>();
  for (const c of cases) {
    const group = c.kind === "malformed" ? GROUP_NAMES["server malformed"] : GROUP_NAMES[`${c.side} ${c.kind}`];
    groups.set(group, [...(groups.get(group) ?? []), c]);
  }
  return groups;
}

function skipOf(skips: readonly Skip[], c: ProtocolCase): Skip | undefined {
  return skips.find((s) => s.id === c.id && (s.side === undefined || s.side === c.side));
}
