// `rtca watch`: many contacts of an instance followed live within one request budget, as a labelled live view or as
// NDJSON events. Ends once every contact has ended; the exit code then tells whether any was given up on or failed.
import { encodeRealtimeContactAnalysisSegment } from "@rtca/types";
import { DEFAULT_GRACE_AFTER_END_MS } from "../follow/follow.js";
import { type WatchEvent, watchContacts } from "../watch/watch-contacts.js";
import { parseArgs, UsageError } from "./args.js";
import { WATCH_HELP, WATCH_OPTIONS } from "./commands.js";
import { createConnectClient } from "./connect.js";
import { ExitCode } from "./exit-codes.js";
import type { CliIO, CommandScene } from "./io.js";
import { connectionSettings, instanceInput, pageSize, wholeNumber } from "./options.js";
import { LineWriter } from "./render/output.js";
import { colourWanted, createStyle } from "./render/style.js";
import { WatchView } from "./render/watch-view.js";
import { reportError } from "./report-error.js";
import { localBudget, redisBudget, type WatchBudget } from "./watch-budget.js";
import { accountId, budgetSpec, contactIds, redisUrl } from "./watch-options.js";

const COMMAND = "watch";

export async function runWatch(argv: readonly string[], io: CliIO, scene: CommandScene): Promise<ExitCode> {
  const args = parseArgs(argv, WATCH_OPTIONS, COMMAND);
  if (args.switches.has("help")) {
    io.stdout.write(WATCH_HELP);
    return ExitCode.Ok;
  }
  if (args.positionals.length > 0)
    throw new UsageError(`unexpected argument ${JSON.stringify(args.positionals[0])}`, COMMAND);
  const input = instanceInput(args, COMMAND);
  const contacts = contactIds(args);
  const settings = connectionSettings(args, COMMAND);
  const size = pageSize(args, COMMAND);
  const graceAfterEndMs = wholeNumber(args, "grace-after-end", COMMAND, 0, 3_600_000) ?? DEFAULT_GRACE_AFTER_END_MS;
  const spec = budgetSpec(args);
  const redis = redisUrl(args);
  const account = accountId(args, redis);
  scene.endpoint = settings.endpoint;
  scene.outputType = input.OutputType;

  const json = args.switches.has("json");
  const style = createStyle(!json && colourWanted(io.env, io.stdout.isTTY === true, args.switches.has("no-color")));
  const view = new WatchView(style, contacts);
  const writer = new LineWriter(io.stdout, !json && io.stdout.isTTY === true);
  const client = await createConnectClient(settings, io.env);
  let shared: WatchBudget | undefined;
  try {
    shared =
      redis === undefined
        ? localBudget(spec)
        : await redisBudget(spec, {
            url: redis,
            accountId: account ?? (await credentialsAccount(client)),
            // The client was built, so it has a region.
            region: client.config.region ?? "",
          });
    const watch = watchContacts(client, input, {
      contactIds: contacts,
      budget: shared.budget,
      pageSize: size,
      graceAfterEndMs,
      signal: io.signal,
    });
    let ended = 0;
    let givenUp: ExitCode | undefined;
    let failed = false;
    const progress = () =>
      writer.status(
        `${style.green("●")} live · ${contacts.length - ended} of ${contacts.length} contacts · ${shared?.description} (Ctrl-C to stop)`,
      );
    progress();
    for await (const event of watch) {
      if (event.type === "completed" || event.type === "error") ended++;
      if (event.type === "completed" && event.result.status === "FAILED") failed = true;
      if (event.type === "error") givenUp ??= reportError(event.error, scene).exitCode;
      if (json) io.stdout.write(`${JSON.stringify(jsonEvent(event, scene))}\n`);
      else writer.lines(render(view, event, scene));
      progress();
    }
    return givenUp ?? (failed ? ExitCode.AnalysisFailed : ExitCode.Ok);
  } finally {
    writer.clearStatus();
    client.destroy();
    await shared?.close();
  }
}

function render(view: WatchView, event: WatchEvent, scene: CommandScene): string[] {
  switch (event.type) {
    case "segment":
      return view.segment(event.contactId, event.segment);
    case "status":
      return view.status(event.contactId, event.status, event.channel);
    case "completed":
      return view.completed(event.contactId, event.result);
    case "error": {
      const report = reportError(event.error, scene);
      return view.error(event.contactId, report.message, report.hint);
    }
  }
}

function jsonEvent(event: WatchEvent, scene: CommandScene): Record<string, unknown> {
  const { contactId } = event;
  switch (event.type) {
    case "segment":
      return { contactId, type: "segment", segment: encodeRealtimeContactAnalysisSegment(event.segment) };
    case "status":
      return { contactId, type: "status", status: event.status, channel: event.channel };
    case "completed": {
      const { status, channel, totalSegments, readToEnd, summaryArrived } = event.result;
      return { contactId, type: "completed", status, channel, totalSegments, readToEnd, summaryArrived };
    }
    case "error": {
      const report = reportError(event.error, scene);
      const name = event.error instanceof Error ? event.error.name : "Error";
      return { contactId, type: "error", error: name, message: report.message, exitCode: report.exitCode };
    }
  }
}

/** The account of the credentials, for the key of a shared budget, when the credentials say it. */
async function credentialsAccount(client: { config: { credentials(): Promise<{ accountId?: string }> } }) {
  const { accountId: fromCredentials } = await client.config.credentials();
  if (fromCredentials === undefined || !/^\d{12}$/.test(fromCredentials)) {
    throw new UsageError(
      "--redis needs the AWS account whose quota is shared: pass --account ACCOUNT_ID (12 digits)",
      COMMAND,
    );
  }
  return fromCredentials;
}
