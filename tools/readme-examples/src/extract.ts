// Finds the fenced code blocks of a Markdown file, with the language and the words that follow it on the fence.
import { readFileSync } from "node:fs";

export interface CodeBlock {
  /** The README, relative to the repository's root. */
  readonly file: string;
  /** The line of the opening fence, counted from 1. */
  readonly line: number;
  readonly language: string;
  /** The words after the language on the fence, such as `no-run`. */
  readonly attributes: readonly string[];
  readonly code: string;
}

const FENCE = /^(```+|~~~+)\s*(.*)$/;

export function extractCodeBlocks(root: string, file: string): CodeBlock[] {
  const lines = readFileSync(`${root}/${file}`, "utf8").split("\n");
  const blocks: CodeBlock[] = [];
  let open: { fence: string; line: number; info: string[]; body: string[] } | undefined;
  for (const [index, text] of lines.entries()) {
    const fence = FENCE.exec(text);
    if (open === undefined) {
      if (fence !== null) open = { fence: fence[1]!, line: index + 1, info: fence[2]!.split(/\s+/), body: [] };
      continue;
    }
    if (fence !== null && fence[1]!.startsWith(open.fence) && fence[2] === "") {
      const [language = "", ...attributes] = open.info.filter((word) => word !== "");
      blocks.push({ file, line: open.line, language, attributes, code: open.body.join("\n") + "\n" });
      open = undefined;
    } else {
      open.body.push(text);
    }
  }
  if (open !== undefined) throw new Error(`${file}:${open.line}: a code block is never closed`);
  return blocks;
}
