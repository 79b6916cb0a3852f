// Which account each access key belongs to, as IAM would say. The service counts its quota per account and Region,
// not per key, so every key of an account draws on one bucket. Keys nobody assigned belong to the default account.
// Assignments come from the fake's options (fixed) and from loaded scenarios (forgotten on reset).

/** Access key ids by account id. */
export type AccountTable = Readonly<Record<string, readonly string[]>>;

/** The account of every access key that no table assigns. */
export const DEFAULT_ACCOUNT_ID = "000000000000";

const ACCOUNT_ID = /^\d{12}$/;

export class AccountTableError extends Error {
  override readonly name = "AccountTableError";
}

/** Refuses an account id that is not 12 digits, an account without keys, and a key given to two accounts. */
export function checkAccountTable(table: AccountTable, taken: ReadonlyMap<string, string> = new Map()): void {
  const seen = new Map(taken);
  for (const accountId of Object.keys(table)) {
    if (!ACCOUNT_ID.test(accountId)) {
      throw new AccountTableError(`an account id is 12 digits, got ${JSON.stringify(accountId)}`);
    }
    const keys = table[accountId]!;
    if (keys.length === 0) throw new AccountTableError(`account ${accountId} needs at least one access key id`);
    for (const accessKeyId of keys) {
      if (accessKeyId === "") throw new AccountTableError(`account ${accountId} has an empty access key id`);
      const other = seen.get(accessKeyId);
      if (other !== undefined && other !== accountId) {
        throw new AccountTableError(`access key ${accessKeyId} cannot belong to both ${other} and ${accountId}`);
      }
      seen.set(accessKeyId, accountId);
    }
  }
}

function addTo(target: Map<string, string>, table: AccountTable): void {
  for (const accountId of Object.keys(table)) for (const key of table[accountId]!) target.set(key, accountId);
}

export class Accounts {
  readonly #fixed = new Map<string, string>();
  readonly #loaded = new Map<string, string>();

  constructor(fixed: AccountTable = {}) {
    checkAccountTable(fixed);
    addTo(this.#fixed, fixed);
  }

  /** Adds assignments until the next reset (a scenario's); a key keeps the account it already has. */
  load(table: AccountTable): void {
    this.check(table);
    addTo(this.#loaded, table);
  }

  /** Throws AccountTableError when the table is malformed or moves a key to another account. */
  check(table: AccountTable): void {
    checkAccountTable(table, new Map([...this.#fixed, ...this.#loaded]));
  }

  /** Forgets the assignments that scenarios added; the fixed ones stay. */
  reset(): void {
    this.#loaded.clear();
  }

  accountOf(accessKeyId: string): string {
    return this.#fixed.get(accessKeyId) ?? this.#loaded.get(accessKeyId) ?? DEFAULT_ACCOUNT_ID;
  }
}
