// AWS's published models (conformance/aws-models): each loads with the bundled trait definitions and validates with
// nothing that blocks generation; the findings left are the ones Smithy reports for them, with Smithy's severities.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describeConformance } from "@rtca/conformance/vitest";
import { expect, it } from "vitest";
import { isBlocking } from "../../src/errors.js";
import { loadModelSync } from "../../src/loader.js";
import { validateModel } from "../../src/validate/validate.js";

/** Every model carries its endpoint rules and their tests, whose traits Smithy marks unstable. */
const ENDPOINT_RULES = {
  "WARNING UnstableTrait.smithy.rules#endpointRuleSet": 1,
  "WARNING UnstableTrait.smithy.rules#endpointTests": 1,
};

/** What Smithy reports for each model beyond the endpoint rules: event id and severity, with how many times. */
const EXPECTED: Record<string, Record<string, number>> = {
  "apigatewayv2-2018-11-29.json": { "WARNING EnumShape": 2 },
  "appsync-2017-07-25.json": { "WARNING DefaultValueInUpdate": 5, "WARNING EnumShape": 9 },
  "connect-2017-08-08.json": {
    "NOTE Union": 2,
    "WARNING DefaultTrait.Target.InvalidRange": 12,
    "WARNING DefaultValueInUpdate": 3,
    "WARNING EnumShape": 23,
    "WARNING PatternTrait": 3,
  },
  "lambda-2015-03-31.json": {
    "WARNING DefaultValueInUpdate": 1,
    "WARNING EnumShape": 138,
    "WARNING PatternTrait": 5,
  },
  "quicksight-2018-04-01.json": {
    "WARNING DefaultTrait.Target.InvalidRange": 1,
    "WARNING DefaultValueInUpdate": 3,
    "WARNING EnumShape": 5,
    "WARNING PatternTrait": 1,
  },
};

describeConformance("AWS's published models", (root) => {
  const dir = join(root, "aws-models");
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    it(`${name} loads and validates with nothing blocking`, () => {
      const model = loadModelSync([join(dir, name)]);
      const events = validateModel(model);
      expect(events.filter(isBlocking)).toEqual([]);
      const counts: Record<string, number> = {};
      for (const e of events) counts[`${e.severity} ${e.id}`] = (counts[`${e.severity} ${e.id}`] ?? 0) + 1;
      expect(counts).toEqual({ ...ENDPOINT_RULES, ...EXPECTED[name] });
    });
  }
});
