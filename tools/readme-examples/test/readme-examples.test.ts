// Every code block of the READMEs (README.md, packages/*/README.md, tools/*/README.md) is checked here, so that an
// example cannot rot. What happens to a block is said by its fence:
//
//   ```ts            a whole program: typechecked (strict, as the packages are: this package's typecheck writes
//                    the examples to .examples/typecheck and runs tsc on them), then run here. Every client it builds
//                    (@rtca/client's or AWS's ConnectClient) talks to an in-process fake playing the built-in demo,
//                    already finished, unless the example gives a requestHandler of its own; the demo's ids are the
//                    ones to use. The block passes when it typechecks and runs to its end without throwing.
//   ```ts no-run     typechecked only: for a program that would not end by itself. Keep these rare.
//   ```sh            each line that is not a comment runs in bash, from a folder where the packages are installed
//                    as a user's project has them, and must exit 0 within a time limit.
//   ```sh serves     the command starts a server: it must print its URL as the first line of stdout, answer there
//                    (GET /_fake/clock), and end when stopped as Ctrl-C would, in time (a launcher such as npx ends
//                    by the same signal once the server inside it has exited).
//   ```sh no-run     never run (commands that install or that run this very test suite).
//   ```json scenario a scenario file of @rtca/fake-server: it must load into a fake.
//   ```text, ```     output or a synopsis: not code.
//
// Any other language or fence word fails the test, so that a typo never turns an example off.
import { pathToFileURL } from "node:url";
import { createFake } from "@rtca/fake-server";
import { beforeAll, describe, expect, test, vi } from "vitest";
import type { CodeBlock } from "../src/extract.js";
import { runServingCommand, runShellLine } from "../src/shell.js";
import { allCodeBlocks, isTypeScript, writeExamples } from "../src/write-examples.js";
import { startDemoFake } from "./support/demo-fake.js";

vi.mock("@rtca/client", async (importOriginal) => {
  const original = await importOriginal<typeof import("@rtca/client")>();
  const { pointedAtDemoFake } = await import("./support/demo-fake.js");
  class ConnectClient extends original.ConnectClient {
    constructor(config?: ConstructorParameters<typeof original.ConnectClient>[0]) {
      super(pointedAtDemoFake(config));
    }
  }
  return { ...original, ConnectClient };
});

vi.mock("@aws-sdk/client-connect", async (importOriginal) => {
  const original = await importOriginal<typeof import("@aws-sdk/client-connect")>();
  const { pointedAtDemoFake } = await import("./support/demo-fake.js");
  class ConnectClient extends original.ConnectClient {
    constructor(config?: ConstructorParameters<typeof original.ConnectClient>[0]) {
      super(pointedAtDemoFake(config));
    }
  }
  return { ...original, ConnectClient };
});

const PACKAGE_ROOT = new URL("../", import.meta.url).pathname;

const blocks = allCodeBlocks();
const name = (block: CodeBlock) => `${block.file}:${block.line}`;
const has = (block: CodeBlock, word: string) => block.attributes.includes(word);

const KINDS: Record<string, readonly (readonly string[])[]> = {
  ts: [[], ["no-run"]],
  typescript: [[], ["no-run"]],
  sh: [[], ["serves"], ["no-run"]],
  json: [["scenario"]],
  text: [[]],
  "": [[]],
};

test("every code block says what it is, in words this test knows", () => {
  const unknown = blocks
    .filter((block) => !(KINDS[block.language] ?? []).some((words) => words.join(" ") === block.attributes.join(" ")))
    .map((block) => `${name(block)}: \`\`\`${[block.language, ...block.attributes].join(" ")}`);
  expect(unknown).toEqual([]);
});

const typescript = blocks.filter(isTypeScript);

describe("TypeScript examples", () => {
  // A folder of their own: this package's typecheck writes the same examples to .examples/typecheck meanwhile.
  let files = new Map<CodeBlock, string>();
  beforeAll(() => {
    files = writeExamples(`${PACKAGE_ROOT}.examples/run`, typescript);
  });

  for (const block of typescript.filter((block) => !has(block, "no-run"))) {
    test(`runs: ${name(block)}`, async () => {
      startDemoFake();
      const log = vi.spyOn(console, "log").mockImplementation(() => {});
      try {
        await expect(import(pathToFileURL(files.get(block)!).href)).resolves.toBeDefined();
      } finally {
        log.mockRestore();
      }
    }, 30_000);
  }
});

describe("scenario examples", () => {
  for (const block of blocks.filter((block) => block.language === "json")) {
    test(`loads: ${name(block)}`, () => {
      const loaded = createFake({ clock: { mode: "virtual" } }).loadScenario({ document: JSON.parse(block.code) });
      expect(loaded.length).toBeGreaterThan(0);
    });
  }
});

describe("shell examples", () => {
  for (const block of blocks.filter((block) => block.language === "sh" && !has(block, "no-run"))) {
    const lines = block.code.split("\n").filter((line) => line.trim() !== "" && !line.trimStart().startsWith("#"));
    test(`runs: ${name(block)}`, async () => {
      if (has(block, "serves")) {
        expect(lines).toHaveLength(1);
        const run = await runServingCommand(lines[0]!, PACKAGE_ROOT, async (firstLine) => {
          expect(firstLine).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
          expect((await fetch(`${firstLine}/_fake/clock`)).status).toBe(200);
        });
        expect(run.exitCode === 0 || run.signal === "SIGINT", run.stderr).toBe(true);
      } else {
        for (const line of lines) {
          const run = await runShellLine(line, PACKAGE_ROOT);
          expect(run, line).toMatchObject({ exitCode: 0 });
        }
      }
    }, 30_000);
  }
});
