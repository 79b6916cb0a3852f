// How one IDL file writes the shape ids it mentions: relative where the IDL's own resolution (the file's shapes,
// its `use` statements, then the prelude) gives the same id back, absolute everywhere else.
import { PRELUDE_NAMESPACE, parseShapeId } from "../ast.js";
import { PRELUDE } from "../prelude.js";

export class FileNames {
  /** `use` statements: local name -> absolute id. */
  readonly uses = new Map<string, string>();
  readonly #local: Set<string>;

  /**
   * @param namespace the file's namespace
   * @param defined the names of the shapes the file defines
   * @param mentioned every shape id the file mentions (targets, traits, mixins, properties), for `use` statements
   */
  constructor(
    readonly namespace: string,
    defined: Iterable<string>,
    mentioned: Iterable<string>,
  ) {
    this.#local = new Set(defined);
    const candidates = new Map<string, Set<string>>();
    for (const id of mentioned) {
      const { namespace: ns, name } = parseShapeId(id);
      if (ns === namespace || ns === PRELUDE_NAMESPACE) continue;
      if (this.#local.has(name) || isPreludeName(name)) continue;
      const ids = candidates.get(name) ?? new Set();
      ids.add(`${ns}#${name}`);
      candidates.set(name, ids);
    }
    // A name two namespaces share would be ambiguous: both stay absolute.
    for (const [name, ids] of candidates) if (ids.size === 1) this.uses.set(name, [...ids][0]!);
  }

  /** The text for a shape id (`ns#Name` or `ns#Name$member`). */
  ref(id: string): string {
    const { namespace, name, member } = parseShapeId(id);
    const suffix = member === undefined ? "" : `$${member}`;
    const absolute = `${namespace}#${name}`;
    const relative =
      (namespace === this.namespace && this.#local.has(name)) ||
      this.uses.get(name) === absolute ||
      (namespace === PRELUDE_NAMESPACE && isPreludeName(name) && !this.#local.has(name) && !this.uses.has(name));
    return `${relative ? name : absolute}${suffix}`;
  }
}

function isPreludeName(name: string): boolean {
  return Object.hasOwn(PRELUDE.shapes, `${PRELUDE_NAMESPACE}#${name}`);
}
