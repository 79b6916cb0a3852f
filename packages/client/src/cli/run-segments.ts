// `rtca segments`: a snapshot of a contact's analysis, every page read so far, as a transcript or as NDJSON. When
// the contact may still grow, the output says so and how to follow it.
import { encodeRealtimeContactAnalysisSegment } from "@rtca/types";
import { paginateListRealtimeContactAnalysisSegmentsV2 } from "../generated/connect/client.js";
import { parseArgs, UsageError } from "./args.js";
import { SEGMENTS_HELP, SEGMENTS_OPTIONS } from "./commands.js";
import { createConnectClient } from "./connect.js";
import { ExitCode } from "./exit-codes.js";
import type { CliIO, CommandScene } from "./io.js";
import { connectionSettings, contactInput, pageSize } from "./options.js";
import { LineWriter } from "./render/output.js";
import { colourWanted, createStyle } from "./render/style.js";
import { TranscriptView } from "./render/transcript-view.js";
import { moreToComeNote, summaryLine } from "./summary.js";

export async function runSegments(argv: readonly string[], io: CliIO, scene: CommandScene): Promise<ExitCode> {
  const args = parseArgs(argv, SEGMENTS_OPTIONS, "segments");
  if (args.switches.has("help")) {
    io.stdout.write(SEGMENTS_HELP);
    return ExitCode.Ok;
  }
  if (args.positionals.length > 0)
    throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}`, "segments");
  const input = contactInput(args, "segments");
  const settings = connectionSettings(args, "segments");
  const size = pageSize(args, "segments");
  scene.endpoint = settings.endpoint;
  scene.outputType = input.OutputType;

  const json = args.switches.has("json");
  const style = createStyle(!json && colourWanted(io.env, io.stdout.isTTY === true, args.switches.has("no-color")));
  const view = new TranscriptView(style);
  const writer = new LineWriter(io.stdout, false);
  const client = await createConnectClient(settings, io.env);
  try {
    let total = 0;
    let last: { Status: string; Channel: string; NextToken?: string | undefined } | undefined;
    const pages = paginateListRealtimeContactAnalysisSegmentsV2(
      { client, pageSize: size, abortSignal: io.signal },
      input,
    );
    for await (const page of pages) {
      last = page;
      for (const segment of page.Segments) {
        total++;
        if (json) io.stdout.write(`${JSON.stringify(encodeRealtimeContactAnalysisSegment(segment))}\n`);
        else writer.lines(view.render(segment));
      }
      // The service gives a token on the last page too while segments may still come, to resume from later (the
      // same token again, or a new one for the same place): an empty page, or one short of the page size, means
      // everything there is so far has been read. The snapshot ends there, whatever the status says.
      const caughtUp = page.Segments.length === 0 || (size !== undefined && page.Segments.length < size);
      if (caughtUp) break;
    }
    if (last === undefined) return ExitCode.Ok;
    const more = last.NextToken !== undefined && last.NextToken !== "";
    if (!json) writer.lines([summaryLine(style, last.Status, last.Channel, total, more)]);
    if (more) {
      const note = moreToComeNote(last.Status, input.InstanceId, input.ContactId);
      if (json) io.stderr.write(`rtca: ${note}\n`);
      else writer.lines([style.dim(`  ${note}`)]);
    }
    return ExitCode.Ok;
  } finally {
    client.destroy();
  }
}
