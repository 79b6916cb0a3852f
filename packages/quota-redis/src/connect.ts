// A RedisBudget on a connection of its own, for callers that have a Redis URL rather than a client.
import { createClient } from "@redis/client";
import { RedisBudget, type RedisBudgetOptions } from "./redis-budget.js";

export interface ConnectedBudget {
  readonly budget: RedisBudget;
  /** Closes the connection; takes in progress fail. */
  close(): Promise<void>;
}

/**
 * Connects to Redis at `url` (redis://host:port) and makes the budget of an account and Region on it. Rejects when
 * Redis cannot be reached at first; once connected, a lost connection is retried.
 */
export async function connectRedisBudget(
  url: string,
  options: Omit<RedisBudgetOptions, "redis">,
): Promise<ConnectedBudget> {
  let connected = false;
  const client = createClient({
    url,
    socket: {
      // The first connection fails at once (the client's default would retry it for ever); later ones back off.
      reconnectStrategy: (retries: number, cause: Error) => (connected ? Math.min(50 * 2 ** retries, 2000) : cause),
    },
  });
  // Without a listener, a lost connection would be an unhandled 'error' event; takes fail on their own instead.
  client.on("error", () => {});
  await client.connect();
  connected = true;
  try {
    const budget = new RedisBudget({ ...options, redis: client });
    return { budget, close: async () => void (await client.close()) };
  } catch (error) {
    client.destroy();
    throw error;
  }
}
