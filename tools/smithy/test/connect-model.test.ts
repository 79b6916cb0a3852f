// The project's own model: it loads into the JSON AST checked by hand into test/fixtures/connect.ast.json (against
// model/connect.smithy and the shape list of FACTS.md), and the whole model/ directory validates without errors. The
// aws.* traits it uses come from the bundled trait definitions.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { SmithyAst } from "../src/ast.js";
import { formatEvent } from "../src/errors.js";
import { ShapeIndex } from "../src/index-shapes.js";
import { loadModel } from "../src/loader.js";
import { validateModel } from "../src/validate/validate.js";

const MODEL_DIR = fileURLToPath(new URL("../../../model/", import.meta.url));
const CONNECT_FILES = [`${MODEL_DIR}connect.smithy`];
const fixture = JSON.parse(readFileSync(new URL("./fixtures/connect.ast.json", import.meta.url), "utf8")) as SmithyAst;
const isConnectShape = (id: string) => id.startsWith("com.amazonaws.connect#");

describe("the Connect model", () => {
  it("loads into the checked JSON AST", async () => {
    const model = await loadModel(CONNECT_FILES);
    expect(model.events).toEqual([]);
    expect(model.ast).toEqual(fixture);
    expect(JSON.stringify(model.ast, null, 2)).toBe(JSON.stringify(fixture, null, 2));
  });

  it("is the same when loaded with the rest of model/, and model/ validates without errors", async () => {
    const model = await loadModel([MODEL_DIR]);
    const errors = validateModel(model).filter((e) => e.severity === "ERROR");
    expect(errors.map(formatEvent)).toEqual([]);
    const connect = Object.fromEntries(Object.entries(model.ast.shapes).filter(([id]) => isConnectShape(id)));
    expect(connect).toEqual(fixture.shapes);
  });

  it("has the service, operation and bindings that FACTS.md describes", () => {
    const index = new ShapeIndex(fixture);
    const service = index.expect("com.amazonaws.connect#AmazonConnectService");
    expect(service.type === "service" && service.version).toBe("2017-08-08");
    expect(service.traits).toMatchObject({
      "aws.protocols#restJson1": {},
      "aws.auth#sigv4": { name: "connect" },
      "aws.api#service": { sdkId: "Connect", endpointPrefix: "connect", arnNamespace: "connect" },
    });
    const op = index.expect("com.amazonaws.connect#ListRealtimeContactAnalysisSegmentsV2");
    expect(op.traits?.["smithy.api#http"]).toEqual({
      method: "POST",
      uri: "/contact/list-real-time-analysis-segments-v2/{InstanceId}/{ContactId}",
      code: 200,
    });
    expect(op.traits?.["smithy.api#paginated"]).toEqual({
      inputToken: "NextToken",
      outputToken: "NextToken",
      pageSize: "MaxResults",
    });
    const labels = index
      .members("com.amazonaws.connect#ListRealtimeContactAnalysisSegmentsV2Request")
      .filter((m) => m.traits?.["smithy.api#httpLabel"] !== undefined)
      .map((m) => m.name);
    expect(labels).toEqual(["InstanceId", "ContactId"]);
    const interval = index.members("com.amazonaws.connect#RealTimeContactAnalysisCharacterInterval");
    expect(interval.map((m) => [m.name, m.traits?.["smithy.api#required"], m.traits?.["smithy.api#default"]])).toEqual([
      ["BeginOffsetChar", {}, 0],
      ["EndOffsetChar", {}, 0],
    ]);
    expect(index.expect("com.amazonaws.connect#RealTimeContactAnalysisTimeInstant").traits).toMatchObject({
      "smithy.api#timestampFormat": "date-time",
    });
  });
});
