// The status line of `rtca follow`: what it says while the conversation goes on, and while it waits for late
// segments after the analysis ended.
import { describe, expect, it } from "vitest";
import { createStyle } from "../src/cli/render/style.js";
import { followStatus } from "../src/cli/summary.js";
import type { FollowProgress } from "../src/index.js";

const progress = (status: string): FollowProgress => ({
  status,
  channel: "CHAT",
  newSegments: 0,
  totalSegments: 4,
  lastToken: "t",
  done: false,
});

describe("the follow status line", () => {
  const style = createStyle(false);

  it("says how often it polls while the contact is in progress", () => {
    expect(followStatus(style, progress("IN_PROGRESS"), 1000, 30_000)).toBe(
      "● live · IN_PROGRESS · 4 segments · polling every 1 s (Ctrl-C to stop)",
    );
  });

  it("says it waits for late segments, and how long, once the analysis has ended", () => {
    expect(followStatus(style, progress("COMPLETED"), 1000, 30_000)).toBe(
      "● live · COMPLETED · 4 segments · waiting for late segments, up to 30 s without news (Ctrl-C to stop)",
    );
  });
});
