// Runs publint (strict) and arethetypeswrong on a packed tarball and returns what they found.
import { checkPackage, createPackageFromTarballData, type Problem, type ResolutionKind } from "@arethetypeswrong/core";
import { getResolutionKinds } from "@arethetypeswrong/core/utils";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { type Packed, tarballBytes } from "./pack.js";

export async function publintProblems(packed: Packed): Promise<string[]> {
  const bytes = tarballBytes(packed);
  const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const { messages, pkg } = await publint({ pack: { tarball }, strict: true, level: "suggestion" });
  return messages.map((message) => `publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
}

/**
 * Resolution modes the packages are not made for: node10 (`moduleResolution: node`) cannot read `exports` at all,
 * so ESM-only packages are invisible to it whatever they do. This is attw's node16 profile.
 */
const IGNORED: ReadonlySet<ResolutionKind> = new Set(["node10"]);

function resolutionKinds(problem: Problem): ResolutionKind[] {
  if ("resolutionKind" in problem) return [problem.resolutionKind];
  if ("resolutionOption" in problem) return getResolutionKinds(problem.resolutionOption);
  return [];
}

export interface TypesReport {
  problems: string[];
  /** Entry points that CommonJS reaches only through require(esm) (Node >= 20.19), which the install check runs. */
  requireEsm: string[];
}

export async function typesProblems(packed: Packed): Promise<TypesReport> {
  const result = await checkPackage(createPackageFromTarballData(tarballBytes(packed)), {
    excludeEntrypoints: [/\.json$/],
  });
  if (!result.types) return { problems: ["arethetypeswrong: the package has no types"], requireEsm: [] };
  const problems: string[] = [];
  const requireEsm: string[] = [];
  for (const problem of result.problems) {
    const kinds = resolutionKinds(problem);
    if (kinds.length > 0 && kinds.every((kind) => IGNORED.has(kind))) continue;
    if (problem.kind === "CJSResolvesToESM") {
      requireEsm.push(problem.entrypoint);
      continue;
    }
    problems.push(`arethetypeswrong ${problem.kind}: ${JSON.stringify(problem)}`);
  }
  return { problems, requireEsm };
}
