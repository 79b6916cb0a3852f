// "PatternTrait": a `@pattern` without a leading `^` or a trailing `$` matches any string that merely contains a
// match, which is rarely what is meant; a WARNING.
import type { Check } from "../context.js";

const PATTERN = "smithy.api#pattern";

export const checkPatternAnchors: Check = (ctx) => {
  for (const view of ctx.model.own()) {
    const pattern = view.traits[PATTERN];
    if (typeof pattern !== "string") continue;
    const missing = [
      pattern.startsWith("^") ? "" : "a leading `^`",
      pattern.endsWith("$") ? "" : "a trailing `$`",
    ].filter((m) => m !== "");
    if (missing.length === 0) continue;
    ctx.warn(
      "PatternTrait",
      view.id,
      `the @pattern of \`${view.id}\` has no ${missing.join(" and no ")}, so a string that only contains a match passes`,
      ctx.model.traitLocation(view.id, PATTERN),
    );
  }
};
