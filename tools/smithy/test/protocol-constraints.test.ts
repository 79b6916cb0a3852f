// Constraints a trait definition places on the shapes it is applied to: @traitValidators selectors, and protocols
// without inline document support.
import { describe, expect, it } from "vitest";
import { graded } from "./helpers.js";

const SERVICE =
  'service S {\n    version: "1"\n    operations: [Op]\n}\noperation Op {\n    input := {\n        doc: Document\n    }\n}\n';

describe("protocol constraints", () => {
  it("reports each shape a @traitValidators selector selects from where the trait is applied, under its event id", () => {
    const body = `@trait\n@traitValidators("Proto.NoDocs": { selector: "~> member :test(> document)", message: "no documents", severity: "DANGER" })\nstructure proto {}\n@proto\n${SERVICE}`;
    expect(graded(body)).toEqual([["Proto.NoDocs", "DANGER", "ex#OpInput$doc"]]);
  });

  it("refuses a service whose protocol has no inline document support when its closure holds a document", () => {
    const body = `@trait\n@protocolDefinition(noInlineDocumentSupport: true)\nstructure proto {}\n@proto\n${SERVICE}`;
    expect(graded(body)).toEqual([["NoInlineDocumentSupport", "ERROR", "ex#S"]]);
  });
});
