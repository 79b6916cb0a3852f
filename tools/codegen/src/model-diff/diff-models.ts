// The changes between two versions of a model, shape by shape (mixins flattened, so that moving members into a
// mixin is no change), each graded as Smithy's diff tool grades it.
import { type MemberNode, type NodeValue, type Shape, ShapeIndex, type SmithyAst } from "@rtca/smithy";
import type { DiffEvent } from "./diff-event.js";
import { traitChange } from "./trait-changes.js";

const DEFAULT = "smithy.api#default";
const REQUIRED = "smithy.api#required";
const ENUM_VALUE = "smithy.api#enumValue";
type Ref = { target: string };
const AGGREGATES = new Set(["enum", "intEnum", "structure", "union", "list", "set", "map"]);

/** The changes that turn the `before` model into the `after` one, sorted by shape id. */
export function diffModels(before: SmithyAst, after: SmithyAst): DiffEvent[] {
  const old = new ShapeIndex(before);
  const neu = new ShapeIndex(after);
  const events: DiffEvent[] = [];
  events.push(...diffMetadata(before.metadata ?? {}, after.metadata ?? {}));
  const ids = new Set([...old.ids(), ...neu.ids()]);
  for (const id of [...ids].sort()) {
    const a = old.get(id);
    const b = neu.get(id);
    if (!a && b) {
      events.push({ id: "AddedShape", severity: "NOTE", shapeId: id, message: `${b.type} added`, addition: true });
    } else if (a && !b) {
      events.push({ id: "RemovedShape", severity: "ERROR", shapeId: id, message: `${a.type} removed` });
    } else if (a && b) {
      events.push(...diffShape(id, a, b, old, neu));
    }
  }
  return events;
}

function diffMetadata(before: Record<string, NodeValue>, after: Record<string, NodeValue>): DiffEvent[] {
  const events: DiffEvent[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const shapeId = `metadata:${key}`;
    if (!(key in before)) events.push({ id: "AddedMetadata", severity: "NOTE", shapeId, message: "metadata added" });
    else if (!(key in after)) {
      events.push({ id: "RemovedMetadata", severity: "DANGER", shapeId, message: "metadata removed" });
    } else if (!same(before[key], after[key])) {
      events.push({ id: "ChangedMetadata", severity: "WARNING", shapeId, message: "metadata changed" });
    }
  }
  return events;
}

function diffShape(id: string, a: Shape, b: Shape, old: ShapeIndex, neu: ShapeIndex): DiffEvent[] {
  if (a.type !== b.type) {
    return [
      { id: "ChangedShapeType", severity: "ERROR", shapeId: id, message: `type changed from ${a.type} to ${b.type}` },
    ];
  }
  const events = diffTraits(id, a.traits, b.traits, { member: false, hasDefault: false });
  if (AGGREGATES.has(a.type)) events.push(...diffMembers(id, a, b, old, neu));
  if (a.type === "operation" && b.type === "operation") {
    for (const key of ["input", "output"] as const) {
      const from = a[key]?.target ?? "smithy.api#Unit";
      const to = b[key]?.target ?? "smithy.api#Unit";
      if (from !== to) {
        const kind = key === "input" ? "ChangedOperationInput" : "ChangedOperationOutput";
        events.push({ id: kind, severity: "ERROR", shapeId: id, message: `${key} changed from ${from} to ${to}` });
      }
    }
    // Clients and servers generated from the model handle a closed set of errors: either change breaks them.
    const errors = diffRefs(
      id,
      "error",
      a.errors,
      b.errors,
      ["AddedOperationError", "ERROR"],
      ["RemovedOperationError", "ERROR"],
    );
    events.push(...errors);
  }
  if (a.type === "service" && b.type === "service") {
    events.push(...diffBindings(id, a, b));
    const errors = diffRefs(
      id,
      "error",
      a.errors,
      b.errors,
      ["AddedServiceError", "ERROR"],
      ["RemovedServiceError", "ERROR"],
    );
    events.push(...errors);
    if (!same(a.rename ?? {}, b.rename ?? {})) {
      events.push({ id: "ServiceRename", severity: "ERROR", shapeId: id, message: "the service's renames changed" });
    }
    if (a.version !== b.version) {
      events.push({
        id: "ChangedServiceVersion",
        severity: "NOTE",
        shapeId: id,
        message: `version changed from ${a.version} to ${b.version}`,
      });
    }
  }
  if (a.type === "resource" && b.type === "resource") {
    if (!same(a.identifiers ?? {}, b.identifiers ?? {})) {
      events.push({ id: "ChangedResourceIdentifiers", severity: "ERROR", shapeId: id, message: "identifiers changed" });
    }
    for (const key of ["create", "put", "read", "update", "delete", "list"] as const) {
      if (a[key]?.target !== b[key]?.target) {
        const [kind, severity] = a[key] ? REMOVED_BINDING : ADDED_BINDING;
        events.push({ id: kind, severity, shapeId: id, message: `${key} changed`, addition: !a[key] });
      }
    }
    events.push(...diffBindings(id, a, b));
  }
  return events;
}

const ADDED_BINDING: Grade = ["AddedEntityBinding", "NOTE"];
const REMOVED_BINDING: Grade = ["RemovedEntityBinding", "ERROR"];

function diffBindings(id: string, a: Shape & { operations?: Ref[]; resources?: Ref[] }, b: typeof a): DiffEvent[] {
  return [
    ...diffRefs(id, "operation", a.operations, b.operations, ADDED_BINDING, REMOVED_BINDING),
    ...diffRefs(id, "resource", a.resources, b.resources, ADDED_BINDING, REMOVED_BINDING),
  ];
}

function memberMap(shape: Shape): Record<string, MemberNode> {
  if (shape.type === "list" || shape.type === "set") return shape.member ? { member: shape.member } : {};
  if (shape.type === "map") return { key: shape.key, value: shape.value };
  if ("members" in shape) return shape.members ?? {};
  return {};
}

function diffMembers(id: string, a: Shape, b: Shape, old: ShapeIndex, neu: ShapeIndex): DiffEvent[] {
  const events: DiffEvent[] = [];
  const before = memberMap(a);
  const after = memberMap(b);
  const isEnum = a.type === "enum" || a.type === "intEnum";
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const shapeId = `${id}$${name}`;
    const m = before[name];
    const n = after[name];
    if (!m && n) {
      events.push(addedMember(shapeId, a.type, n));
      continue;
    }
    if (m && !n) {
      const kind = isEnum ? "RemovedEnumValue" : "RemovedMember";
      events.push({ id: kind, severity: "ERROR", shapeId, message: `${isEnum ? "enum value" : "member"} removed` });
      continue;
    }
    if (!m || !n) continue;
    if (isEnum) {
      const from = m.traits?.[ENUM_VALUE] ?? name;
      const to = n.traits?.[ENUM_VALUE] ?? name;
      if (!same(from, to)) {
        const message = `value changed from ${JSON.stringify(from)} to ${JSON.stringify(to)}`;
        events.push({ id: "ChangedEnumValue", severity: "ERROR", shapeId, message });
      }
    } else if (m.target !== n.target) {
      events.push(changedTarget(shapeId, m.target, n.target, old, neu));
    }
    const { [ENUM_VALUE]: _a, ...traitsBefore } = m.traits ?? {};
    const { [ENUM_VALUE]: _b, ...traitsAfter } = n.traits ?? {};
    const hasDefault = n.traits?.[DEFAULT] !== undefined;
    events.push(...diffTraits(shapeId, traitsBefore, traitsAfter, { member: true, hasDefault }));
  }
  return events;
}

function addedMember(shapeId: string, type: string, member: MemberNode): DiffEvent {
  if (type === "union") {
    const message = "union member added: code that handles every member (an exhaustive visit) meets a new one";
    return { id: "AddedUnionMember", severity: "DANGER", shapeId, message, addition: true };
  }
  if (type === "enum" || type === "intEnum") {
    return { id: "AddedEnumValue", severity: "NOTE", shapeId, message: "enum value added", addition: true };
  }
  const traits = member.traits ?? {};
  if (traits[REQUIRED] !== undefined && traits[DEFAULT] === undefined) {
    const message = "required member added without a default: old callers do not send it";
    return { id: "AddedRequiredMember", severity: "ERROR", shapeId, message };
  }
  return { id: "AddedMember", severity: "NOTE", shapeId, message: "member added", addition: true };
}

/** A new target of the same type and constraints reads the same wire: a WARNING, as Smithy grades it. */
function changedTarget(shapeId: string, from: string, to: string, old: ShapeIndex, neu: ShapeIndex): DiffEvent {
  const a = old.get(from);
  const b = neu.get(to);
  const message = `target changed from ${from} to ${to}`;
  const compatible =
    a &&
    b &&
    a.type === b.type &&
    !AGGREGATES.has(a.type) &&
    same(a.traits ?? {}, b.traits ?? {}, ["smithy.api#documentation"]);
  return { id: "ChangedMemberTarget", severity: compatible ? "WARNING" : "ERROR", shapeId, message };
}

function diffTraits(
  shapeId: string,
  before: Record<string, NodeValue> | undefined,
  after: Record<string, NodeValue> | undefined,
  context: { member: boolean; hasDefault: boolean },
): DiffEvent[] {
  const a = before ?? {};
  const b = after ?? {};
  const events: DiffEvent[] = [];
  for (const trait of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (same(a[trait], b[trait])) continue;
    events.push(...traitChange(shapeId, trait, a[trait], b[trait], context));
  }
  return events;
}

type Grade = [id: string, severity: DiffEvent["severity"]];

/** Added and removed references of a list property (operations, resources, errors). */
function diffRefs(
  id: string,
  what: string,
  before: { target: string }[] | undefined,
  after: { target: string }[] | undefined,
  [addedId, addedSeverity]: Grade,
  [removedId, removedSeverity]: Grade,
): DiffEvent[] {
  const a = new Set((before ?? []).map((r) => r.target));
  const b = new Set((after ?? []).map((r) => r.target));
  const events: DiffEvent[] = [];
  for (const t of b) {
    if (a.has(t)) continue;
    events.push({ id: addedId, severity: addedSeverity, shapeId: id, message: `${what} ${t} added`, addition: true });
  }
  for (const t of a) {
    if (!b.has(t))
      events.push({ id: removedId, severity: removedSeverity, shapeId: id, message: `${what} ${t} removed` });
  }
  return events;
}

/** Deep equality of node values, ignoring the keys listed. */
function same(a: unknown, b: unknown, ignore: string[] = []): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => same(v, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => !ignore.includes(k));
  const kb = Object.keys(b).filter((k) => !ignore.includes(k));
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && same((a as never)[k], (b as never)[k]));
}
