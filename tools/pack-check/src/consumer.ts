// Installs the tarballs with npm into an empty project and uses them there as a user would: imports and
// require()s every entry point, typechecks a program under nodenext and bundler resolution and runs it, runs the
// bins from node_modules/.bin (rtca watch --redis with and without its optional peer), and reads the fake's demo
// contact with the installed client.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { consumerManifest, consumerProgram, requireScript, TINY_MODEL, tsconfig } from "./consumer-files.js";
import { type InstallFootprint, measureInstall } from "./footprint.js";
import { checkOptionalPeer } from "./optional-peer.js";
import { entryPoints, type Packed } from "./pack.js";
import { run } from "./run.js";

const require = createRequire(import.meta.url);
const TSC = require.resolve("typescript/bin/tsc");
/** The folder holding @types/node, so the consumer typechecks against Node's types without installing them. */
const TYPE_ROOT = dirname(dirname(require.resolve("@types/node/package.json")));
const FAKE_START_MS = 120_000;

export interface ConsumerReport {
  footprint: InstallFootprint;
  log: string[];
}

function node(args: string[], cwd: string) {
  return run(process.execPath, args, { cwd });
}

export async function checkConsumer(packed: readonly Packed[], dir: string): Promise<ConsumerReport> {
  const log: string[] = [];
  let since = performance.now();
  const took = () => {
    const text = `${((performance.now() - since) / 1000).toFixed(1)} s`;
    since = performance.now();
    return text;
  };
  const entries = packed.flatMap((p) => entryPoints(p.manifest));
  const types = packed.find((p) => p.name === "@rtca/types");
  const fastCheck = (types?.manifest.peerDependencies as Record<string, string> | undefined)?.["fast-check"];
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), consumerManifest(packed, fastCheck ? { "fast-check": fastCheck } : {}));
  const npmInstall = [
    "install",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
    "--no-package-lock",
    "--loglevel=error",
  ];
  await run("npm", npmInstall, { cwd: dir });
  const footprint = measureInstall(join(dir, "node_modules"));
  log.push(`npm install of the tarballs: ${took()}`);

  writeFileSync(join(dir, "consumer.ts"), consumerProgram(entries));
  writeFileSync(join(dir, "require.cjs"), requireScript(entries));
  for (const resolution of ["nodenext", "bundler"] as const) {
    writeFileSync(join(dir, `tsconfig.${resolution}.json`), tsconfig(resolution, TYPE_ROOT));
    await node([TSC, "-p", `tsconfig.${resolution}.json`], dir);
    log.push(`typechecked under ${resolution} resolution (${took()})`);
  }
  log.push(`imported ${entries.length} entry points: ${(await node(["out/consumer.js"], dir)).stdout.trim()}`);
  log.push(`${(await node(["require.cjs"], dir)).stdout.trim()} entry points with require() (${took()})`);

  const bin = (name: string) => join(dir, "node_modules", ".bin", name);
  for (const [name, args] of [
    ["rtca", ["--version"]],
    ["rtca-fake", ["--version"]],
    ["rtca-codegen", ["--help"]],
  ] as const) {
    const { stdout } = await run(bin(name), args, { cwd: dir });
    if (stdout.trim() === "") throw new Error(`${name} ${args.join(" ")} printed nothing`);
    log.push(`${name} ${args.join(" ")}: ${stdout.trim().split("\n")[0]} (${took()})`);
  }
  log.push(`${checkOptionalPeer(bin("rtca"), dir)} (${took()})`);

  const modelArgs = Object.entries(TINY_MODEL).flatMap(([file, text]) => {
    writeFileSync(join(dir, file), text);
    return ["--model", file];
  });
  await run(bin("rtca-codegen"), ["generate", ...modelArgs, "--service", "example.packcheck#Echo", "--out", "gen"], {
    cwd: dir,
  });
  if (!existsSync(join(dir, "gen", "runtime.ts"))) throw new Error("rtca-codegen generate wrote no runtime.ts");
  log.push(`rtca-codegen generate: generated a model's code with the installed templates (${took()})`);

  const demo = await readDemoContact(bin("rtca-fake"), dir);
  log.push(`read the demo contact with the installed client: ${demo} (${took()})`);
  return { footprint, log };
}

/** Starts `rtca-fake serve --scenario demo` from the installed bin and reads its contact with the installed client. */
async function readDemoContact(fakeBin: string, dir: string): Promise<string> {
  const fake = spawn(fakeBin, ["serve", "--scenario", "demo", "--quiet"], {
    cwd: dir,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((resolve) => fake.once("close", () => resolve()));
  let stderr = "";
  fake.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  try {
    const lines: string[] = [];
    const announced = await new Promise<string[]>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`rtca-fake did not announce itself: ${lines.join(" | ")}`)),
        FAKE_START_MS,
      );
      createInterface({ input: fake.stdout }).on("line", (line) => {
        lines.push(line);
        if (line.startsWith("contact ")) {
          clearTimeout(timer);
          resolve(lines);
        }
      });
      void exited.then(() => reject(new Error(`rtca-fake exited early: ${lines.join(" | ")} ${stderr}`)));
    });
    const url = announced.find((line) => /^https?:\/\//.test(line));
    const contact = announced.find((line) => line.startsWith("contact ")) ?? "";
    const field = (name: string) => new RegExp(`${name}=(\\S+)`).exec(contact)?.[1];
    const instanceId = field("instanceId");
    const contactId = field("contactId");
    if (!url || !instanceId || !contactId)
      throw new Error(`rtca-fake printed no URL or contact: ${announced.join(" | ")}`);
    const { stdout } = await node(["out/consumer.js", url, instanceId, contactId], dir);
    const page = JSON.parse(stdout) as { channel: string; status: string; segments: number };
    if (page.channel !== "CHAT") throw new Error(`the demo contact came back as ${stdout.trim()}`);
    return `${page.channel}, ${page.status}, ${page.segments} segments so far`;
  } finally {
    fake.kill("SIGTERM");
    await exited;
  }
}
