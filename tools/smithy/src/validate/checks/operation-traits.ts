// Traits of operations that name other parts of the model: `@idempotent`'s `exists` and `notFound` errors are errors
// of the operation, and only one of the two is given ("IdempotentTrait"); `@requestCompression` names at least one
// supported algorithm and sits on an operation with an input that has no length-bound stream
// ("RequestCompressionTrait"); an update-style operation (a resource's `update`, or named Update... or Patch...)
// with `@default` input members cannot tell an omitted member from one sent (a "DefaultValueInUpdate" WARNING).
import { isNodeObject } from "../../node-values.js";
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";

const IDEMPOTENT = "smithy.api#idempotent";
const REQUEST_COMPRESSION = "smithy.api#requestCompression";
const DEFAULT = "smithy.api#default";
const STREAMING = "smithy.api#streaming";
const REQUIRES_LENGTH = "smithy.api#requiresLength";
const UNIT = "smithy.api#Unit";
const COMPRESSION_ALGORITHMS = new Set(["gzip"]);

function inputOf(view: ShapeView): string | undefined {
  const input = view.shape?.type === "operation" ? view.shape.input?.target : undefined;
  return input === undefined || input === UNIT ? undefined : input;
}

function ticked(items: readonly string[]): string {
  return items.map((item) => `\`${item}\``).join(", ");
}

function checkIdempotent(ctx: CheckContext, view: ShapeView): void {
  const trait = view.traits[IDEMPOTENT];
  if (!isNodeObject(trait) || view.shape?.type !== "operation") return;
  const where = ctx.model.traitLocation(view.id, IDEMPOTENT);
  if (trait.exists !== undefined && trait.notFound !== undefined) {
    ctx.error(
      "IdempotentTrait",
      view.id,
      `@idempotent on \`${view.id}\` gives both \`exists\` and \`notFound\`: give one`,
      where,
    );
  }
  const errors = (view.shape.errors ?? []).map((ref) => ref.target).sort();
  const namespace = view.id.slice(0, view.id.indexOf("#"));
  for (const property of ["exists", "notFound"] as const) {
    const listed = trait[property];
    if (!Array.isArray(listed)) continue;
    for (const name of listed) {
      if (typeof name !== "string") continue;
      const id = name.includes("#") ? name : `${namespace}#${name}`;
      if (errors.includes(id)) continue;
      const expected = errors.length === 0 ? "the operation declares no errors" : `its errors are ${ticked(errors)}`;
      ctx.error(
        "IdempotentTrait",
        view.id,
        `@idempotent on \`${view.id}\`: \`${property}\` names \`${id}\`, which is not an error of the operation; ${expected}`,
        where,
      );
    }
  }
}

function checkRequestCompression(ctx: CheckContext, view: ShapeView): void {
  const trait = view.traits[REQUEST_COMPRESSION];
  if (trait === undefined) return;
  const where = ctx.model.traitLocation(view.id, REQUEST_COMPRESSION);
  const fail = (message: string) =>
    ctx.error("RequestCompressionTrait", view.id, `@requestCompression on \`${view.id}\`: ${message}`, where);
  const input = inputOf(view);
  if (input === undefined) fail("the operation has no input to compress");
  else {
    for (const member of ctx.model.membersOf(input)) {
      const target = member.target === undefined ? undefined : ctx.model.get(member.target);
      if (target?.traits[STREAMING] !== undefined && target.traits[REQUIRES_LENGTH] !== undefined) {
        fail(
          `the input member \`${member.id}\` is a stream of a required length (\`${target.id}\`), which cannot be compressed`,
        );
      }
    }
  }
  const encodings = isNodeObject(trait) && Array.isArray(trait.encodings) ? trait.encodings : undefined;
  if (encodings === undefined) return;
  if (encodings.length === 0) {
    fail("`encodings` names no compression algorithm");
    return;
  }
  const unsupported = encodings.filter(
    (e): e is string => typeof e === "string" && !COMPRESSION_ALGORITHMS.has(e.toLowerCase()),
  );
  if (unsupported.length > 0) {
    fail(
      `${ticked(unsupported)} ${unsupported.length === 1 ? "is not a" : "are not"} supported compression algorithm${unsupported.length === 1 ? "" : "s"} (${ticked([...COMPRESSION_ALGORITHMS])})`,
    );
  }
}

function isUpdateStyle(view: ShapeView, updates: ReadonlySet<string>): boolean {
  const name = view.id.slice(view.id.indexOf("#") + 1).toLowerCase();
  return updates.has(view.id) || name.startsWith("update") || name.startsWith("patch");
}

function checkDefaultInUpdate(ctx: CheckContext, view: ShapeView, updates: ReadonlySet<string>): void {
  const input = inputOf(view);
  if (input === undefined || !isUpdateStyle(view, updates)) return;
  const defaulted = ctx.model
    .membersOf(input)
    .filter((member) => member.traits[DEFAULT] !== undefined)
    .map((member) => member.memberName ?? member.id)
    .sort();
  if (defaulted.length === 0) return;
  ctx.warn(
    "DefaultValueInUpdate",
    view.id,
    `\`${view.id}\` updates, but its input members ${ticked(defaulted)} have a @default: a value left out cannot be told from the default sent`,
  );
}

export const checkOperationTraits: Check = (ctx) => {
  const updates = new Set<string>();
  for (const view of ctx.model.own()) {
    const update = view.shape?.type === "resource" ? view.shape.update?.target : undefined;
    if (update !== undefined) updates.add(update);
  }
  for (const view of ctx.model.own()) {
    if (view.type !== "operation") continue;
    checkIdempotent(ctx, view);
    checkRequestCompression(ctx, view);
    checkDefaultInUpdate(ctx, view, updates);
  }
};
