// The minified browser bundle of a program that makes the one call, built with esbuild for this client and for
// AWS's SDK. A node built-in in our bundle fails the build: the browser entry must not reach node:http or crypto.
import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

export interface BundleFigures {
  name: string;
  bytes: number;
  gzipBytes: number;
  /** The largest inputs, for finding what to trim. */
  largest: Array<{ path: string; bytes: number }>;
  /** Bytes by where they come from: @smithy packages, @rtca/types, this package, and the rest. */
  byOrigin: Record<string, number>;
}

async function bundle(name: string, entry: string): Promise<BundleFigures> {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${name}`);
  return {
    name,
    bytes: output.contents.byteLength,
    gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength,
    largest: largestInputs(result.metafile),
    byOrigin: bytesByOrigin(result.metafile),
  };
}

function bytesByOrigin(metafile: Metafile): Record<string, number> {
  const totals: Record<string, number> = {};
  const output = Object.values(metafile.outputs)[0];
  for (const [path, input] of Object.entries(output?.inputs ?? {})) {
    const origin = path.includes("node_modules/@smithy/")
      ? "@smithy/*"
      : path.includes("node_modules/@aws-sdk/")
        ? "@aws-sdk/*"
        : path.startsWith("../types/")
          ? "@rtca/types"
          : path.startsWith("src/")
            ? "@rtca/client"
            : "other";
    totals[origin] = (totals[origin] ?? 0) + input.bytesInOutput;
  }
  return totals;
}

function largestInputs(metafile: Metafile): Array<{ path: string; bytes: number }> {
  const output = Object.values(metafile.outputs)[0];
  if (output === undefined) return [];
  return Object.entries(output.inputs)
    .map(([path, input]) => ({ path: path.replace(/^.*node_modules\//, ""), bytes: input.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);
}

export async function measureBundles(): Promise<{
  ours: BundleFigures;
  oursCommand: BundleFigures;
  aws: BundleFigures;
}> {
  return {
    ours: await bundle("ours", "./entries/ours.ts"),
    oursCommand: await bundle("ours, send(command)", "./entries/ours-command.ts"),
    aws: await bundle("aws", "./entries/aws.ts"),
  };
}
