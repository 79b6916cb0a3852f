// Shape id helpers beyond parsing: ordering and relative-name display.

/** Smithy's shape id order: case-insensitive first, case-sensitive to break ties. */
export function compareShapeIds(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/** `ns#Shape$member` -> `ns#Shape`. */
export function withoutMember(id: string): string {
  const dollar = id.indexOf("$");
  return dollar < 0 ? id : id.slice(0, dollar);
}

/** Whether a string is an absolute shape id, optionally with a member. */
export function isAbsoluteShapeId(id: string): boolean {
  return /^_*[A-Za-z][A-Za-z0-9_]*(\._*[A-Za-z][A-Za-z0-9_]*)*#_*[A-Za-z][A-Za-z0-9_]*(\$_*[A-Za-z][A-Za-z0-9_]*)?$/.test(
    id,
  );
}
