// Any interleaving of segments arriving, time passing and pages being read: a reader who follows the tokens sees
// every segment of the kinds it asked for exactly once, in arrival order, and never before it has arrived.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { listPage } from "../support/connect.js";
import { seedContact, testFake } from "../support/fake.js";
import { event, transcript } from "../support/segments.js";

type Step =
  | { kind: "append"; segments: { type: "Transcript" | "Event"; delayMs: number }[] }
  | { kind: "advance"; ms: number }
  | { kind: "read"; maxResults: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("append" as const),
    segments: fc.array(
      fc.record({ type: fc.constantFrom("Transcript" as const, "Event" as const), delayMs: fc.nat({ max: 3000 }) }),
      {
        minLength: 1,
        maxLength: 4,
      },
    ),
  }),
  fc.record({ kind: fc.constant("advance" as const), ms: fc.nat({ max: 3000 }) }),
  fc.record({ kind: fc.constant("read" as const), maxResults: fc.integer({ min: 1, max: 4 }) }),
);

const ids = { InstanceId: "inst-1", ContactId: "contact-1" };

describe("pagination while segments arrive", () => {
  it("sees every segment exactly once, in arrival order, never early", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 25 }),
        fc.subarray(["Transcript", "Event"], { minLength: 1 }),
        async (steps, segmentTypes) => {
          const { fake, control, send } = testFake();
          await seedContact(control, []);
          const appended: { id: string; type: string; arrivesAt: number; order: number }[] = [];
          const seen: string[] = [];
          const arrivalOf = new Map<string, number>();
          let token: string | undefined;
          const read = async (maxResults: number) => {
            const page = await listPage(send, {
              ...ids,
              OutputType: "Raw",
              SegmentTypes: segmentTypes,
              MaxResults: maxResults,
              NextToken: token,
            });
            for (const segment of page.Segments) {
              const id = segment.Transcript?.Id ?? segment.Event?.Id ?? "?";
              expect(arrivalOf.get(id)!).toBeLessThanOrEqual(fake.clock.now());
              seen.push(id);
            }
            token = page.NextToken;
          };

          for (const s of steps) {
            if (s.kind === "append") {
              const now = fake.clock.now();
              const segments = s.segments.map((x) => {
                const id = `s${appended.length}`;
                appended.push({ id, type: x.type, arrivesAt: now + x.delayMs, order: appended.length });
                arrivalOf.set(id, now + x.delayMs);
                return {
                  Segment: (x.type === "Transcript" ? transcript(id, id) : event(id)) as never,
                  DelayMs: x.delayMs,
                };
              });
              await control("AppendSegments", { ...ids, Segments: segments });
            } else if (s.kind === "advance") {
              fake.clock.advance(s.ms);
            } else {
              await read(s.maxResults);
              expect(token).toBeDefined();
            }
          }
          // The conversation ends; everything arrives; the reader reads to the end.
          await control("SetContactStatus", { ...ids, Status: "COMPLETED" });
          fake.clock.advance(10_000);
          let guard = 0;
          do {
            await read(4);
            guard++;
          } while (token !== undefined && guard < 200);

          const expected = appended
            .filter((a) => segmentTypes.includes(a.type))
            .sort((a, b) => a.arrivesAt - b.arrivesAt || a.order - b.order)
            .map((a) => a.id);
          expect(seen).toEqual(expected);
          expect(token).toBeUndefined();
        },
      ),
    );
  });
});
