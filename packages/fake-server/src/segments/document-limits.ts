// Bounds on a segment of a declared extra kind, which is stored as written: the fake cannot check it against a
// model, so it checks that it is plain JSON small enough to encode, and shallow enough that encoding it can never
// run out of stack (JSON.stringify gives up a few thousand levels down). Walked without recursion, for the same
// reason.

/** How deep a segment of a declared kind may nest: objects and arrays inside its member's value. */
export const MAX_EXTRA_SEGMENT_DEPTH = 32;
/** How large a segment of a declared kind may be, as JSON (UTF-8). */
export const MAX_EXTRA_SEGMENT_BYTES = 64 * 1024;

/** Why a value cannot be stored: a sentence that names the limit or the bad value; undefined when it can. */
export function extraSegmentProblem(value: unknown): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    // Every value takes at least one byte of JSON: past this many, the size limit is passed anyway.
    if (++nodes > MAX_EXTRA_SEGMENT_BYTES) return tooLarge("more");
    if (current === null || typeof current === "string" || typeof current === "boolean") continue;
    if (typeof current === "number") {
      if (!Number.isFinite(current)) return `holds ${current}, which JSON cannot write`;
      continue;
    }
    if (typeof current !== "object") return `holds a ${typeof current}, which JSON cannot write`;
    if (depth >= MAX_EXTRA_SEGMENT_DEPTH) {
      return `nests more than ${MAX_EXTRA_SEGMENT_DEPTH} levels deep; a segment of a declared kind may nest at most ${MAX_EXTRA_SEGMENT_DEPTH}`;
    }
    if (Array.isArray(current)) {
      for (const item of current) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    const prototype = Object.getPrototypeOf(current);
    if (prototype !== Object.prototype && prototype !== null) return "holds an object that is not plain JSON";
    for (const key of Object.keys(current)) {
      stack.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  const size = Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
  return size > MAX_EXTRA_SEGMENT_BYTES ? tooLarge(String(size)) : undefined;
}

function tooLarge(size: string): string {
  return `is ${size} bytes of JSON; a segment of a declared kind may take at most ${MAX_EXTRA_SEGMENT_BYTES}`;
}
