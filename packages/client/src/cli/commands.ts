// The commands of `rtca`, their options and their help text.
import { RealTimeContactAnalysisSegmentType } from "@rtca/types";
import type { OptionSpec } from "./args.js";

/** Every segment kind the model knows, in the model's order. */
export const KNOWN_SEGMENT_TYPES: readonly string[] = Object.values(RealTimeContactAnalysisSegmentType);

/** What is asked for without --types: the service takes at most six kinds per request, so extracted information,
 * the newest and rarest kind, is left for --types to ask for. */
export const DEFAULT_SEGMENT_TYPES = KNOWN_SEGMENT_TYPES.filter((type) => type !== "ExtractedInformation");

const connection: OptionSpec[] = [
  {
    name: "endpoint",
    kind: "value",
    placeholder: "URL",
    description: "send requests here instead of AWS (e.g. a local fake server)",
  },
  {
    name: "region",
    kind: "value",
    placeholder: "REGION",
    description: "the AWS region (default: AWS_REGION, then the profile's region, or us-east-1 for a local --endpoint)",
  },
  {
    name: "profile",
    kind: "value",
    placeholder: "NAME",
    description: "the profile of ~/.aws/config and ~/.aws/credentials to use (default: AWS_PROFILE, else default)",
  },
  {
    name: "timeout",
    kind: "value",
    placeholder: "MS",
    description: "give up on an attempt after this long (default 10000)",
  },
  {
    name: "max-attempts",
    kind: "value",
    placeholder: "N",
    description: "attempts per request, retries included (default 3)",
  },
];

const contact: OptionSpec[] = [
  { name: "instance", kind: "value", placeholder: "ID", description: "the Amazon Connect instance ID (required)" },
  { name: "contact", kind: "value", placeholder: "ID", description: "the contact ID (required)" },
  {
    name: "types",
    kind: "value",
    placeholder: "LIST",
    description: `segment types, comma-separated, at most 6 (default ${DEFAULT_SEGMENT_TYPES.join(",")})`,
  },
  {
    name: "output",
    kind: "value",
    placeholder: "raw|redacted",
    description: "redacted (the default): personal data masked as [PII]; raw: the original text",
  },
  {
    name: "page-size",
    kind: "value",
    placeholder: "N",
    description: "segments per request, 1 to 100 (default: the service's)",
  },
  { name: "json", kind: "switch", description: "print one JSON segment per line (NDJSON), as the API sends them" },
  { name: "no-color", kind: "switch", description: "no colour (also: NO_COLOR set, or output not a terminal)" },
];

const help: OptionSpec = { name: "help", kind: "switch", short: "h", description: "show this help" };

export const SEGMENTS_OPTIONS: readonly OptionSpec[] = [...contact, ...connection, help];

export const FOLLOW_OPTIONS: readonly OptionSpec[] = [
  ...contact,
  {
    name: "poll-interval",
    kind: "value",
    placeholder: "MS",
    description: "wait between polls once caught up (default 1000)",
  },
  {
    name: "max-rps",
    kind: "value",
    placeholder: "N",
    description: "requests per second at most (default 2, the service's quota)",
  },
  {
    name: "grace-after-end",
    kind: "value",
    placeholder: "MS",
    description: "once the analysis has ended, wait this long for late segments such as a summary (default 30000)",
  },
  {
    name: "wait-for-summary",
    kind: "switch",
    description: "end as soon as the post-contact summary has come (waiting at most --grace-after-end for it)",
  },
  ...connection,
  help,
];

/** The options of `contact` that watch shares, by name. */
const shared = (name: string): OptionSpec => {
  const spec = contact.find((o) => o.name === name);
  if (spec === undefined) throw new Error(`no option ${name}`);
  return spec;
};

export const WATCH_OPTIONS: readonly OptionSpec[] = [
  shared("instance"),
  {
    name: "contact",
    kind: "value",
    placeholder: "ID[,ID...]",
    repeatable: true,
    description: "a contact to follow (required); repeat the option or separate IDs with commas for several",
  },
  shared("types"),
  shared("output"),
  shared("page-size"),
  {
    name: "budget",
    kind: "value",
    placeholder: "RATE/BURST",
    description:
      "requests per second / burst shared by all the contacts (default 2/5, the service's quota; one token of the burst is kept in reserve)",
  },
  {
    name: "redis",
    kind: "value",
    placeholder: "URL",
    description:
      "share the budget with other processes and hosts through Redis (redis://host:port; needs @rtca/quota-redis)",
  },
  {
    name: "account",
    kind: "value",
    placeholder: "ACCOUNT_ID",
    description: "with --redis: the 12-digit AWS account whose quota is shared (default: the credentials' account)",
  },
  {
    name: "grace-after-end",
    kind: "value",
    placeholder: "MS",
    description:
      "once a contact's analysis has ended, wait this long for late segments such as a summary (default 30000)",
  },
  {
    name: "json",
    kind: "switch",
    description:
      'print one JSON event per line (NDJSON): {"contactId":...,"type":"segment"|"status"|"completed"|"error",...}',
  },
  shared("no-color"),
  ...connection,
  help,
];

export const TOP_OPTIONS: readonly OptionSpec[] = [
  help,
  { name: "version", kind: "switch", short: "v", description: "print the version" },
];

const EXIT_CODES = `Exit codes:
  0    done: every page read (segments), or the contact's analysis COMPLETED (follow, and every contact's for watch)
  1    unexpected failure (a bug: please report it)
  2    bad command line or configuration (options, region, credentials, endpoint)
  3    the service refused the request (not found, access denied, invalid request, output type not available)
  4    the service could not be used (unreachable, throttled or failing after retries, timed out, unreadable answer)
  5    follow: the contact's analysis FAILED
       watch: once every contact has ended, the code of the first contact given up on (3 or 4), else 5 when a
       contact's analysis FAILED, else 0
  130  interrupted`;

const CREDENTIALS = `Credentials are found as AWS's tools find them: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and
AWS_SESSION_TOKEN), then the profile (--profile, else AWS_PROFILE, else default) of ~/.aws/credentials and
~/.aws/config (keys, SSO, credential_process, roles), web identity, then container or instance metadata. A named
profile comes before keys in the environment. The region: --region, then AWS_REGION, then the profile's region.
With a --endpoint on this machine (localhost, 127.0.0.1, ::1) and neither keys nor a profile given, placeholder
credentials are used (a local fake server accepts any signature unless it verifies them) and the region defaults
to us-east-1.`;

export const TOP_HELP = `rtca: read Amazon Connect real-time contact analysis (ListRealtimeContactAnalysisSegmentsV2)

Usage:
  rtca segments --instance ID --contact ID [options]   print every segment read so far
  rtca follow   --instance ID --contact ID [options]   watch the conversation live until it ends
  rtca watch    --instance ID --contact ID,ID... [options]   follow many contacts live within one quota
  rtca help [segments|follow|watch]                    more about a command

Options:
  -h, --help      show help
  -v, --version   print the version

${CREDENTIALS}

${EXIT_CODES}
`;

function optionLines(options: readonly OptionSpec[]): string {
  const rows = options.map((o) => {
    const names = `${o.short ? `-${o.short}, ` : "    "}--${o.name}${o.placeholder ? ` ${o.placeholder}` : ""}`;
    return [names, o.description] as const;
  });
  const width = Math.max(...rows.map(([names]) => names.length)) + 2;
  return rows.map(([names, description]) => `  ${names.padEnd(width)}${description}`).join("\n");
}

export const SEGMENTS_HELP = `rtca segments: print the analysis of a contact read so far, every page of it

Usage:
  rtca segments --instance ID --contact ID [--types Transcript,Issues,...] [--output raw|redacted] [--json]

Prints a transcript: time, speaker and text per message (sentiment as colour), attachments and events inline,
and matched categories and detected issues with the words they point at highlighted. --json prints the segments
as NDJSON instead, one per line, exactly as the API sends them.

The output is redacted (personal data such as card numbers masked as [PII]) unless --output raw asks for the
original text, which the contact's redaction policy must keep.

It is a snapshot: it stops at the last segment there is now. When more may come (the contact is in progress, or
its analysis has ended but the service still offers to resume), it says so and how to follow the rest.

Options:
${optionLines(SEGMENTS_OPTIONS)}

${CREDENTIALS}

${EXIT_CODES}
`;

export const FOLLOW_HELP = `rtca follow: watch a contact's conversation live, until its analysis is COMPLETED or FAILED

Usage:
  rtca follow --instance ID --contact ID [--types ...] [--output raw|redacted] [--json] [--poll-interval MS]

Polls the contact, resuming where the last page ended, and prints each segment once as it arrives; on a
terminal a status line shows where the contact stands. Throttling and passing failures are waited out. Stays
within --max-rps requests per second. Once the analysis is COMPLETED or FAILED it goes on while the service
says more may come (a post-contact summary arrives after a chat completes), and stops when the service has
nothing more, or after --grace-after-end ms without a new segment. Ctrl-C stops it. As with segments, the
output is redacted unless --output raw is given.

Options:
${optionLines(FOLLOW_OPTIONS)}

${CREDENTIALS}

${EXIT_CODES}
`;

export const WATCH_HELP = `rtca watch: follow many contacts of an instance live, within the account's quota

Usage:
  rtca watch --instance ID --contact ID[,ID...] [--contact ID ...] [--budget RATE/BURST] [--redis URL] [--json]

Follows every contact given until each one's analysis has ended and the service has nothing more for it (as
follow does), then exits. --contact takes several IDs separated by commas, and may be repeated. Each line of
the live view starts with a short label of its contact (the first 8 characters of its ID, or c1, c2, ... when
those are not unique), in a colour of its own; a line per contact says when its status changes and when it is
done. --json prints NDJSON events instead, one per line, each with its contactId:
  {"contactId":"...","type":"segment","segment":{...}}          a segment, as the API sends it
  {"contactId":"...","type":"status","status":"IN_PROGRESS","channel":"CHAT"}
  {"contactId":"...","type":"completed","status":"COMPLETED","channel":"CHAT","totalSegments":12,...}
  {"contactId":"...","type":"error","error":"ResourceNotFoundException","message":"...","exitCode":3}

Every request draws on one budget, a token bucket at --budget (default 2/5: the service's quota of 2 requests
per second, burst 5, which counts per account and Region, not per contact). Contacts with news are polled
sooner, quiet ones later. To share the quota with other processes and hosts, give each the same --redis: the
bucket then lives in Redis (install @rtca/quota-redis beside @rtca/client), keyed by --account and the region.
A contact the service refuses (not found, access denied) is reported and dropped; the others go on. As with
follow, the output is redacted unless --output raw is given. Ctrl-C stops it.

Options:
${optionLines(WATCH_OPTIONS)}

${CREDENTIALS}

${EXIT_CODES}
`;
