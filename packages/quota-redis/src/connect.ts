// A RedisBudget on a connection of its own, for callers that have a Redis URL rather than a client.
import { createClient } from "@redis/client";
import { RedisBudget, type RedisBudgetOptions } from "./redis-budget.js";

export interface ConnectedBudget {
  readonly budget: RedisBudget;
  /** Closes the connection; takes in progress fail. */
  close(): Promise<void>;
}

/** Connects to Redis at `url` (redis://host:port) and makes the budget of an account and Region on it. */
export async function connectRedisBudget(
  url: string,
  options: Omit<RedisBudgetOptions, "redis">,
): Promise<ConnectedBudget> {
  const client = createClient({ url });
  // Without a listener, a lost connection would be an unhandled 'error' event; takes fail on their own instead.
  client.on("error", () => {});
  await client.connect();
  try {
    const budget = new RedisBudget({ ...options, redis: client });
    return { budget, close: async () => void (await client.close()) };
  } catch (error) {
    client.destroy();
    throw error;
  }
}
