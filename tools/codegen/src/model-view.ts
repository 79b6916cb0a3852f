// What the generators see of a model: the shapes one service reaches, each with the TypeScript name it gets and
// the facts about its members that every emitter needs (wire name, timestamp format, required, default).
import { type Member, type NodeValue, type Shape, type ShapeIndex, shapeName } from "@rtca/smithy";
import { safeTypeName } from "./reserved-names.js";

export type TimestampFormat = "date-time" | "epoch-seconds" | "http-date";

/** A member with everything an emitter asks about it resolved. */
export interface MemberView extends Member {
  /** The key on the wire (`@jsonName`, or the member name). */
  wireName: string;
  /** The shape the member targets. */
  targetShape: Shape;
  required: boolean;
  /** The `@default` value, member trait first, then the target's. */
  defaultValue: NodeValue | undefined;
  documentation: string | undefined;
}

/** Shapes for which the generators emit named code: types, codecs, validators, arbitraries. */
export type NamedShape = Shape & { type: "structure" | "union" | "list" | "set" | "map" | "enum" | "intEnum" };

const NAMED_TYPES = new Set(["structure", "union", "list", "set", "map", "enum", "intEnum"]);

export class ModelView {
  readonly index: ShapeIndex;
  readonly serviceId: string;
  /** Named shapes of the service's closure, sorted by TypeScript name. */
  readonly shapes: NamedShape[];
  readonly #names = new Map<string, string>();
  readonly #modelNames = new Map<string, string>();
  #componentOf: Map<string, Set<string>> | undefined;
  readonly #members = new Map<string, MemberView[]>();

  /** Whether operations with an event stream, in their input or output, are left out rather than generated. */
  readonly skipEventStreams: boolean;

  constructor(index: ShapeIndex, serviceId: string, options: { skipEventStreams?: boolean } = {}) {
    this.index = index;
    this.serviceId = serviceId;
    this.skipEventStreams = options.skipEventStreams ?? false;
    const service = index.expect(serviceId);
    if (service.type !== "service") throw new Error(`${serviceId} is a ${service.type}, not a service`);
    const rename = service.rename ?? {};
    const byName = new Map<string, string>();
    const named: NamedShape[] = [];
    for (const id of index.closure([serviceId])) {
      const shape = index.expect(id);
      if (!NAMED_TYPES.has(shape.type) || index.isPrelude(id)) continue;
      const modelName = rename[id] ?? shapeName(id);
      const name = safeTypeName(modelName);
      const clash = byName.get(name);
      if (clash) throw new Error(`${id} and ${clash} would both be named ${name}; add a rename to ${serviceId}`);
      byName.set(name, id);
      this.#names.set(id, name);
      this.#modelNames.set(id, modelName);
      named.push(shape as NamedShape);
    }
    // A union member without a value targets the prelude's Unit: it gets the code of an empty structure.
    const unit = "smithy.api#Unit";
    if (named.some((s) => s.type === "union" && index.members(s.id).some((m) => m.target === unit))) {
      let name = "Unit";
      while (byName.has(name)) name = `${name}_`;
      this.#names.set(unit, name);
      named.push(index.expect(unit) as NamedShape);
    }
    this.shapes = named.sort((a, b) => compare(this.nameOf(a.id), this.nameOf(b.id)));
  }

  /** The TypeScript name of a named shape. */
  nameOf(id: string): string {
    const name = this.#names.get(id);
    if (!name) throw new Error(`${id} has no generated name`);
    return name;
  }

  /** The name the model gives a named shape (after the service's renames): what travels on the wire for an error. */
  modelNameOf(id: string): string {
    const name = this.#modelNames.get(id);
    if (!name) throw new Error(`${id} has no generated name`);
    return name;
  }

  isNamed(id: string): boolean {
    return this.#names.has(id);
  }

  /** The members of a structure or union, with wire names and the rest resolved. */
  members(id: string): MemberView[] {
    let members = this.#members.get(id);
    if (!members) {
      members = this.#readMembers(id);
      this.#members.set(id, members);
    }
    return members;
  }

  #readMembers(id: string): MemberView[] {
    return this.index.members(id).map((m) => {
      const traits = m.traits ?? {};
      return {
        ...m,
        wireName: typeof traits["smithy.api#jsonName"] === "string" ? traits["smithy.api#jsonName"] : m.name,
        targetShape: this.index.expect(m.target),
        required: "smithy.api#required" in traits,
        defaultValue: this.index.memberTrait(m, "smithy.api#default") ?? undefined,
        documentation: docOf(traits["smithy.api#documentation"]),
      };
    });
  }

  /** The one member of a list (`member`) or the key and value of a map. */
  member(id: string, name: "member" | "key" | "value"): Member {
    const found = this.index.members(id).find((m) => m.name === name);
    if (!found) throw new Error(`${id} has no ${name}`);
    return found;
  }

  /**
   * The wire format of a timestamp member: its own trait, then its target's, then the protocol's default for where
   * it travels (restJson1: epoch seconds in a body, date-time in a path or query, http-date in a header).
   */
  timestampFormat(member: Member, fallback: TimestampFormat = "epoch-seconds"): TimestampFormat {
    const format = this.index.memberTrait(member, "smithy.api#timestampFormat");
    return (typeof format === "string" ? format : fallback) as TimestampFormat;
  }

  /**
   * The wire format of a timestamp member of an operation's input or output, given where its HTTP binding puts it:
   * date-time in a path or query string, http-date in a header, epoch seconds in a JSON body.
   */
  boundTimestampFormat(member: Member): TimestampFormat {
    const traits = member.traits ?? {};
    if ("smithy.api#httpHeader" in traits) return this.timestampFormat(member, "http-date");
    if ("smithy.api#httpLabel" in traits || "smithy.api#httpQuery" in traits)
      return this.timestampFormat(member, "date-time");
    return this.timestampFormat(member);
  }

  /** A trait of a member, falling back to its target. */
  trait(member: Member, trait: string): NodeValue | undefined {
    return this.index.memberTrait(member, trait);
  }

  documentation(shape: Shape): string | undefined {
    return docOf(shape.traits?.["smithy.api#documentation"]);
  }

  /** Whether the shape can contain itself, directly or through others. */
  isRecursive(id: string): boolean {
    const shape = this.index.expect(id);
    if (shape.type === "enum" || shape.type === "intEnum") return false;
    const component = this.#components().get(id);
    return component !== undefined && (component.size > 1 || this.index.members(id).some((m) => m.target === id));
  }

  /** Whether two shapes are one, or contain each other: a member targeting `a` of shape `b` leads back to `b`. */
  leadsBack(a: string, b: string): boolean {
    if (a === b) return true;
    const component = this.#components().get(a);
    return component !== undefined && component === this.#components().get(b);
  }

  /**
   * The strongly connected components of the shapes the service reaches, through member targets (Tarjan's
   * algorithm, without recursion): shapes in one component contain each other. Computed once, since asking each
   * shape for its closure costs quadratic time on a large model.
   */
  #components(): Map<string, Set<string>> {
    if (this.#componentOf) return this.#componentOf;
    const componentOf = new Map<string, Set<string>>();
    const order = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    let counter = 0;
    const targets = (id: string) => [...new Set(this.index.members(id).map((m) => m.target))];
    for (const root of this.index.closure([this.serviceId])) {
      if (order.has(root)) continue;
      const work: Array<{ id: string; next: string[]; i: number }> = [];
      const enter = (id: string) => {
        order.set(id, counter);
        low.set(id, counter++);
        stack.push(id);
        onStack.add(id);
        work.push({ id, next: targets(id), i: 0 });
      };
      enter(root);
      while (work.length > 0) {
        const frame = work[work.length - 1]!;
        if (frame.i < frame.next.length) {
          const child = frame.next[frame.i++]!;
          if (!order.has(child)) enter(child);
          else if (onStack.has(child)) low.set(frame.id, Math.min(low.get(frame.id)!, order.get(child)!));
          continue;
        }
        work.pop();
        const parent = work[work.length - 1];
        if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
        if (low.get(frame.id) === order.get(frame.id)) {
          const component = new Set<string>();
          let member: string;
          do {
            member = stack.pop()!;
            onStack.delete(member);
            component.add(member);
            componentOf.set(member, component);
          } while (member !== frame.id);
        }
      }
    }
    this.#componentOf = componentOf;
    return componentOf;
  }

  isSparse(shape: Shape): boolean {
    return "smithy.api#sparse" in (shape.traits ?? {});
  }
}

function docOf(value: NodeValue | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
