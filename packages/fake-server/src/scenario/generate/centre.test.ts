import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFake } from "../../index.js";
import { compileScenario } from "../compile.js";
import { generateCentre } from "./centre.js";
import { CENTRE_BOUNDS, type CentreOptions } from "./options.js";

const START = Date.UTC(2026, 0, 1, 9, 0, 0);

interface GeneratedContact {
  contactId: string;
  timeline: ({ at: number } & Record<string, unknown>)[];
  end: { at: number };
  summary: { after: number };
}

function contactsOf(document: Record<string, unknown>): GeneratedContact[] {
  return document["contacts"] as GeneratedContact[];
}

function kindsOf(contact: GeneratedContact): Set<string> {
  return new Set(contact.timeline.flatMap((entry) => Object.keys(entry).filter((k) => k !== "at" && k !== "id")));
}

describe("a generated contact centre", () => {
  it("is the same for the same options and another for another seed", () => {
    const options = { contacts: 20, durationSeconds: 900, seed: 42 };
    expect(generateCentre(options)).toEqual(generateCentre({ ...options }));
    const other = generateCentre({ ...options, seed: 43 });
    expect(other).not.toEqual(generateCentre(options));
    const ids = (d: Record<string, unknown>) => new Set(contactsOf(d).map((c) => c.contactId));
    expect([...ids(other)].filter((id) => ids(generateCentre(options)).has(id))).toEqual([]);
  });

  it("starts and ends its chats at different times over the duration, and loads as a scenario", () => {
    const options = { contacts: 50, durationSeconds: 600, seed: 1 };
    const fake = createFake({ clock: { mode: "virtual", start: START }, throttle: false });
    const loaded = fake.loadScenario({ generate: options });
    expect(loaded).toHaveLength(50);
    const starts = loaded.map((c) => c.startMs);
    const ends = loaded.map((c) => c.durationMs);
    expect(new Set(starts).size).toBe(50);
    expect(new Set(ends).size).toBe(50);
    // Spread over the duration, not bunched at its start or its end.
    expect(Math.max(...starts) - Math.min(...starts)).toBeGreaterThan(120_000);
    expect(Math.max(...ends) - Math.min(...ends)).toBeGreaterThan(120_000);
    expect(Math.min(...starts)).toBeGreaterThan(0);
    for (const c of loaded) expect(c.durationMs - c.startMs).toBeGreaterThan(0);
    expect(Math.max(...ends)).toBeLessThanOrEqual(600_000);
    // In the middle of the duration most chats are going on at once.
    const concurrent = loaded.filter((c) => c.startMs <= 300_000 && c.durationMs >= 300_000).length;
    expect(concurrent).toBeGreaterThan(25);
  });

  it("ends every chat within the duration, its summary included, on a virtual clock", () => {
    const fake = createFake({ clock: { mode: "virtual", start: START }, throttle: false });
    const loaded = fake.loadScenario({ generate: { contacts: 30, durationSeconds: 1200, seed: 9 } });
    fake.clock.advance(600_000);
    const midway = loaded.map((c) => fake.contacts.describe(c.instanceId, c.contactId));
    expect(midway.some((c) => c.status === "IN_PROGRESS")).toBe(true);
    fake.clock.advance(600_000);
    for (const c of loaded) {
      const contact = fake.contacts.describe(c.instanceId, c.contactId);
      expect(contact.status).toBe("COMPLETED");
      expect(contact.pendingSegments).toBe(0);
      expect(contact.arrivedSegments).toBeGreaterThan(5);
    }
  });

  it("mixes busy and quiet chats, each with an issue, a category and a summary, some with attachments and personal data", () => {
    const contacts = contactsOf(generateCentre({ contacts: 100, durationSeconds: 3600, seed: 5 }));
    const perMinute = contacts.map((c) => {
      const messages = c.timeline.filter((e) => e["message"] !== undefined).length;
      return messages / ((c.end.at - c.timeline[0]!.at) / 60_000);
    });
    perMinute.sort((a, b) => a - b);
    // The busiest tenth talks at least five times as fast as the quietest tenth.
    expect(perMinute[90]!).toBeGreaterThan(5 * perMinute[9]!);
    for (const c of contacts) {
      const kinds = kindsOf(c);
      for (const kind of ["message", "event", "issues", "categories"]) expect(kinds).toContain(kind);
      expect(c.summary.after).toBeGreaterThan(0);
    }
    const share = (test: (c: GeneratedContact) => boolean) => contacts.filter(test).length / contacts.length;
    expect(share((c) => kindsOf(c).has("attachments"))).toBeGreaterThan(0.15);
    expect(share((c) => kindsOf(c).has("extracted"))).toBeGreaterThan(0.15);
    expect(
      share((c) => c.timeline.some((e) => (e["message"] as { pii?: unknown } | undefined)?.pii !== undefined)),
    ).toBeGreaterThan(0.15);
  });

  it("reaches its bounds: a thousand chats over a day, ids unique, every segment within the day", () => {
    const options = {
      contacts: CENTRE_BOUNDS.contacts.max,
      durationSeconds: CENTRE_BOUNDS.durationSeconds.max,
      seed: CENTRE_BOUNDS.seed.max,
    };
    const compiled = compileScenario(generateCentre(options), START);
    expect(compiled.contacts).toHaveLength(1000);
    expect(new Set(compiled.contacts.map((c) => c.contactId)).size).toBe(1000);
    const lastArrival = Math.max(...compiled.contacts.flatMap((c) => c.segments.map((s) => s.delayMs)));
    expect(lastArrival).toBeLessThanOrEqual(86_400_000);
    const firstStart = Math.min(...compiled.contacts.map((c) => c.segments[0]!.delayMs));
    expect(lastArrival - firstStart).toBeGreaterThan(20 * 3_600_000);
  });

  it("is a valid scenario whose chats fit the duration, for any options (smaller centres, for speed)", () => {
    fc.assert(
      fc.property(
        fc.record({
          contacts: fc.integer({ min: 1, max: 8 }),
          durationSeconds: fc.integer({
            min: CENTRE_BOUNDS.durationSeconds.min,
            max: CENTRE_BOUNDS.durationSeconds.max,
          }),
          seed: fc.integer({ min: 0, max: CENTRE_BOUNDS.seed.max }),
        }),
        (options: CentreOptions) => {
          const compiled = compileScenario(generateCentre(options), START);
          expect(compiled.contacts).toHaveLength(options.contacts);
          for (const contact of compiled.contacts) {
            expect(contact.finalStatus).toBe("COMPLETED");
            expect(contact.endMs).toBeLessThanOrEqual(options.durationSeconds * 1000);
            for (const segment of contact.segments)
              expect(segment.delayMs).toBeLessThanOrEqual(options.durationSeconds * 1000);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
