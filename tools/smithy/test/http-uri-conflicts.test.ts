// HttpUriConflict: operations of one service that a single request could reach.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers.js";

function conflicts(operations: string): (string | undefined)[] {
  const names = [...operations.matchAll(/operation (\w+)/g)].map((m) => m[1]);
  const body = `service S {\n    version: "1"\n    operations: [${names.join(", ")}]\n}\n${operations}`;
  return findingsOf(body)
    .filter((e) => e.id === "HttpUriConflict")
    .map((e) => e.shapeId);
}

const op = (name: string, method: string, uri: string, extra = "") =>
  `${extra}@http(method: "${method}", uri: "${uri}")\noperation ${name} {${uri.includes("{id}") ? `\n    input := {\n        @required\n        @httpLabel\n        id: String\n    }\n` : ""}}\n`;

describe("HTTP uri conflicts", () => {
  it("refuses two operations with the same method and the same path, labels matching labels", () => {
    expect(conflicts(op("A", "POST", "/things/{id}") + op("B", "POST", "/things/{id}"))).toEqual(["ex#A", "ex#B"]);
  });

  it("accepts different methods, a literal beside a label, and different query literals", () => {
    expect(
      conflicts(
        op("A", "POST", "/things/{id}") +
          op("B", "PUT", "/things/{id}") +
          op("C", "POST", "/things/new") +
          op("D", "POST", "/x?mode=a") +
          op("E", "POST", "/x?mode=b"),
      ),
    ).toEqual([]);
  });

  it("tells operations apart by their @endpoint host prefixes", () => {
    expect(
      conflicts(
        op("A", "POST", "/x", '@endpoint(hostPrefix: "one.")\n') +
          op("B", "POST", "/x", '@endpoint(hostPrefix: "two.")\n'),
      ),
    ).toEqual([]);
  });
});
