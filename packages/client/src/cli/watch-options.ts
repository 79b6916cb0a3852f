// The options only `rtca watch` has: several contacts, the shared request budget and where it lives.
import { type ParsedArgs, UsageError } from "./args.js";

const COMMAND = "watch";

/** The contacts of every --contact, each of which may list several separated by commas; repeats are dropped. */
export function contactIds(args: ParsedArgs): string[] {
  const given = args.lists.get("contact") ?? [];
  if (given.length === 0) throw new UsageError("--contact is required (one or more contact IDs)", COMMAND);
  const ids: string[] = [];
  for (const text of given) {
    const parts = text.split(",").map((id) => id.trim());
    if (parts.some((id) => id === "")) {
      throw new UsageError(
        `--contact takes contact IDs separated by commas, such as --contact a1,b2, got ${JSON.stringify(text)}`,
        COMMAND,
      );
    }
    for (const id of parts) if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

export interface BudgetSpec {
  ratePerSecond: number;
  burst: number;
}

/** `--budget RATE/BURST`: RATE requests per second (a decimal above 0), BURST at once (a whole number, 1 or more). */
export function budgetSpec(args: ParsedArgs): BudgetSpec | undefined {
  const text = args.values.get("budget");
  if (text === undefined) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+)\s*$/.exec(text);
  const rate = Number(match?.[1]);
  const burst = Number(match?.[2]);
  if (match === null || !(rate > 0) || rate > 10_000 || burst < 1 || burst > 10_000) {
    throw new UsageError(
      `--budget must be RATE/BURST, requests per second (above 0) and a burst (a whole number from 1 to 10000), such as 2/5; got ${JSON.stringify(text)}`,
      COMMAND,
    );
  }
  return { ratePerSecond: rate, burst };
}

/** `--redis URL`: a redis:// or rediss:// URL. */
export function redisUrl(args: ParsedArgs): string | undefined {
  const text = args.values.get("redis");
  if (text === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== "redis:" && url.protocol !== "rediss:") || url.hostname === "") {
    throw new UsageError(`--redis ${JSON.stringify(text)} is not a Redis URL such as redis://127.0.0.1:6379`, COMMAND);
  }
  return text;
}

/** `--account`: the 12-digit AWS account id, only meaningful with --redis. */
export function accountId(args: ParsedArgs, redis: string | undefined): string | undefined {
  const text = args.values.get("account");
  if (text === undefined) return undefined;
  if (redis === undefined) throw new UsageError("--account is for --redis: give it with --redis URL", COMMAND);
  if (!/^\d{12}$/.test(text)) {
    throw new UsageError(`--account must be a 12-digit AWS account ID, got ${JSON.stringify(text)}`, COMMAND);
  }
  return text;
}
