// Resources: lifecycle traits, cycles, identifiers shared with parents, and single bindings in a service closure.
import { describe, expect, it } from "vitest";
import { findingsOf } from "./helpers.js";

function eventsOf(body: string, ids: string[]): [string, string | undefined][] {
  return findingsOf(body)
    .filter((e) => ids.includes(e.id))
    .map((e) => [e.id, e.shapeId]);
}

describe("resources", () => {
  it("refuses lifecycle operations without the traits of their role", () => {
    const body =
      "resource R {\n    read: Get\n    put: Put\n    create: Make\n}\noperation Get {}\n@readonly\noperation Put {}\n@readonly\noperation Make {}";
    expect(eventsOf(body, ["ResourceLifecycle"])).toEqual([
      ["ResourceLifecycle", "ex#R"],
      ["ResourceLifecycle", "ex#R"],
      ["ResourceLifecycle", "ex#R"],
      ["ResourceLifecycle", "ex#R"],
    ]);
    expect(eventsOf("resource R {\n    read: Get\n}\n@readonly\noperation Get {}", ["ResourceLifecycle"])).toEqual([]);
  });

  it("refuses resources that contain themselves, on each resource of the cycle", () => {
    expect(
      eventsOf("resource A {\n    resources: [B]\n}\nresource B {\n    resources: [A]\n}", ["ResourceCycle"]),
    ).toEqual([
      ["ResourceCycle", "ex#A"],
      ["ResourceCycle", "ex#B"],
    ]);
  });

  it("refuses a child without its parent's identifiers or with other targets, and identifiers that are properties", () => {
    const body =
      "resource P {\n    identifiers: { a: String, b: String }\n    resources: [C1, C2]\n}\nresource C1 {\n    identifiers: { a: String }\n}\nresource C2 {\n    identifiers: { a: String, b: Other }\n}\nstring Other\nresource Q {\n    identifiers: { id: String }\n    properties: { ID: String }\n}";
    expect(eventsOf(body, ["ResourceIdentifier"])).toEqual([
      ["ResourceIdentifier", "ex#C1"],
      ["ResourceIdentifier", "ex#C2"],
      ["ResourceIdentifier", "ex#Q"],
    ]);
  });

  it("refuses operations and resources bound into one service closure from two places", () => {
    const body =
      'service S {\n    version: "1"\n    operations: [Op]\n    resources: [R, Child]\n}\nresource R {\n    operations: [Op]\n    resources: [Child]\n}\nresource Child {}\noperation Op {}';
    expect(eventsOf(body, ["SingleOperationBinding", "SingleResourceBinding"])).toEqual([
      ["SingleResourceBinding", "ex#Child"],
      ["SingleOperationBinding", "ex#Op"],
    ]);
  });
});
