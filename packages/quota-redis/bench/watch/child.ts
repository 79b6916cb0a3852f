// One of the bench's processes that share the account's quota through Redis: it follows its share of the contacts
// with watchContacts and sends back what it delivered, then exits.
import { ConnectClient, type RequestBudget } from "@rtca/client";
import { connectRedisBudget } from "../../src/index.js";
import { scaledClock, type TimeLine } from "./scaled-clock.js";
import { type Delivery, segmentKey } from "./score.js";
import { type BenchContact, watch } from "./strategies.js";

export interface ChildSetUp {
  readonly endpoint: string;
  readonly redisUrl: string;
  readonly accountId: string;
  readonly region: string;
  readonly accessKeyId: string;
  readonly quota: { readonly ratePerSecond: number; readonly burst: number };
  readonly timeLine: TimeLine;
}

/** Sent once the process is ready, so that its start-up is not counted against it. */
export interface ChildTask {
  readonly instanceId: string;
  readonly contacts: readonly BenchContact[];
  readonly deadline: number;
}

export interface ChildReport {
  readonly deliveries: readonly Delivery[];
}

const setUp = JSON.parse(process.argv[2] ?? "{}") as ChildSetUp;
const clock = scaledClock(setUp.timeLine);
// Redis counts real time: the quota on the fake's clock, sped up, is `speed` times the rate per real second.
const shared = await connectRedisBudget(setUp.redisUrl, {
  accountId: setUp.accountId,
  region: setUp.region,
  ratePerSecond: setUp.quota.ratePerSecond * clock.speed,
  burst: setUp.quota.burst,
});
const budget: RequestBudget = {
  take: (signal) => shared.budget.take(signal),
  backOff: (ms) => shared.budget.backOff(ms / clock.speed),
};
const client = new ConnectClient({
  endpoint: setUp.endpoint,
  region: setUp.region,
  credentials: { accessKeyId: setUp.accessKeyId, secretAccessKey: "bench" },
  clock,
});
const task = await new Promise<ChildTask>((resolve) => {
  process.once("message", (message) => resolve(message as ChildTask));
  process.send?.("ready");
});
const deliveries: Delivery[] = [];
await watch({
  client,
  instanceId: task.instanceId,
  contacts: task.contacts,
  clock,
  budget,
  deadline: task.deadline,
  deliver: (contactId, segment, deliveredAt) => deliveries.push({ contactId, key: segmentKey(segment), deliveredAt }),
});
await shared.close();
client.destroy();
const report: ChildReport = { deliveries };
process.send?.(report, undefined, undefined, () => process.exit(0));
