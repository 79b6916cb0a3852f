// What the model diff reports: one event per change, graded as Smithy's diff tool grades them.

/** ERROR breaks clients or servers already built; DANGER may; WARNING and NOTE do not. */
export type DiffSeverity = "ERROR" | "DANGER" | "WARNING" | "NOTE";

/** The least a release that carries a change must bump the version of the packages generated from the model. */
export type Bump = "none" | "patch" | "minor" | "major";

export interface DiffEvent {
  /** The kind of change, named as Smithy's diff tool names it (`RemovedShape`, `ChangedMemberTarget`, ...). */
  id: string;
  severity: DiffSeverity;
  /** The shape or member (`ns#Shape$member`) the change is about. */
  shapeId: string;
  message: string;
  /** Whether the change adds something (a shape, a member, a value); additions need a minor release. */
  addition?: boolean;
}

export const DIFF_SEVERITIES: readonly DiffSeverity[] = ["NOTE", "WARNING", "DANGER", "ERROR"];
export const BUMPS: readonly Bump[] = ["none", "patch", "minor", "major"];

/**
 * The bump a set of changes requires of a package at `version`: ERROR -> major; DANGER -> minor before 1.0 (where
 * a minor release may break) and major from 1.0 on; an addition -> minor; anything else -> patch.
 */
export function requiredBump(events: readonly DiffEvent[], version: string): Bump {
  const preOne = /^0\./.test(version);
  let bump: Bump = "none";
  const raise = (to: Bump) => {
    if (BUMPS.indexOf(to) > BUMPS.indexOf(bump)) bump = to;
  };
  for (const event of events) {
    if (event.severity === "ERROR") raise("major");
    else if (event.severity === "DANGER") raise(preOne ? "minor" : "major");
    else if (event.addition) raise("minor");
    else raise("patch");
  }
  return bump;
}
