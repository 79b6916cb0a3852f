// Per-instance authorization, as an IAM policy would give it: an access key with grants may read only the instances
// granted to it; a key without any reads everything. Grants come from the fake's options (fixed) and from loaded
// scenarios (forgotten on reset).
import { ServiceError } from "../../runtime/index.js";
import { DEFAULT_ACCOUNT_ID } from "./accounts.js";

/** Instance ids by access key id. */
export type GrantTable = Readonly<Record<string, readonly string[]>>;

/** The account the fake's ARNs name for keys that belong to no configured account. */
export const FAKE_ACCOUNT_ID = DEFAULT_ACCOUNT_ID;

function addTo(target: Map<string, Set<string>>, table: GrantTable): void {
  for (const accessKeyId of Object.keys(table)) {
    const instances = target.get(accessKeyId) ?? new Set<string>();
    for (const instanceId of table[accessKeyId]!) instances.add(instanceId);
    target.set(accessKeyId, instances);
  }
}

export class Grants {
  readonly #fixed = new Map<string, Set<string>>();
  readonly #loaded = new Map<string, Set<string>>();

  constructor(fixed: GrantTable = {}) {
    addTo(this.#fixed, fixed);
  }

  /** Adds grants until the next reset (a scenario's). */
  load(table: GrantTable): void {
    addTo(this.#loaded, table);
  }

  /** Forgets the grants that scenarios added; the fixed ones stay. */
  reset(): void {
    this.#loaded.clear();
  }

  allows(accessKeyId: string, instanceId: string): boolean {
    const fixed = this.#fixed.get(accessKeyId);
    const loaded = this.#loaded.get(accessKeyId);
    if (fixed === undefined && loaded === undefined) return true;
    return fixed?.has(instanceId) === true || loaded?.has(instanceId) === true;
  }
}

export interface AccessAttempt {
  readonly accessKeyId: string;
  /** The account of the access key; the default account when absent. */
  readonly accountId?: string;
  /** The region of the request's credential scope. */
  readonly region: string;
  readonly operation: string;
  readonly instanceId: string;
  readonly contactId?: string;
}

/** AccessDeniedException worded as AWS words an IAM denial. */
export function accessDenied(attempt: AccessAttempt): ServiceError {
  const action = `connect:${attempt.operation}`;
  const contact = attempt.contactId === undefined ? "" : `/contact/${attempt.contactId}`;
  const account = attempt.accountId ?? FAKE_ACCOUNT_ID;
  const resource = `arn:aws:connect:${attempt.region}:${account}:instance/${attempt.instanceId}${contact}`;
  return new ServiceError("AccessDeniedException", {
    Message: `User: arn:aws:iam::${account}:user/${attempt.accessKeyId} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
  });
}
