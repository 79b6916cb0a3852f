// A generated contact centre: a scenario document (the same format as hand-written ones, loaded by the same loader)
// whose chats start and end at different times over the duration, each with Poisson-timed messages from customer
// and agent, a detected issue, a matched category, now and then an attachment, an extracted order number or
// personal data, and a summary once it ends. A quarter of the chats are busy (a message every 5 s on average),
// nearly half steady (every 12 s) and the rest quiet (every 35 s). The same options give the same document.
import { JOINED_EVENT, LEFT_EVENT } from "../demo.js";
import { type CentreOptions, formatCentreSpec } from "./options.js";
import { SeededRandom } from "./prng.js";
import {
  AGENT_FILLER,
  AGENT_NAMES,
  ATTACHMENT_NAMES,
  CUSTOMER_FILLER,
  CUSTOMER_NAMES,
  TOPICS,
  type Topic,
} from "./topics.js";

interface Pace {
  readonly share: number;
  readonly meanGapMs: number;
}

const PACES: readonly Pace[] = [
  { share: 0.25, meanGapMs: 5_000 },
  { share: 0.45, meanGapMs: 12_000 },
  { share: 0.3, meanGapMs: 35_000 },
];

/** A chat lasts at least two minutes and seven more on average, at most half an hour (and fits the duration). */
const MIN_CHAT_MS = 120_000;
const MEAN_EXTRA_CHAT_MS = 420_000;
const MAX_CHAT_MS = 1_800_000;
/** The summary arrives this long after the chat ends, at most: the centre's last segment is within its duration. */
const MAX_SUMMARY_AFTER_MS = 2_000;

type Entry = Record<string, unknown> & { at: number };

export function generateCentre(options: CentreOptions): Record<string, unknown> {
  const random = new SeededRandom(options.seed);
  const totalMs = options.durationSeconds * 1000;
  const instanceId = random.uuid();
  const contactIds = Array.from({ length: options.contacts }, () => random.uuid());
  const contacts = contactIds
    .map((contactId, index) => generateContact(random, { instanceId, contactId, index, totalMs }))
    .sort((a, b) => a.startMs - b.startMs)
    .map((c) => c.document);
  return {
    name: formatCentreSpec(options),
    description: `${options.contacts} chats over ${options.durationSeconds} s, generated from seed ${options.seed}`,
    contacts,
  };
}

function generateContact(
  random: SeededRandom,
  where: { instanceId: string; contactId: string; index: number; totalMs: number },
): { startMs: number; document: Record<string, unknown> } {
  const longest = Math.min(MAX_CHAT_MS, Math.floor(0.85 * where.totalMs) - MAX_SUMMARY_AFTER_MS);
  const lengthMs = Math.round(Math.min(longest, MIN_CHAT_MS + random.exponential(MEAN_EXTRA_CHAT_MS)));
  const startMs = random.int(0, where.totalMs - MAX_SUMMARY_AFTER_MS - lengthMs);
  const chat = new ChatWriter(random, startMs, lengthMs);
  const topic = random.pick(TOPICS);
  const customer = random.pick(CUSTOMER_NAMES);
  const agent = random.pick(AGENT_NAMES);
  const pace = pickPace(random);

  chat.add(0, { event: { participant: "customer", type: JOINED_EVENT } });
  const agentJoins = random.int(500, 4_000);
  chat.add(agentJoins, { event: { participant: "agent", type: JOINED_EVENT } });
  let t = agentJoins + random.int(800, 2_500);
  chat.message(t, "agent", `Hi ${customer}, this is ${agent}. How can I help you today?`, "NEUTRAL");
  t += Math.min(random.exponential(pace.meanGapMs), 20_000);
  chat.opener(t, topic);
  t += random.exponential(pace.meanGapMs);
  const lastMessageBy = lengthMs - 1_000;
  const attachmentAt = random.chance(0.35) ? random.between(t, lastMessageBy) : undefined;
  while (t < lastMessageBy) {
    const progress = t / lengthMs;
    if (random.chance(0.5)) {
      const text = random.chance(0.5) ? random.pick(topic.customer) : random.pick(CUSTOMER_FILLER);
      chat.message(t, "customer", text, progress < 0.4 ? random.pick(["NEGATIVE", "NEUTRAL"]) : "NEUTRAL");
    } else {
      const text = random.chance(0.6) ? random.pick(topic.agent) : random.pick(AGENT_FILLER);
      chat.message(t, "agent", text, progress > 0.7 ? "POSITIVE" : "NEUTRAL");
    }
    t += random.exponential(pace.meanGapMs);
  }
  if (attachmentAt !== undefined) {
    const file = random.pick(ATTACHMENT_NAMES);
    chat.add(attachmentAt, {
      attachments: {
        participant: "customer",
        files: [{ name: file.name, contentType: file.contentType, status: "APPROVED" }],
      },
    });
  }
  chat.add(lengthMs, { event: { participant: "customer", type: LEFT_EVENT } });
  const summary = topic.summary.replace("{customer}", customer).replace("{agent}", agent);
  return {
    startMs,
    document: {
      instanceId: where.instanceId,
      contactId: where.contactId,
      channel: "CHAT",
      participants: {
        customer: { id: `customer-${where.index + 1}`, role: "CUSTOMER", displayName: customer },
        agent: { id: `agent-${agent.toLowerCase()}`, role: "AGENT", displayName: agent },
      },
      timeline: chat.entries(),
      end: { at: startMs + lengthMs, status: "COMPLETED" },
      summary: { after: random.int(500, MAX_SUMMARY_AFTER_MS), text: summary },
    },
  };
}

function pickPace(random: SeededRandom): Pace {
  let roll = random.next();
  for (const pace of PACES) {
    roll -= pace.share;
    if (roll < 0) return pace;
  }
  return PACES[PACES.length - 1]!;
}

/** Collects one chat's entries at times from its start (kept within its length), in the scenario's form. */
class ChatWriter {
  readonly #random: SeededRandom;
  readonly #startMs: number;
  readonly #lengthMs: number;
  readonly #entries: Entry[] = [];
  #messages = 0;

  constructor(random: SeededRandom, startMs: number, lengthMs: number) {
    this.#random = random;
    this.#startMs = startMs;
    this.#lengthMs = lengthMs;
  }

  add(offsetMs: number, entry: Record<string, unknown>): void {
    const at = this.#startMs + Math.round(Math.min(Math.max(offsetMs, 0), this.#lengthMs));
    this.#entries.push({ at, ...entry });
  }

  message(offsetMs: number, participant: string, text: string, sentiment: string, pii?: string): string {
    const id = `m${++this.#messages}`;
    this.add(offsetMs, {
      id,
      message: { participant, text, sentiment, ...(pii === undefined ? {} : { pii: [pii] }) },
    });
    return id;
  }

  /** The customer's complaint, then what the analysis finds in it a little later. */
  opener(offsetMs: number, topic: Topic): void {
    const random = this.#random;
    const order = `#${random.int(10_000, 99_999)}`;
    const pii = !topic.opener.includes("{pii}")
      ? undefined
      : topic.opener.includes("card {pii}")
        ? cardNumber(random)
        : `${random.pick(CUSTOMER_NAMES).toLowerCase()}.${random.int(10, 99)}@example.com`;
    const text = topic.opener.replace("{order}", order).replace("{pii}", pii ?? "");
    const id = this.message(offsetMs, "customer", text, "NEGATIVE", pii);
    this.add(offsetMs + random.int(300, 1_500), { issues: [{ message: id, words: topic.issue }] });
    this.add(offsetMs + random.int(500, 2_000), {
      categories: { [topic.category]: [{ message: id, words: topic.categoryWords }] },
    });
    if (topic.opener.includes("{order}")) {
      this.add(offsetMs + random.int(1_000, 3_000), {
        extracted: {
          definition: "order-number",
          name: "OrderNumber",
          label: "Order number",
          values: [{ message: id, words: order }],
        },
      });
    }
  }

  /** In time order; entries at the same time keep the order they were written in (a message before its analysis). */
  entries(): Entry[] {
    return this.#entries.sort((a, b) => a.at - b.at);
  }
}

function cardNumber(random: SeededRandom): string {
  return ["4111", random.int(1000, 9999), random.int(1000, 9999), random.int(1000, 9999)].join(" ");
}
