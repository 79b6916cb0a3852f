// The members a list or map must end up with (its own or its mixins'), and the mixins that cannot be applied
// because they lack them. Smithy's loader cannot build such a mixin, so every shape that uses it fails with it,
// rather than on members of its own.

/** How to see a model's shapes for these checks: type, mixins and the names of the members a shape defines. */
export interface MemberGraph {
  type(id: string): string | undefined;
  mixins(id: string): readonly string[];
  ownMembers(id: string): readonly string[];
}

const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  list: ["member"],
  set: ["member"],
  map: ["key", "value"],
};

/** The members a list or map neither defines nor inherits (none for other shapes). */
export function missingMembers(graph: MemberGraph, id: string): string[] {
  const required = REQUIRED[graph.type(id) ?? ""] ?? [];
  const present = memberNames(graph, id, new Set());
  return required.filter((name) => !present.has(name));
}

/** The first mixin of a shape that cannot be built: it lacks members, or uses such a mixin itself. */
export function unbuildableMixin(graph: MemberGraph, id: string, visiting = new Set<string>()): string | undefined {
  if (visiting.has(id)) return undefined; // a cycle is reported on its own
  visiting.add(id);
  return graph
    .mixins(id)
    .find(
      (mixin) =>
        graph.type(mixin) !== undefined &&
        (missingMembers(graph, mixin).length > 0 || unbuildableMixin(graph, mixin, visiting) !== undefined),
    );
}

function memberNames(graph: MemberGraph, id: string, visiting: Set<string>): Set<string> {
  const names = new Set(graph.ownMembers(id));
  if (visiting.has(id)) return names;
  visiting.add(id);
  for (const mixin of graph.mixins(id)) for (const name of memberNames(graph, mixin, visiting)) names.add(name);
  return names;
}
