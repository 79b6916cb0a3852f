// Property 5: AWS's own SDK and our decoder, given the same response body, produce the same values, apart from the
// differences documented (and each shown on a minimal body) in support/aws-sdk-differences.ts. The bodies are valid
// responses, some of their segments or Times replaced by single unknown members, their timestamps spelled in every
// RFC 3339 way, and their unions dressed with `__type` keys and null members.
import { Readable } from "node:stream";
import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeListRealtimeContactAnalysisSegmentsV2Response } from "../src/index.js";
import { type DecodedPair, DOCUMENTED_DIFFERENCES, type Outcome } from "./support/aws-sdk-differences.js";
import { CannedConnectClient } from "./support/aws-sdk-peer.js";
import {
  memberValues,
  NEWER_SEGMENT_MEMBERS,
  responses,
  SEGMENT_MEMBERS,
  TIME_MEMBERS,
  TIMED_SEGMENT_MEMBERS,
  unknownMemberNames,
  type WireObject,
  type WireResponse,
} from "./support/responses.js";
import { spellings } from "./support/rfc3339.js";
import { decorateSegments, decorations } from "./support/union-decorations.js";

// Runs are few: each goes through the SDK's whole middleware stack.
const RUNS = 100;

/** A generated body and how to hand it to the SDK. */
interface DifferentialCase {
  wire: WireResponse;
  /** Whether the SDK gets the body as a stream rather than as bytes (it reads both). */
  asStream: boolean;
}

const timedMembers: readonly string[] = TIMED_SEGMENT_MEMBERS;

/** The Time object of a wire segment of a timed kind, or undefined. */
function timeHolder(segment: unknown): WireObject | undefined {
  const [member, structure] = Object.entries(segment as WireObject)[0] ?? [];
  return member !== undefined && timedMembers.includes(member) ? (structure as WireObject) : undefined;
}

// Unknown names exclude the members AWS's newer model knows (documented: it decodes those as typed structures).
const segmentNames = unknownMemberNames([...SEGMENT_MEMBERS, ...NEWER_SEGMENT_MEMBERS]);
// Null members are limited to names AWS's model knows (documented: it counts null unknown members as set).
const knownToAws = fc.constantFrom(...SEGMENT_MEMBERS, ...NEWER_SEGMENT_MEMBERS);

const cases: fc.Arbitrary<DifferentialCase> = fc
  .record({
    response: responses,
    respellings: fc.array(spellings, { maxLength: 6 }),
    unknownSegments: fc.array(fc.tuple(fc.nat(), segmentNames, memberValues), { maxLength: 2 }),
    unknownTimes: fc.array(fc.tuple(fc.nat(), unknownMemberNames(TIME_MEMBERS), memberValues), { maxLength: 2 }),
    plan: fc.array(
      fc.record({ segment: decorations(knownToAws), time: decorations(fc.constantFrom(...TIME_MEMBERS)) }),
      { maxLength: 4 },
    ),
    asStream: fc.boolean(),
  })
  .map(({ response: { wire }, respellings, unknownSegments, unknownTimes, plan, asStream }) => {
    const segments = wire.Segments;
    const timed = () => segments.map(timeHolder).filter((s): s is WireObject => s !== undefined);
    timed().forEach((structure, i) => {
      const spelling = respellings[i];
      if (spelling !== undefined) structure.Time = { AbsoluteTime: spelling.text };
    });
    for (const [n, name, value] of unknownSegments) {
      if (segments.length > 0) segments[n % segments.length] = { [name]: value };
    }
    for (const [n, name, value] of unknownTimes) {
      const holders = timed();
      if (holders.length > 0) holders[n % holders.length]!.Time = { [name]: value };
    }
    decorateSegments(segments, plan);
    return { wire, asStream };
  });

function bodyOf(wire: unknown, asStream: boolean): Uint8Array | Readable {
  const bytes = Buffer.from(JSON.stringify(wire));
  return asStream ? Readable.from([bytes.subarray(0, 7), bytes.subarray(7)]) : new Uint8Array(bytes);
}

let aws: CannedConnectClient;
beforeAll(() => {
  aws = new CannedConnectClient();
});
afterAll(() => aws.destroy());

const ours = (wire: unknown) => decodeListRealtimeContactAnalysisSegmentsV2Response(JSON.parse(JSON.stringify(wire)));

describe("differential: AWS's SDK and our decoder on the same bodies", () => {
  it("decode generated bodies to the same values, apart from the documented differences", {
    timeout: 60_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ wire, asStream }) => {
        const pair: DecodedPair = {
          aws: { ...(await aws.decode(bodyOf(wire, asStream))) } as Record<string, unknown>,
          ours: ours(wire),
          wire,
        };
        for (const difference of DOCUMENTED_DIFFERENCES) difference.reconcile?.(pair);
        expect(pair.aws).toStrictEqual(pair.ours as unknown as Record<string, unknown>);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("documented differences from AWS's SDK, each on a minimal body", () => {
  async function outcome(
    decode: () => Promise<Record<string, unknown>>,
    view: (o: Record<string, unknown>) => unknown,
  ) {
    try {
      return { value: view(await decode()) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }

  for (const difference of DOCUMENTED_DIFFERENCES) {
    it(`${difference.id}: AWS ${difference.aws}; ours ${difference.ours}`, async () => {
      const { body, aws: awsExpected, ours: oursExpected } = difference.example;
      const view = difference.example.view ?? ((o: Record<string, unknown>) => o.Segments);
      const awsOutcome: Outcome = await outcome(async () => ({ ...(await aws.decode(bodyOf(body, false))) }), view);
      const ourOutcome: Outcome = await outcome(async () => ours(body) as unknown as Record<string, unknown>, view);
      expect(awsOutcome).toStrictEqual(awsExpected);
      expect(ourOutcome).toStrictEqual(oursExpected);
      expect(ourOutcome).not.toStrictEqual(awsOutcome);
    });
  }

  it("lists each difference once, with how the property meets it", () => {
    const ids = DOCUMENTED_DIFFERENCES.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DOCUMENTED_DIFFERENCES) expect(d.inProperty === "reconciled").toBe(d.reconcile !== undefined);
  });
});
