// `rtca follow`: the live view of a conversation, until the contact's analysis is COMPLETED (exit 0) or FAILED
// (exit 5). On a terminal a status line under the transcript shows where the contact stands.
import { encodeRealtimeContactAnalysisSegment } from "@rtca/types";
import { DEFAULT_GRACE_AFTER_END_MS, type FollowResult, followSegments } from "../follow/follow.js";
import { parseArgs, UsageError } from "./args.js";
import { FOLLOW_HELP, FOLLOW_OPTIONS } from "./commands.js";
import { createConnectClient } from "./connect.js";
import { ExitCode } from "./exit-codes.js";
import type { CliIO, CommandScene } from "./io.js";
import { connectionSettings, contactInput, pageSize, wholeNumber } from "./options.js";
import { LineWriter } from "./render/output.js";
import { colourWanted, createStyle } from "./render/style.js";
import { TranscriptView } from "./render/transcript-view.js";
import { followStatus, seconds, summaryLine } from "./summary.js";

export async function runFollow(argv: readonly string[], io: CliIO, scene: CommandScene): Promise<ExitCode> {
  const args = parseArgs(argv, FOLLOW_OPTIONS, "follow");
  if (args.switches.has("help")) {
    io.stdout.write(FOLLOW_HELP);
    return ExitCode.Ok;
  }
  if (args.positionals.length > 0)
    throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}`, "follow");
  const input = contactInput(args, "follow");
  const settings = connectionSettings(args, "follow");
  const size = pageSize(args, "follow");
  const pollIntervalMs = wholeNumber(args, "poll-interval", "follow", 1, 3_600_000) ?? 1000;
  const maxRequestsPerSecond = wholeNumber(args, "max-rps", "follow", 1, 100) ?? 2;
  const graceAfterEndMs = wholeNumber(args, "grace-after-end", "follow", 0, 3_600_000) ?? DEFAULT_GRACE_AFTER_END_MS;
  scene.endpoint = settings.endpoint;
  scene.outputType = input.OutputType;

  const json = args.switches.has("json");
  const style = createStyle(!json && colourWanted(io.env, io.stdout.isTTY === true, args.switches.has("no-color")));
  const view = new TranscriptView(style);
  const writer = new LineWriter(io.stdout, !json && io.stdout.isTTY === true);
  const client = await createConnectClient(settings, io.env);
  try {
    writer.status(`${style.green("●")} connecting to contact ${input.ContactId}…`);
    const segments = followSegments(client, input, {
      pollIntervalMs,
      maxRequestsPerSecond,
      graceAfterEndMs,
      pageSize: size,
      signal: io.signal,
      onPage: (progress) => writer.status(followStatus(style, progress, pollIntervalMs, graceAfterEndMs)),
      onRetry: (retry) => {
        const what = retry.kind === "throttling" ? "throttled" : `a passing failure (${describe(retry.error)})`;
        const text = `${what}; retrying in ${seconds(retry.delayMs)}`;
        if (io.stdout.isTTY === true && !json) writer.status(`${style.yellow("●")} ${text}`);
        else io.stderr.write(`rtca: ${text}\n`);
      },
    });
    let result: FollowResult;
    for (;;) {
      const step = await segments.next();
      if (step.done === true) {
        result = step.value;
        break;
      }
      if (json) io.stdout.write(`${JSON.stringify(encodeRealtimeContactAnalysisSegment(step.value))}\n`);
      else writer.lines(view.render(step.value));
    }
    writer.clearStatus();
    if (!json) writer.lines([summaryLine(style, result.status, result.channel, result.totalSegments)]);
    if (!result.readToEnd) {
      const note = "stopped waiting for late segments (--grace-after-end): the service may still add some";
      if (json) io.stderr.write(`rtca: ${note}\n`);
      else writer.lines([style.dim(`  ${note}`)]);
    }
    return result.status === "FAILED" ? ExitCode.AnalysisFailed : ExitCode.Ok;
  } finally {
    writer.clearStatus();
    client.destroy();
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : String(error);
}
