// "ShapeRecursion": recursion that leaves no finite value. A list, set or map that reaches itself only through
// lists, sets and maps; a structure that reaches itself through @required members of structures alone; a union on
// a cycle that no value can end (every member leads back). Each shape on such a cycle is reported with its path.
import type { Check, CheckContext } from "../context.js";
import type { ShapeView } from "../model-view.js";

const REQUIRED = "smithy.api#required";
const COLLECTIONS = new Set(["list", "set", "map"]);

export const checkRecursion: Check = (ctx) => {
  const inhabited = inhabitedShapes(ctx);
  for (const view of ctx.model.own()) {
    if (COLLECTIONS.has(view.type)) {
      const path = cycleThrough(ctx, view.id, (m, target) => COLLECTIONS.has(target.type) && m.memberName !== "key");
      if (path) {
        ctx.error(
          "ShapeRecursion",
          view.id,
          `\`${view.id}\` contains itself through lists and maps alone (${path}); recursion must pass through a structure or union`,
        );
      }
    } else if (view.type === "structure") {
      const path = cycleThrough(ctx, view.id, (m, target) => target.type === "structure" && isRequired(m));
      if (path) {
        ctx.error(
          "ShapeRecursion",
          view.id,
          `\`${view.id}\` contains itself through @required members alone (${path}), so no value of it can be finite`,
        );
      }
    } else if (view.type === "union" && !inhabited.has(view.id) && cycleThrough(ctx, view.id, () => true)) {
      ctx.error(
        "ShapeRecursion",
        view.id,
        `every member of the recursive union \`${view.id}\` leads back into it: no value can be built`,
      );
    }
  }
};

function isRequired(member: ShapeView): boolean {
  return member.traits[REQUIRED] !== undefined;
}

/**
 * The path of members by which `start` reaches itself, following only the members `follow` accepts, or undefined.
 * The path reads `A$m > B > B$n > A`.
 */
function cycleThrough(
  ctx: CheckContext,
  start: string,
  follow: (member: ShapeView, target: ShapeView) => boolean,
): string | undefined {
  const seen = new Set<string>();
  const walk = (id: string, path: string[]): string[] | undefined => {
    for (const member of ctx.model.membersOf(id)) {
      const target = member.target ? ctx.model.get(member.target) : undefined;
      if (!target || !follow(member, target)) continue;
      const next = [...path, member.id, target.id];
      if (target.id === start) return next;
      if (seen.has(target.id)) continue;
      seen.add(target.id);
      const found = walk(target.id, next);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [])?.join(" > ");
}

/**
 * The shapes that have a finite value, found by a fixed point: simple shapes, lists and maps (which can be empty)
 * and shapes outside the model's aggregates have one; a structure has one when each @required member's target
 * does; a union when any member's target does.
 */
function inhabitedShapes(ctx: CheckContext): Set<string> {
  const pending: ShapeView[] = [];
  const inhabited = new Set<string>();
  for (const view of ctx.model.all()) {
    if (view.type === "member") continue;
    if (view.type === "structure" || view.type === "union") pending.push(view);
    else inhabited.add(view.id);
  }
  const has = (member: ShapeView) => !member.target || !ctx.model.has(member.target) || inhabited.has(member.target);
  for (let changed = true; changed; ) {
    changed = false;
    for (const view of pending) {
      if (inhabited.has(view.id)) continue;
      const members = ctx.model.membersOf(view.id);
      const ok =
        view.type === "union" ? members.length === 0 || members.some(has) : members.filter(isRequired).every(has);
      if (ok) {
        inhabited.add(view.id);
        changed = true;
      }
    }
  }
  return inhabited;
}
