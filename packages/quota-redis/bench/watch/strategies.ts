// The ways of following a contact centre that the bench compares, all at the same quota. Each hands every segment
// it delivers to `deliver` with the time of delivery on the bench's clock, and stops at `deadline`.
import {
  type ConnectClient,
  followSegments,
  RealTimeContactAnalysisSegmentType,
  type RealtimeContactAnalysisSegment,
  type RequestBudget,
  ServiceException,
  watchContacts,
} from "@rtca/client";
import type { ScaledClock } from "./scaled-clock.js";

export interface BenchContact {
  readonly contactId: string;
  /** When its chat starts on the fake's clock: a dashboard learns of a contact then, and starts following it. */
  readonly startsAt: number;
}

export interface StrategyRun {
  readonly client: ConnectClient;
  readonly instanceId: string;
  readonly contacts: readonly BenchContact[];
  readonly clock: ScaledClock;
  /** The budget every request of the strategy draws on (not used by the naive strategy, which has none). */
  readonly budget: RequestBudget;
  /** On the fake's clock: whatever is not delivered by then counts as lost. */
  readonly deadline: number;
  deliver(contactId: string, segment: RealtimeContactAnalysisSegment, deliveredAt: number): void;
}

/** Six kinds, as many as a request may name: every kind the model knows but ExtractedInformation. */
export const BENCH_SEGMENT_TYPES = Object.values(RealTimeContactAnalysisSegmentType).filter(
  (type) => type !== RealTimeContactAnalysisSegmentType.ExtractedInformation,
);

export type Strategy = (run: StrategyRun) => Promise<void>;

/** One followSegments per contact, each on its own at up to 2 requests/s: the naive way. */
export const naive: Strategy = async (run) => {
  const signal = run.clock.abortAt(run.deadline);
  const followers: Promise<void>[] = [];
  await eachAtItsStart(run, signal, (contact) => {
    followers.push(
      (async () => {
        const segments = followSegments(
          run.client,
          {
            InstanceId: run.instanceId,
            ContactId: contact.contactId,
            OutputType: "Raw",
            SegmentTypes: [...BENCH_SEGMENT_TYPES],
          },
          { clock: run.clock, signal },
        );
        try {
          for await (const segment of segments) run.deliver(contact.contactId, segment, run.clock.now());
        } catch {
          // Given up (throttled too often) or stopped at the deadline: what it missed counts as lost.
        }
      })(),
    );
  });
  await Promise.all(followers);
};

/** One request whenever the budget allows, to each followed contact in turn. */
export const roundRobin: Strategy = async (run) => {
  const signal = run.clock.abortAt(run.deadline);
  const followed: { contactId: string; token: string | undefined }[] = [];
  let added = 0;
  const adding = eachAtItsStart(run, signal, (contact) => {
    followed.push({ contactId: contact.contactId, token: undefined });
    added++;
  }).catch(() => {});
  let turn = 0;
  while (!signal.aborted && (added < run.contacts.length || followed.length > 0)) {
    if (followed.length === 0) {
      await run.clock.sleep(100, signal).catch(() => {});
      continue;
    }
    try {
      await run.budget.take(signal);
    } catch {
      break;
    }
    const index = turn % followed.length;
    const contact = followed[index]!;
    try {
      const page = await run.client.listRealtimeContactAnalysisSegmentsV2(
        {
          InstanceId: run.instanceId,
          ContactId: contact.contactId,
          OutputType: "Raw",
          SegmentTypes: [...BENCH_SEGMENT_TYPES],
          NextToken: contact.token,
        },
        { maxAttempts: 1, abortSignal: signal },
      );
      for (const segment of page.Segments) run.deliver(contact.contactId, segment, run.clock.now());
      contact.token = page.NextToken;
      if (page.NextToken === undefined) {
        followed.splice(index, 1);
        continue;
      }
    } catch (error) {
      if (error instanceof ServiceException && error.name === "ThrottlingException") await run.budget.backOff(1000);
    }
    turn = index + 1;
  }
  await adding;
};

/** watchContacts, every contact added when it starts. */
export const watch: Strategy = async (run) => {
  const signal = run.clock.abortAt(run.deadline);
  const watcher = watchContacts(
    run.client,
    { InstanceId: run.instanceId, OutputType: "Raw", SegmentTypes: [...BENCH_SEGMENT_TYPES] },
    { budget: run.budget, clock: run.clock, keepOpen: true, signal },
  );
  let open = run.contacts.length;
  const adding = eachAtItsStart(run, signal, (contact) => watcher.add(contact.contactId)).catch(() => {});
  try {
    for await (const event of watcher) {
      if (event.type === "segment") run.deliver(event.contactId, event.segment, run.clock.now());
      else if (event.type === "completed" || event.type === "error") {
        open--;
        if (open === 0) watcher.close();
      }
    }
  } catch {
    // Stopped at the deadline: what it missed counts as lost.
  }
  await adding;
};

export const STRATEGIES = { naive, roundRobin, watch } as const;

async function eachAtItsStart(
  run: StrategyRun,
  signal: AbortSignal,
  start: (contact: BenchContact) => void,
): Promise<void> {
  const byStart = [...run.contacts].sort((a, b) => a.startsAt - b.startsAt);
  for (const contact of byStart) {
    await run.clock.sleepUntil(contact.startsAt, signal);
    start(contact);
  }
}
