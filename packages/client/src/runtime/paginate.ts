// Pagination over an operation's @paginated trait: an async iterator of pages that follows the output token
// until the service gives none (absent or empty), or, unless told otherwise, gives the same token again.

import { ConfigurationError } from "./client-errors.js";
import type { OperationSpec } from "./operation.js";
import type { CallOptions } from "./service-client.js";

export interface PaginationConfig<Client> {
  client: Client;
  /** The page size to ask for (the operation's pageSize member). */
  pageSize?: number;
  /** The token to start from, such as one saved from an earlier run. */
  startingToken?: string;
  /** Stop when the service answers with the token it was just given (default true): it would loop forever. */
  stopOnSameToken?: boolean;
  /** Ends the iteration, and tears down the request in flight, when aborted. */
  abortSignal?: AbortSignal;
}

export async function* paginate<Client, Input, Page>(
  config: PaginationConfig<Client>,
  input: Input,
  spec: OperationSpec<Input, unknown>,
  send: (client: Client, input: Input, options?: CallOptions) => Promise<Page>,
): AsyncGenerator<Page, void, undefined> {
  const trait = spec.paginated;
  if (trait?.inputToken === undefined || trait.outputToken === undefined) {
    throw new ConfigurationError("paginate", `${spec.name} is not paginated`);
  }
  const stopOnSameToken = config.stopOnSameToken ?? true;
  let token = config.startingToken;
  for (;;) {
    const pageInput: Record<string, unknown> = { ...(input as Record<string, unknown>) };
    if (token !== undefined) pageInput[trait.inputToken] = token;
    if (config.pageSize !== undefined && trait.pageSize !== undefined) pageInput[trait.pageSize] = config.pageSize;
    const page = await send(config.client, pageInput as Input, { abortSignal: config.abortSignal });
    yield page;
    const next = valueAt(page, trait.outputToken);
    if (typeof next !== "string" || next === "") return;
    if (stopOnSameToken && next === token) return;
    token = next;
  }
}

/** Reads a member by a dotted path, such as `NextToken` or `Result.NextToken`. */
function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
