// A version of a model to compare: files on disk, or the model directory as a git revision holds it.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { isBlocking, type LoadedModel, loadModel, loadModelFromSources, validateModel } from "@rtca/smithy";

/** A model version that cannot be read: neither a path nor a revision, or a model that does not load. */
export class ModelVersionError extends Error {
  override readonly name = "ModelVersionError";
}

export interface ModelVersionOptions {
  /** Where relative paths and the git repository are found. */
  cwd: string;
  /** The model's directory (or file), relative to the repository's root, for git revisions; default `model`. */
  modelDir?: string;
}

/**
 * Loads `spec`: a path (file or directory) when one exists, otherwise a git revision (`main`, `HEAD~3`, a tag, a
 * commit) whose `modelDir` is read from git.
 */
export async function loadModelVersion(spec: string, options: ModelVersionOptions): Promise<LoadedModel> {
  const path = resolve(options.cwd, spec);
  const model = existsSync(path) ? await loadModel([path]) : loadRevision(spec, options);
  const blocking = validateModel(model, { allowUnknownTraits: true }).filter(isBlocking);
  if (blocking.length > 0) {
    throw new ModelVersionError(`${spec}: the model is not valid: ${blocking[0]!.message}`);
  }
  return model;
}

function git(args: string[], cwd: string): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024, stdio: "pipe" });
}

function loadRevision(revision: string, options: ModelVersionOptions): LoadedModel {
  const modelDir = options.modelDir ?? "model";
  let files: string[];
  let root: string;
  try {
    git(["rev-parse", "--verify", "--quiet", `${revision}^{commit}`], options.cwd);
    root = git(["rev-parse", "--show-toplevel"], options.cwd).trim();
    files = git(["ls-tree", "-r", "--name-only", revision, "--", modelDir], root)
      .split("\n")
      .filter((f) => /\.(smithy|json)$/.test(f));
  } catch {
    throw new ModelVersionError(`"${revision}" is neither a model file or directory nor a git revision`);
  }
  if (files.length === 0) throw new ModelVersionError(`${revision} has no model files under ${modelDir}`);
  const sources = files.map((file) => ({
    file: `${revision}:${file}`,
    content: git(["show", `${revision}:${file}`], root),
  }));
  return loadModelFromSources(sources);
}
