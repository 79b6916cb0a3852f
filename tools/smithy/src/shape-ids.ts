// The order of shape ids in lists Smithy sorts (operation errors, service operations, ...).

/** Smithy's shape id order: case-insensitive first, case-sensitive to break ties. */
export function compareShapeIds(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}
