// rtca-codegen diff: the changes between two versions of a model, graded; exit 1 when one breaks compatibility.
import { parseArgs } from "node:util";
import type { CliIo } from "../cli.js";
import { diffModels } from "../model-diff/diff-models.js";
import { loadModelVersion } from "../model-diff/model-version.js";
import { countBySeverity, formatDiffReport } from "../model-diff/report.js";

export const DIFF_USAGE = `  rtca-codegen diff <old> <new> [--json] [--allow-breaking] [--model-dir <dir>]
                                             the changes between two versions of a model (each a model file or
                                             directory, or a git revision whose --model-dir is read; default model),
                                             graded ERROR, DANGER, WARNING or NOTE; exit 1 on an ERROR unless
                                             --allow-breaking`;

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      "allow-breaking": { type: "boolean", default: false },
      "model-dir": { type: "string" },
    },
  });
  if (positionals.length !== 2) throw new Error(`diff needs two models (old and new), got ${positionals.length}`);
  const options = { cwd: io.cwd, ...(values["model-dir"] ? { modelDir: values["model-dir"] } : {}) };
  const before = await loadModelVersion(positionals[0]!, options);
  const after = await loadModelVersion(positionals[1]!, options);
  const events = diffModels(before.ast, after.ast);
  if (values.json) io.stdout(`${JSON.stringify({ events, counts: countBySeverity(events) }, null, 2)}\n`);
  else io.stdout(formatDiffReport(events));
  const breaking = events.filter((e) => e.severity === "ERROR").length;
  if (breaking > 0 && !values["allow-breaking"]) {
    io.stderr(
      `rtca-codegen: ${breaking} breaking change${breaking === 1 ? "" : "s"} (ERROR); --allow-breaking accepts them\n`,
    );
    return 1;
  }
  return 0;
}
