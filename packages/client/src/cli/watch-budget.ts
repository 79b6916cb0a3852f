// The request budget of `rtca watch`: a token bucket in this process, or with --redis one in Redis shared by every
// process and host of the account, from @rtca/quota-redis. That package depends on this one, so it is an optional
// peer, loaded only for --redis.
import { defaultReserve, type RequestBudget, SERVICE_QUOTA, TokenBucketBudget } from "../watch/request-budget.js";
import { UsageError } from "./args.js";
import type { BudgetSpec } from "./watch-options.js";

const QUOTA_REDIS = "@rtca/quota-redis";

/** What the CLI uses of @rtca/quota-redis. */
interface QuotaRedis {
  connectRedisBudget(
    url: string,
    options: { accountId: string; region: string; ratePerSecond: number; burst: number },
  ): Promise<{ budget: RequestBudget; close(): Promise<void> }>;
}

/** Redis could not be reached, or stopped answering, at the URL given. */
export class QuotaStoreError extends Error {
  override readonly name = "QuotaStoreError";
  readonly url: string;

  constructor(url: string, cause: unknown) {
    super(`could not use Redis at ${url}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.url = url;
  }
}

export interface WatchBudget {
  readonly budget: RequestBudget;
  /** How the budget is shared, for the status line. */
  readonly description: string;
  close(): Promise<void>;
}

export function localBudget(spec: BudgetSpec | undefined): WatchBudget {
  const { ratePerSecond, burst } = spec ?? SERVICE_QUOTA;
  return {
    budget: new TokenBucketBudget({ ratePerSecond, burst }),
    description: `budget ${ratePerSecond}/s, burst ${burst} (${defaultReserve(burst)} in reserve)`,
    close: async () => {},
  };
}

export interface RedisTarget {
  url: string;
  accountId: string;
  region: string;
}

export async function redisBudget(spec: BudgetSpec | undefined, target: RedisTarget): Promise<WatchBudget> {
  const { connectRedisBudget } = await loadQuotaRedis();
  const { ratePerSecond, burst } = spec ?? SERVICE_QUOTA;
  let connected: Awaited<ReturnType<QuotaRedis["connectRedisBudget"]>>;
  try {
    connected = await connectRedisBudget(target.url, {
      accountId: target.accountId,
      region: target.region,
      ratePerSecond,
      burst,
    });
  } catch (error) {
    throw new QuotaStoreError(target.url, error);
  }
  const inner = connected.budget;
  // A Redis that goes away mid-watch is a failure of the budget, not of the service: it gets its own report.
  const budget: RequestBudget = {
    take: async (signal) => {
      try {
        await inner.take(signal);
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new QuotaStoreError(target.url, error);
      }
    },
    backOff: async (ms) => {
      try {
        await inner.backOff(ms);
      } catch (error) {
        throw new QuotaStoreError(target.url, error);
      }
    },
  };
  return {
    budget,
    description: `budget ${ratePerSecond}/s, burst ${burst} (${defaultReserve(burst)} in reserve), shared in Redis for account ${target.accountId} in ${target.region}`,
    close: () => connected.close().catch(() => {}),
  };
}

async function loadQuotaRedis(): Promise<QuotaRedis> {
  try {
    return (await import(QUOTA_REDIS)) as QuotaRedis;
  } catch (error) {
    if (!missing(error)) throw error;
    throw new UsageError(
      `--redis needs ${QUOTA_REDIS}: install it beside @rtca/client (npm install ${QUOTA_REDIS})`,
      "watch",
    );
  }
}

/** The package itself is not installed (rather than something it needs). */
function missing(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === "ERR_MODULE_NOT_FOUND" && typeof message === "string" && message.includes(`'${QUOTA_REDIS}'`);
}
