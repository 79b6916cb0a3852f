// Reads the `rtca-fake serve` command line into options, or a usage error naming what is wrong.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { closest, distance } from "fastest-levenshtein";
import { AccountTableError, checkAccountTable } from "../connect/auth/accounts.js";
import type { Credential } from "../connect/auth/authenticator.js";
import { REQUEST_LOG_DEFAULTS, type RequestLogLimits } from "../connect/request-log.js";
import type { ThrottleLimits } from "../connect/throttle.js";
import { checkControlToken } from "../control/control-auth.js";
import { type CentreOptions, CentreOptionsError, isCentreSpec, parseCentreSpec } from "../scenario/generate/options.js";
import { isLoopbackHost } from "./loopback.js";

export const USAGE = `Usage: rtca-fake serve [options]

A local Amazon Connect for ListRealtimeContactAnalysisSegmentsV2, with its control plane under /_fake/.
Prints the URL it listens on as the first line of stdout, then one line per request.

Options:
  --host <host>            address to bind (default 127.0.0.1)
  --port <port>            port to bind; 0 picks a free one (default 0)
  --scenario <file|demo|generate:...>
                           play a scenario file, the built-in demo, or a generated contact centre:
                           generate:contacts=<n>,duration=<s>,seed=<k>, chats that start and end
                           over the duration (keys may be left out: contacts 50, 1..1000;
                           duration 600 s, 10..86400; seed 1, 0..4294967295). Prints one line per
                           contact: "contact instanceId=<id> contactId=<id> durationMs=<ms> startMs=<ms>"
  --clock <real|virtual>   real: the scenario plays by itself; virtual: time moves only through
                           POST /_fake/clock/advance (default real)
  --speed <n>              how fast a real clock runs, 2 = twice as fast (default 1)
  --clock-skew <seconds>   run the fake's wall clock this far ahead of this machine's (negative:
                           behind): the Date header of answers and, with --auth verify, the
                           15-minute check of signing times follow it (default 0)
  --page-size <n>          page size when a request has no MaxResults, 1..100 (default 100)
  --throttle <rate/burst>  requests per second and burst per account and Region, or "off"
                           (default 2/5, the service's quota; measured on the fake's clock)
  --account <account>=<key>[,<key>...]
                           these access keys belong to the account (12 digits) and share its
                           quota (repeatable); other keys belong to account 000000000000
  --auth <mode>            require: a SigV4 Authorization header for service connect (default);
                           verify: also check signatures against --credential; off: accept anything
  --credential <id:secret> an access key the fake knows, for --auth verify (repeatable)
  --allow-unsigned-payload with --auth verify: accept x-amz-content-sha256: UNSIGNED-PAYLOAD
  --grant <key>=<instance>[,<instance>...]
                           the access key may read only these instances (repeatable); keys
                           without a grant read every instance
  --token-ttl <seconds>    how long a NextToken lasts on the fake's clock (default 3600)
  --request-log-size <n>   how many Connect requests the request log keeps, 1..100000 (default 10000)
  --request-log-bytes <n>  how many bytes the request log keeps at most, at least 2097152; the
                           oldest go first (default 16777216, 16 MiB)
  --request-log-body <n>   request bodies up to this many bytes are logged whole, larger ones as
                           their size and SHA-256, 0..1048576 (default 8192)
  --headers-timeout <s>    how long a client may take to send a request's headers (default 10)
  --request-timeout <s>    how long a client may take to send a whole request (default 30)
  --keep-alive-timeout <s> how long an idle keep-alive connection stays open (default 5)
  --exit-when-done         exit 0 once every scenario contact has finished and been read to its end
  --exit-grace <seconds>   with --exit-when-done: exit at most this long after the contacts finish,
                           read or not (default 10)
  --control-token <token>  require Authorization: Bearer <token> on every /_fake/ request
                           (default: $RTCA_FAKE_CONTROL_TOKEN; unset, the control plane is open)
  --insecure-control       allow a --host other than loopback without a control token
  --quiet                  no request lines
  -h, --help               show this help
  -v, --version            print the version
`;

export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface ServeCommand {
  host: string;
  port: number;
  scenario?: string;
  /** With --scenario generate:..., the options of the centre. */
  centre?: CentreOptions;
  clock: "real" | "virtual";
  speed: number;
  /** How far the fake's wall clock runs ahead of the host's, in ms (negative: behind). */
  clockSkewMs: number;
  pageSize: number;
  throttle: ThrottleLimits | false;
  auth: "require" | "verify" | "off";
  credentials: Credential[];
  allowUnsignedPayload: boolean;
  /** Instance ids by access key id. */
  grants: Record<string, string[]>;
  /** Access key ids by account id. */
  accounts: Record<string, string[]>;
  tokenTtlSeconds: number;
  requestLog: Required<RequestLogLimits>;
  /** Timeouts of the HTTP face, in milliseconds. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  exitWhenDone: boolean;
  exitGraceSeconds: number;
  controlToken?: string;
  quiet: boolean;
}

export type Command = { kind: "help" } | { kind: "version" } | ({ kind: "serve" } & ServeCommand);

function number(
  value: string | undefined,
  flag: string,
  fallback: number,
  check: (n: number) => boolean,
  expect: string,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || !check(n))
    throw new UsageError(`${flag} expects ${expect}, got ${JSON.stringify(value)}`);
  return n;
}

function wholeNumber(value: string | undefined, flag: string, fallback: number, min: number, max: number): number {
  return number(
    value,
    flag,
    fallback,
    (n) => Number.isInteger(n) && n >= min && n <= max,
    `a whole number from ${min} to ${max}`,
  );
}

/** Ten years: further off, no signing date would be meaningful. */
const MAX_CLOCK_SKEW_SECONDS = 10 * 365 * 86_400;

/** The environment variable that gives the control token when --control-token does not. */
export const CONTROL_TOKEN_VARIABLE = "RTCA_FAKE_CONTROL_TOKEN";

export function parseCommand(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Command {
  const { values, positionals } = parse(argv);
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  if (positionals.length === 0) throw new UsageError("missing command: rtca-fake serve [options]");
  if (positionals[0] !== "serve" || positionals.length > 1) {
    throw new UsageError(`unknown command ${JSON.stringify(positionals.join(" "))}: the command is serve`);
  }
  const clock = values.clock ?? "real";
  if (clock !== "real" && clock !== "virtual")
    throw new UsageError(`--clock expects real or virtual, got ${JSON.stringify(clock)}`);
  const auth = values.auth ?? "require";
  if (auth !== "require" && auth !== "verify" && auth !== "off") {
    throw new UsageError(`--auth expects require, verify or off, got ${JSON.stringify(auth)}`);
  }
  const credentials = (values.credential ?? []).map((text) => {
    const colon = text.indexOf(":");
    if (colon <= 0 || colon === text.length - 1)
      throw new UsageError(`--credential expects <access key id>:<secret key>, got ${JSON.stringify(text)}`);
    return { accessKeyId: text.slice(0, colon), secretAccessKey: text.slice(colon + 1) };
  });
  if (auth === "verify" && credentials.length === 0)
    throw new UsageError("--auth verify needs at least one --credential <id:secret>");
  const allowUnsignedPayload = values["allow-unsigned-payload"] ?? false;
  if (allowUnsignedPayload && auth !== "verify")
    throw new UsageError("--allow-unsigned-payload applies to --auth verify, where payloads are checked");
  const exitWhenDone = values["exit-when-done"] ?? false;
  if (exitWhenDone && values.scenario === undefined)
    throw new UsageError("--exit-when-done needs a --scenario to wait for");
  if (values.speed !== undefined && clock === "virtual")
    throw new UsageError("--speed applies to a real clock, not a virtual one");
  const fromEnv = env[CONTROL_TOKEN_VARIABLE];
  const controlToken = values["control-token"] ?? (fromEnv === "" ? undefined : fromEnv);
  if (controlToken !== undefined) {
    try {
      checkControlToken(controlToken);
    } catch (error) {
      const source = values["control-token"] !== undefined ? "--control-token" : CONTROL_TOKEN_VARIABLE;
      throw new UsageError(`${source}: ${(error as Error).message}`);
    }
  }
  const host = values.host ?? "127.0.0.1";
  if (!isLoopbackHost(host) && controlToken === undefined && values["insecure-control"] !== true) {
    throw new UsageError(
      `--host ${host} can be reached from other machines, and anyone who reaches the fake could drive its control plane: ` +
        `set --control-token <token> (or ${CONTROL_TOKEN_VARIABLE}), or pass --insecure-control to allow it`,
    );
  }
  const headersTimeoutMs = millis(values["headers-timeout"], "--headers-timeout", 10);
  const requestTimeoutMs = millis(values["request-timeout"], "--request-timeout", 30);
  if (headersTimeoutMs > requestTimeoutMs)
    throw new UsageError("--headers-timeout must not be longer than --request-timeout");
  return {
    kind: "serve",
    host,
    port: number(
      values.port,
      "--port",
      0,
      (n) => Number.isInteger(n) && n >= 0 && n <= 65535,
      "a port from 0 to 65535",
    ),
    ...(values.scenario === undefined ? {} : { scenario: values.scenario }),
    ...(values.scenario !== undefined && isCentreSpec(values.scenario) ? { centre: parseCentre(values.scenario) } : {}),
    clock,
    speed: number(values.speed, "--speed", 1, (n) => n > 0 && n <= 1000, "a number above 0, at most 1000"),
    clockSkewMs:
      1000 *
      number(
        values["clock-skew"],
        "--clock-skew",
        0,
        (n) => Math.abs(n) <= MAX_CLOCK_SKEW_SECONDS,
        `a number of seconds from -${MAX_CLOCK_SKEW_SECONDS} to ${MAX_CLOCK_SKEW_SECONDS}`,
      ),
    pageSize: number(
      values["page-size"],
      "--page-size",
      100,
      (n) => Number.isInteger(n) && n >= 1 && n <= 100,
      "a whole number from 1 to 100",
    ),
    throttle: parseThrottle(values.throttle),
    auth,
    credentials,
    allowUnsignedPayload,
    grants: parseLists(values.grant ?? [], "--grant", "<access key id>=<instance id>[,<instance id>...]"),
    accounts: parseAccounts(values.account ?? []),
    tokenTtlSeconds: number(values["token-ttl"], "--token-ttl", 3600, (n) => n > 0, "a number of seconds above 0"),
    requestLog: {
      maxEntries: wholeNumber(
        values["request-log-size"],
        "--request-log-size",
        REQUEST_LOG_DEFAULTS.maxEntries,
        1,
        100_000,
      ),
      maxBytes: wholeNumber(
        values["request-log-bytes"],
        "--request-log-bytes",
        REQUEST_LOG_DEFAULTS.maxBytes,
        // Room for the largest entry, whatever the body limit.
        2 * 1024 * 1024,
        Number.MAX_SAFE_INTEGER,
      ),
      maxBodyBytes: wholeNumber(
        values["request-log-body"],
        "--request-log-body",
        REQUEST_LOG_DEFAULTS.maxBodyBytes,
        0,
        1024 * 1024,
      ),
    },
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: millis(values["keep-alive-timeout"], "--keep-alive-timeout", 5),
    exitWhenDone,
    exitGraceSeconds: number(
      values["exit-grace"],
      "--exit-grace",
      10,
      (n) => n >= 0,
      "a number of seconds, at least 0",
    ),
    ...(controlToken === undefined ? {} : { controlToken }),
    quiet: values.quiet ?? false,
  };
}

function parseCentre(text: string): CentreOptions {
  try {
    return parseCentreSpec(text);
  } catch (error) {
    if (error instanceof CentreOptionsError) throw new UsageError(`--scenario ${text}: ${error.message}`);
    throw error;
  }
}

/** `--grant AKID=inst-1,inst-2` or `--account 111122223333=AKID1,AKID2`, repeatable: the lists of one key add up. */
function parseLists(texts: readonly string[], flag: string, form: string): Record<string, string[]> {
  const table = Object.create(null) as Record<string, string[]>;
  for (const text of texts) {
    const eq = text.indexOf("=");
    const items = text.slice(eq + 1).split(",");
    if (eq <= 0 || items.some((item) => item === "")) {
      throw new UsageError(`${flag} expects ${form}, got ${JSON.stringify(text)}`);
    }
    const key = text.slice(0, eq);
    table[key] = [...(table[key] ?? []), ...items];
  }
  return table;
}

function parseAccounts(texts: readonly string[]): Record<string, string[]> {
  const accounts = parseLists(texts, "--account", "<account id>=<access key id>[,<access key id>...]");
  try {
    checkAccountTable(accounts);
  } catch (error) {
    if (error instanceof AccountTableError) throw new UsageError(`--account: ${error.message}`);
    throw error;
  }
  return accounts;
}

/** A timeout given in seconds (fractions allowed, down to a millisecond), in milliseconds. */
function millis(value: string | undefined, flag: string, fallbackSeconds: number): number {
  const seconds = number(
    value,
    flag,
    fallbackSeconds,
    (n) => n >= 0.001 && n <= 86_400,
    "a number of seconds from 0.001 to 86400",
  );
  return Math.round(seconds * 1000);
}

function parseThrottle(value: string | undefined): ThrottleLimits | false {
  if (value === undefined) return { ratePerSecond: 2, burst: 5 };
  if (value === "off") return false;
  const match = /^(\d+(?:\.\d+)?)\/(\d+)$/.exec(value);
  const rate = Number(match?.[1]);
  const burst = Number(match?.[2]);
  if (match === null || !(rate > 0) || !(burst >= 1)) {
    throw new UsageError(
      `--throttle expects <rate per second>/<burst> such as 2/5, or off; got ${JSON.stringify(value)}`,
    );
  }
  return { ratePerSecond: rate, burst };
}

/** The options of `rtca-fake`, for node:util's parseArgs. */
const OPTIONS = {
  host: { type: "string" },
  port: { type: "string" },
  scenario: { type: "string" },
  clock: { type: "string" },
  speed: { type: "string" },
  "clock-skew": { type: "string" },
  "page-size": { type: "string" },
  throttle: { type: "string" },
  auth: { type: "string" },
  credential: { type: "string", multiple: true },
  "allow-unsigned-payload": { type: "boolean" },
  grant: { type: "string", multiple: true },
  account: { type: "string", multiple: true },
  "token-ttl": { type: "string" },
  "request-log-size": { type: "string" },
  "request-log-bytes": { type: "string" },
  "request-log-body": { type: "string" },
  "headers-timeout": { type: "string" },
  "request-timeout": { type: "string" },
  "keep-alive-timeout": { type: "string" },
  "exit-when-done": { type: "boolean" },
  "exit-grace": { type: "string" },
  "control-token": { type: "string" },
  "insecure-control": { type: "boolean" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const satisfies ParseArgsConfig["options"];

type OptionName = keyof typeof OPTIONS;

/**
 * Reads the command line. Each token is checked first, so that an unknown option (with the nearest known one), a
 * missing value or a repeated option gets an error naming it; what passes is then read strictly, with types.
 */
function parse(argv: readonly string[]) {
  const args = [...argv];
  const { tokens } = parseArgs({ args, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    if (!Object.hasOwn(OPTIONS, token.name)) {
      throw new UsageError(`unknown option ${token.rawName}${suggestion(token.name, Object.keys(OPTIONS))}`);
    }
    const option: { type: string; multiple?: boolean } = OPTIONS[token.name as OptionName];
    if (option.type === "boolean") {
      if (token.value !== undefined) throw new UsageError(`--${token.name} takes no value`);
    } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith("-"))) {
      const negative = token.value !== undefined && /^-\d/.test(token.value);
      throw new UsageError(
        `--${token.name} needs a value${negative ? `; write a negative one as --${token.name}=${token.value}` : ""}`,
      );
    } else if (option.multiple !== true && seen.has(token.name)) {
      throw new UsageError(`--${token.name} is given more than once`);
    }
    seen.add(token.name);
  }
  try {
    return parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\s*\n\s*/g, " "));
  }
}

/** " (did you mean --x?)" for the known name nearest to a mistyped one, or nothing when none is near. */
function suggestion(name: string, known: string[]): string {
  const nearest = closest(name, known);
  return distance(name, nearest) <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean --${nearest}?)` : "";
}
