// AWS's published models in the conformance folder, each with the service it defines and what generating all of
// its code takes: every module, the client and server importing the types module beside them and the runtimes of
// this workspace's client and server packages.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MODULES } from "../../src/generate.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));

export interface AwsModel {
  /** The file name without `.json`, such as `connect-2017-08-08`. */
  name: string;
  file: string;
  service: string;
  /** How many shapes the file defines. */
  shapes: number;
}

/** The models of `aws-models/`, smallest file first, each with its one service shape. */
export function awsModels(conformanceRoot: string): AwsModel[] {
  const dir = join(conformanceRoot, "aws-models");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => {
      const file = join(dir, f);
      const text = readFileSync(file, "utf8");
      const shapes = (JSON.parse(text) as { shapes: Record<string, { type: string }> }).shapes;
      const services = Object.keys(shapes).filter((id) => shapes[id]!.type === "service");
      if (services.length !== 1) throw new Error(`${file} defines ${services.length} services, expected one`);
      const model = {
        name: f.slice(0, -".json".length),
        file,
        service: services[0]!,
        shapes: Object.keys(shapes).length,
      };
      return { model, size: text.length };
    })
    .sort((a, b) => a.size - b.size)
    .map(({ model }) => model);
}

/** The rtca-codegen arguments that generate every module of a model into `out`. */
export function generateArgs(model: AwsModel, out: string): string[] {
  return [
    "generate",
    "--model",
    model.file,
    "--service",
    model.service,
    "--out",
    out,
    "--modules",
    MODULES.join(","),
    "--import",
    "types=./index.js",
    "--import",
    `clientRuntime=${join(root, "packages/client/src/runtime/index.js")}`,
    "--import",
    `serverRuntime=${join(root, "packages/fake-server/src/runtime/index.js")}`,
  ];
}
