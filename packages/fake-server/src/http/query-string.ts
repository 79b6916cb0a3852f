// Reads a request target's query string into a map without a prototype: a parameter named `__proto__`,
// `constructor` or `toString` is a parameter like any other, never something inherited.

export type QueryMap = Record<string, string | string[]>;

export function parseQueryString(search: string): QueryMap {
  const query: QueryMap = Object.create(null) as QueryMap;
  for (const [key, value] of new URLSearchParams(search)) {
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else query[key] = [existing, value];
  }
  return query;
}
