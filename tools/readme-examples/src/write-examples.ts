// Writes every TypeScript example of the READMEs to a folder as a file of its own, named after where it sits
// (README.md:69 becomes README.md_69.ts), so that tsc can check them and a test can run them.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { type CodeBlock, extractCodeBlocks } from "./extract.js";
import { REPOSITORY_ROOT, readmeFiles } from "./readmes.js";

export const isTypeScript = (block: CodeBlock) => block.language === "ts" || block.language === "typescript";

export function exampleFileName(block: CodeBlock): string {
  return `${block.file.replaceAll("/", "_")}_${block.line}.ts`;
}

export function allCodeBlocks(): CodeBlock[] {
  return readmeFiles().flatMap((file) => extractCodeBlocks(REPOSITORY_ROOT, file));
}

/** Replaces the folder's contents with the examples; returns each example's path. */
export function writeExamples(folder: string, blocks: readonly CodeBlock[]): Map<CodeBlock, string> {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const files = new Map<CodeBlock, string>();
  for (const block of blocks) {
    const file = `${folder}/${exampleFileName(block)}`;
    writeFileSync(file, block.code);
    files.set(block, file);
  }
  return files;
}

// Run as a script (before tsc, in this package's typecheck): the examples tsc checks with the packages' options.
if (import.meta.url === `file://${process.argv[1]}`) {
  writeExamples(new URL("../.examples/typecheck", import.meta.url).pathname, allCodeBlocks().filter(isTypeScript));
}
