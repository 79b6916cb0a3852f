// A model-based test of the fake's store and paging, read through @rtca/client in-process: segments are appended
// (arriving at once or later), time moves, the analysis ends (with segments still to arrive, as a post-contact
// summary does), requests fail (throttling, 500, 503), several readers page through the contact (stopping at the live edge, resuming, going back to a
// token they saved) and several followers watch it, each with its own segment types, output and page size, in any
// interleaving. After every step each has seen a prefix of what the model says, never a segment before it
// arrived; at the end each has seen every segment of its kinds exactly once, in order.
import { ConnectClient, type FollowInput } from "@rtca/client";
import { FakeControlClient } from "@rtca/client/fake-control";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFake, inProcessHttpHandler } from "../../src/index.js";
import { ContactModel, type Status } from "./contact-model.js";
import { KINDS, type Kind, keyOfDocument, segmentDocument } from "./segment-keys.js";
import { SteppedFollower } from "./stepped-follower.js";
import { SteppedReader } from "./stepped-reader.js";

const START = Date.UTC(2026, 0, 1, 10, 0, 0);
const IDS = { InstanceId: "inst-1", ContactId: "contact-1" };
/** The longest delay of an arrival, after its append or after the analysis ended. */
const MAX_DELAY_MS = 4000;
/** The followers' grace after the end: longer than any arrival comes after the end. */
const GRACE_MS = MAX_DELAY_MS + 1000;

interface View {
  kinds: Kind[];
  outputType: "Raw" | "Redacted";
  pageSize: number;
}

interface Model {
  contact: ContactModel;
  readers: View[];
  followers: View[];
}

interface Real {
  control: FakeControlClient;
  advance: (ms: number) => void;
  readers: SteppedReader[];
  followers: SteppedFollower[];
}

type Cmd = fc.AsyncCommand<Model, Real>;

interface NewSegment {
  kind: Kind;
  /** For segments without an Id: which of a few names, so that equal ones come often. */
  name: number;
  delayMs: number;
}

async function appendTo(model: Model, real: Real, segments: readonly NewSegment[]): Promise<void> {
  const documents = segments.map((s) => {
    const name = s.kind === "Transcript" || s.kind === "Event" ? model.contact.freshName() : `n${s.name}`;
    model.contact.append(s.kind, keyOfDocument(s.kind, name), s.delayMs);
    return { Segment: segmentDocument(s.kind, name) as never, DelayMs: s.delayMs };
  });
  await real.control.appendSegments({ ...IDS, Segments: documents });
}

/** Each reader and follower has seen a prefix of its view of the model, and nothing that has not arrived. */
function checkPrefixes(model: Model, real: Real): void {
  const check = (view: View, seen: readonly string[], who: string) => {
    const expected = model.contact.order(view.kinds);
    expect(seen, who).toEqual(expected.slice(0, seen.length));
    expect(seen.length, who).toBeLessThanOrEqual(model.contact.arrived(view.kinds));
  };
  for (const [i, view] of model.readers.entries()) check(view, real.readers[i]!.seen, `reader ${i}`);
  for (const [i, view] of model.followers.entries()) check(view, real.followers[i]!.seen, `follower ${i}`);
}

class Append implements Cmd {
  constructor(readonly segments: NewSegment[]) {}
  check = (m: Readonly<Model>) => m.contact.status === "IN_PROGRESS";
  async run(m: Model, r: Real) {
    await appendTo(m, r, this.segments);
    checkPrefixes(m, r);
  }
  toString = () => `append(${JSON.stringify(this.segments)})`;
}

/** The analysis ends, with some segments still to arrive after it, as a post-contact summary does. */
class End implements Cmd {
  constructor(
    readonly status: Exclude<Status, "IN_PROGRESS">,
    readonly late: NewSegment[],
  ) {}
  check = (m: Readonly<Model>) => m.contact.status === "IN_PROGRESS";
  async run(m: Model, r: Real) {
    if (this.late.length > 0) await appendTo(m, r, this.late);
    await r.control.setContactStatus({ ...IDS, Status: this.status });
    m.contact.status = this.status;
    checkPrefixes(m, r);
  }
  toString = () => `end(${this.status}, late ${JSON.stringify(this.late)})`;
}

/** The next requests fail, as a flaky service's would; readers and followers retry. */
class Fail implements Cmd {
  constructor(
    readonly errorType: "ThrottlingException" | "InternalServiceException" | "503",
    readonly count: number,
  ) {}
  check = () => true;
  async run(m: Model, r: Real) {
    await r.control.injectFault({ ErrorType: this.errorType, Count: this.count });
    checkPrefixes(m, r);
  }
  toString = () => `fail(${this.errorType} x${this.count})`;
}

class Advance implements Cmd {
  constructor(readonly ms: number) {}
  check = () => true;
  async run(m: Model, r: Real) {
    r.advance(this.ms);
    m.contact.now += this.ms;
    checkPrefixes(m, r);
  }
  toString = () => `advance(${this.ms})`;
}

class Read implements Cmd {
  constructor(readonly reader: number) {}
  check = (m: Readonly<Model>) => this.reader < m.readers.length;
  async run(m: Model, r: Real) {
    await r.readers[this.reader]!.step();
    checkPrefixes(m, r);
  }
  toString = () => `read(${this.reader})`;
}

class GoBack implements Cmd {
  constructor(
    readonly reader: number,
    readonly choice: number,
  ) {}
  check = (m: Readonly<Model>) => this.reader < m.readers.length;
  async run(m: Model, r: Real) {
    r.readers[this.reader]!.goBack(this.choice);
    await r.readers[this.reader]!.step();
    checkPrefixes(m, r);
  }
  toString = () => `goBack(${this.reader}, ${this.choice})`;
}

class Follow implements Cmd {
  constructor(
    readonly follower: number,
    readonly steps: number,
  ) {}
  check = (m: Readonly<Model>) => this.follower < m.followers.length;
  async run(m: Model, r: Real) {
    for (let i = 0; i < this.steps; i++) await r.followers[this.follower]!.step();
    checkPrefixes(m, r);
  }
  toString = () => `follow(${this.follower}, ${this.steps} steps)`;
}

const newSegment = (maxDelay: number): fc.Arbitrary<NewSegment> =>
  fc.record({
    kind: fc.constantFrom(...KINDS),
    name: fc.nat({ max: 1 }),
    delayMs: fc.oneof(fc.constant(0), fc.nat({ max: maxDelay })),
  });

const commands = fc.commands(
  [
    fc.array(newSegment(MAX_DELAY_MS), { minLength: 1, maxLength: 4 }).map((s) => new Append(s)),
    fc
      .tuple(
        fc.constantFrom("COMPLETED" as const, "FAILED" as const),
        fc.array(newSegment(MAX_DELAY_MS), { maxLength: 2 }),
      )
      .map(([status, late]) => new End(status, late)),
    fc.nat({ max: 3000 }).map((ms) => new Advance(ms)),
    fc
      .tuple(
        fc.constantFrom("ThrottlingException" as const, "InternalServiceException" as const, "503" as const),
        fc.integer({ min: 1, max: 3 }),
      )
      .map(([type, count]) => new Fail(type, count)),
    fc.nat({ max: 3 }).map((i) => new Read(i)),
    fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 20 })).map(([i, choice]) => new GoBack(i, choice)),
    fc.tuple(fc.nat({ max: 2 }), fc.integer({ min: 1, max: 4 })).map(([i, steps]) => new Follow(i, steps)),
  ] as fc.Arbitrary<Cmd>[],
  { maxCommands: 40 },
);

const view: fc.Arbitrary<View> = fc.record({
  kinds: fc.subarray([...KINDS], { minLength: 1 }),
  outputType: fc.constantFrom("Raw" as const, "Redacted" as const),
  pageSize: fc.integer({ min: 1, max: 4 }),
});

function setUp(readers: View[], followers: View[]) {
  return async () => {
    const fake = createFake({ clock: { mode: "virtual", start: START }, throttle: false, tokenSecret: "model" });
    const requestHandler = inProcessHttpHandler(fake.handle);
    const config = {
      region: "us-east-1",
      endpoint: "http://fake.local",
      credentials: { accessKeyId: "AKIDMODEL", secretAccessKey: "model" },
      requestHandler,
    };
    // The client's retries wait on the fake's clock without waiting at all.
    const instant = { now: () => fake.clock.now(), sleep: async () => {}, random: () => 0.5 };
    const client = new ConnectClient({ ...config, clock: instant });
    const control = new FakeControlClient(config);
    await control.createInstance({ InstanceId: IDS.InstanceId });
    await control.createContact({
      ...IDS,
      Channel: "CHAT",
      Status: "IN_PROGRESS",
      RedactionPolicy: "RAW_AND_REDACTED",
    });
    const input = (v: View): FollowInput => ({ ...IDS, OutputType: v.outputType, SegmentTypes: v.kinds });
    const real: Real = {
      control,
      advance: (ms) => fake.clock.advance(ms),
      readers: readers.map((v) => new SteppedReader(client, input(v), v.pageSize)),
      followers: followers.map(
        (v) =>
          new SteppedFollower(client, input(v), {
            pageSize: v.pageSize,
            graceAfterEndMs: GRACE_MS,
            now: () => fake.clock.now(),
          }),
      ),
    };
    const model: Model = { contact: new ContactModel(START), readers, followers };
    return { model, real };
  };
}

/** The analysis ends (if it has not), everything arrives, and every reader and follower reads to the end. */
async function finish(model: Model, real: Real): Promise<void> {
  if (model.contact.status === "IN_PROGRESS") {
    await real.control.setContactStatus({ ...IDS, Status: "COMPLETED" });
    model.contact.status = "COMPLETED";
  }
  real.advance(MAX_DELAY_MS * 2);
  model.contact.now += MAX_DELAY_MS * 2;
  for (const reader of real.readers) {
    for (let guard = 0; !reader.readToEnd && guard < 500; guard++) await reader.step();
    expect(reader.readToEnd).toBe(true);
  }
  for (const follower of real.followers) {
    for (let guard = 0; follower.result === undefined && guard < 500; guard++) await follower.step();
    expect(follower.result).toMatchObject({ status: model.contact.status, readToEnd: true });
  }
  for (const [i, v] of model.readers.entries()) {
    expect(real.readers[i]!.seen, `reader ${i}`).toEqual(model.contact.order(v.kinds));
  }
  for (const [i, v] of model.followers.entries()) {
    const expected = model.contact.order(v.kinds);
    expect(real.followers[i]!.seen, `follower ${i}`).toEqual(expected);
    expect(real.followers[i]!.result?.totalSegments).toBe(expected.length);
  }
}

describe("store and paging, against a model", () => {
  it("every reader and follower sees every segment of its kinds exactly once, in order", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(view, { minLength: 1, maxLength: 4 }),
        fc.array(view, { minLength: 1, maxLength: 3 }),
        commands,
        async (readers, followers, cmds) => {
          const setup = setUp(readers, followers);
          let state: { model: Model; real: Real } | undefined;
          await fc.asyncModelRun(async () => {
            state = await setup();
            return state;
          }, cmds);
          await finish(state!.model, state!.real);
        },
      ),
      { numRuns: 50 },
    );
  }, 30_000);
});
