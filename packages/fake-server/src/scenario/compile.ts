// Compiles a scenario document (the format is described in the package README) into contacts and the wire JSON of
// their segments, each with the time it arrives. Every mistake is a ScenarioError naming where it is.
import { ArtifactStatus, ParticipantRole, RealTimeContactAnalysisSentimentLabel } from "@rtca/types";
import type { AccountTable } from "../connect/auth/accounts.js";
import type { GrantTable } from "../connect/auth/grants.js";
import { normalizeSpans, type Span, SpanError } from "../redaction/spans.js";
import type { Channel, ContactStatus, RedactionPolicy } from "../state/contact.js";
import {
  at,
  onlyKeys,
  readArray,
  readChoice,
  readMillis,
  readObject,
  readOffset,
  readOptionalString,
  readString,
  ScenarioError,
} from "./reader.js";

export interface CompiledSegment {
  /** When it arrives, after the scenario starts, in ms. */
  readonly delayMs: number;
  /** Wire JSON of the segment in Raw form. */
  readonly document: Record<string, unknown>;
  /** Where it came from in the scenario, for errors. */
  readonly path: string;
}

export interface CompiledContact {
  readonly instanceId?: string;
  readonly contactId?: string;
  readonly channel: Channel;
  readonly redactionPolicy: RedactionPolicy;
  readonly extraSegmentTypes: readonly string[];
  readonly segments: readonly CompiledSegment[];
  /** When the time line ends and the contact takes its final status, after the scenario starts. */
  readonly endMs: number;
  readonly finalStatus: ContactStatus;
}

export interface CompiledScenario {
  readonly name?: string;
  readonly contacts: readonly CompiledContact[];
  /** Instance ids by access key id. */
  readonly grants?: GrantTable;
  readonly accounts?: AccountTable;
}

interface Participant {
  readonly id: string;
  readonly role: string;
  readonly displayName?: string;
}

const ENTRY_KINDS = ["message", "event", "attachments", "categories", "issues", "segment"] as const;
const ID_PREFIX: Record<(typeof ENTRY_KINDS)[number], string> = {
  message: "msg",
  event: "evt",
  attachments: "att",
  categories: "cat",
  issues: "iss",
  segment: "seg",
};

/** Compiles a scenario; `startAt` (ms since the epoch) is the time its segments' AbsoluteTime counts from. */
export function compileScenario(document: unknown, startAt: number): CompiledScenario {
  const root = readObject(document, "");
  onlyKeys(root, "", ["$schema", "name", "description", "contacts", "grants", "accounts"]);
  const name = readOptionalString(root["name"], "name", { max: 64 });
  readOptionalString(root["description"], "description", { min: 0 });
  const contacts = readArray(root["contacts"], "contacts");
  if (contacts.length === 0) throw new ScenarioError("contacts", "a scenario needs at least one contact");
  const seen = new Set<string>();
  const compiled = contacts.map((c, i) => {
    const contact = compileContact(c, at("contacts", i), startAt);
    if (contact.instanceId !== undefined && contact.contactId !== undefined) {
      const key = `${contact.instanceId}/${contact.contactId}`;
      if (seen.has(key)) throw new ScenarioError(at("contacts", i), `contact ${contact.contactId} appears twice`);
      seen.add(key);
    }
    return contact;
  });
  const grants =
    root["grants"] === undefined
      ? undefined
      : compileTable(root["grants"], "grants", {
          key: "an access key id must not be empty",
          empty: "grant at least one instance id",
          maxItem: 100,
        });
  const accounts =
    root["accounts"] === undefined
      ? undefined
      : compileTable(root["accounts"], "accounts", {
          key: "an account id must not be empty",
          empty: "give the account at least one access key id",
          maxItem: 128,
        });
  return {
    ...(name === undefined ? {} : { name }),
    contacts: compiled,
    ...(grants === undefined ? {} : { grants }),
    ...(accounts === undefined ? {} : { accounts }),
  };
}

/** `{ "<key>": ["<item>", ...] }`, each key with at least one item (grants, accounts). */
function compileTable(
  value: unknown,
  path: string,
  words: { key: string; empty: string; maxItem: number },
): Record<string, readonly string[]> {
  const table = Object.create(null) as Record<string, readonly string[]>;
  const object = readObject(value, path);
  for (const key of Object.keys(object)) {
    const p = at(path, key);
    if (key === "") throw new ScenarioError(p, words.key);
    const items = readArray(object[key], p);
    if (items.length === 0) throw new ScenarioError(p, words.empty);
    table[key] = items.map((item, i) => readString(item, at(p, i), { max: words.maxItem }));
  }
  return table;
}

function compileContact(value: unknown, path: string, startAt: number): CompiledContact {
  const c = readObject(value, path);
  onlyKeys(c, path, [
    "instanceId",
    "contactId",
    "channel",
    "redactionPolicy",
    "extraSegmentTypes",
    "participants",
    "timeline",
    "end",
  ]);
  const instanceId = readOptionalString(c["instanceId"], at(path, "instanceId"), { max: 100 });
  const contactId = readOptionalString(c["contactId"], at(path, "contactId"), { max: 256 });
  const channel =
    c["channel"] === undefined ? "CHAT" : readChoice(c["channel"], at(path, "channel"), ["CHAT", "VOICE"] as const);
  const redactionPolicy =
    c["redactionPolicy"] === undefined
      ? "RAW_AND_REDACTED"
      : readChoice(c["redactionPolicy"], at(path, "redactionPolicy"), [
          "RAW_AND_REDACTED",
          "REDACTED_ONLY",
          "NONE",
        ] as const);
  const extraSegmentTypes =
    c["extraSegmentTypes"] === undefined
      ? []
      : readArray(c["extraSegmentTypes"], at(path, "extraSegmentTypes")).map((t, i) => {
          const p = at(at(path, "extraSegmentTypes"), i);
          const type = readString(t, p, { max: 128 });
          if (!/^[A-Za-z][A-Za-z0-9]*$/.test(type))
            throw new ScenarioError(p, "must be letters and digits, starting with a letter");
          return type;
        });
  const participants = readParticipants(c["participants"], at(path, "participants"));
  const timeline = new Timeline(participants, startAt);
  const entries = readArray(c["timeline"], at(path, "timeline"));
  for (const [i, entry] of entries.entries()) timeline.add(entry, at(at(path, "timeline"), i), i);

  let endMs = timeline.lastAt;
  let finalStatus: ContactStatus = "COMPLETED";
  if (c["end"] !== undefined) {
    const endPath = at(path, "end");
    const end = readObject(c["end"], endPath);
    onlyKeys(end, endPath, ["at", "status"]);
    if (end["at"] !== undefined) {
      endMs = readMillis(end["at"], at(endPath, "at"));
      if (endMs < timeline.lastAt) {
        throw new ScenarioError(
          at(endPath, "at"),
          `the time line ends at ${endMs} ms, before its last entry (${timeline.lastAt} ms)`,
        );
      }
    }
    if (end["status"] !== undefined)
      finalStatus = readChoice(end["status"], at(endPath, "status"), ["COMPLETED", "FAILED"] as const);
  }
  const out: CompiledContact = {
    channel,
    redactionPolicy,
    extraSegmentTypes,
    segments: timeline.segments,
    endMs,
    finalStatus,
  };
  return {
    ...out,
    ...(instanceId === undefined ? {} : { instanceId }),
    ...(contactId === undefined ? {} : { contactId }),
  };
}

function readParticipants(value: unknown, path: string): Map<string, Participant> {
  const out = new Map<string, Participant>();
  if (value === undefined) return out;
  const object = readObject(value, path);
  for (const [key, spec] of Object.entries(object)) {
    const p = at(path, key);
    const participant = readObject(spec, p);
    onlyKeys(participant, p, ["id", "role", "displayName"]);
    const displayName = readOptionalString(participant["displayName"], at(p, "displayName"), { max: 256 });
    out.set(key, {
      id: readString(participant["id"], at(p, "id"), { max: 256 }),
      role: readChoice(participant["role"], at(p, "role"), Object.values(ParticipantRole)),
      ...(displayName === undefined ? {} : { displayName }),
    });
  }
  return out;
}

/** The entries of one contact's time line, turned into segments in order. */
class Timeline {
  readonly segments: CompiledSegment[] = [];
  lastAt = 0;
  readonly #participants: Map<string, Participant>;
  readonly #startAt: number;
  readonly #messages = new Map<string, string>();
  readonly #ids = new Set<string>();

  constructor(participants: Map<string, Participant>, startAt: number) {
    this.#participants = participants;
    this.#startAt = startAt;
  }

  add(value: unknown, path: string, index: number): void {
    const entry = readObject(value, path);
    onlyKeys(entry, path, ["at", "id", ...ENTRY_KINDS]);
    const atMs = readMillis(entry["at"], at(path, "at"));
    if (atMs < this.lastAt) {
      throw new ScenarioError(
        at(path, "at"),
        `entries must be in time order: ${atMs} ms comes after ${this.lastAt} ms`,
      );
    }
    this.lastAt = atMs;
    const kinds = ENTRY_KINDS.filter((k) => entry[k] !== undefined);
    if (kinds.length !== 1) {
      throw new ScenarioError(
        path,
        `an entry needs exactly one of ${ENTRY_KINDS.join(", ")}, found ${kinds.length === 0 ? "none" : kinds.join(", ")}`,
      );
    }
    const kind = kinds[0]!;
    const id = readOptionalString(entry["id"], at(path, "id"), { max: 256 }) ?? `${ID_PREFIX[kind]}-${index + 1}`;
    if (this.#ids.has(id)) throw new ScenarioError(at(path, "id"), `the id ${id} is used twice in this contact`);
    this.#ids.add(id);
    const time = { AbsoluteTime: new Date(this.#startAt + atMs).toISOString() };
    const body = entry[kind];
    const p = at(path, kind);
    let document: Record<string, unknown>;
    switch (kind) {
      case "message":
        document = { Transcript: this.#message(body, p, id, time) };
        break;
      case "event":
        document = { Event: this.#event(body, p, id, time) };
        break;
      case "attachments":
        document = { Attachments: this.#attachments(body, p, id, time) };
        break;
      case "categories":
        document = { Categories: this.#categories(body, p) };
        break;
      case "issues":
        document = { Issues: this.#issues(body, p) };
        break;
      case "segment":
        document = readObject(body, p);
        break;
    }
    this.segments.push({ delayMs: atMs, document, path: p });
  }

  #participant(value: unknown, path: string): Participant {
    const key = readString(value, path);
    const participant = this.#participants.get(key);
    if (participant === undefined) {
      const known = [...this.#participants.keys()];
      throw new ScenarioError(
        path,
        `unknown participant ${key}; the contact's participants are ${known.length === 0 ? "none" : known.join(", ")}`,
      );
    }
    return participant;
  }

  #who(participant: Participant): Record<string, unknown> {
    return {
      ParticipantId: participant.id,
      ParticipantRole: participant.role,
      ...(participant.displayName === undefined ? {} : { DisplayName: participant.displayName }),
    };
  }

  #message(value: unknown, path: string, id: string, time: object): Record<string, unknown> {
    const m = readObject(value, path);
    onlyKeys(m, path, ["participant", "text", "sentiment", "contentType", "pii"]);
    const participant = this.#participant(m["participant"], at(path, "participant"));
    const text = readString(m["text"], at(path, "text"), { max: 16384 });
    const spans = m["pii"] === undefined ? [] : readPii(m["pii"], at(path, "pii"), text);
    const transcript: Record<string, unknown> = {
      Id: id,
      ...this.#who(participant),
      Content: text,
      ContentType: readOptionalString(m["contentType"], at(path, "contentType"), { max: 256 }) ?? "text/plain",
      Time: time,
    };
    if (spans.length > 0) {
      transcript["Redaction"] = {
        CharacterOffsets: spans.map((s) => ({ BeginOffsetChar: s.begin, EndOffsetChar: s.end })),
      };
    }
    if (m["sentiment"] !== undefined) {
      transcript["Sentiment"] = readChoice(
        m["sentiment"],
        at(path, "sentiment"),
        Object.values(RealTimeContactAnalysisSentimentLabel),
      );
    }
    this.#messages.set(id, text);
    return transcript;
  }

  #event(value: unknown, path: string, id: string, time: object): Record<string, unknown> {
    const e = readObject(value, path);
    onlyKeys(e, path, ["participant", "type"]);
    const who =
      e["participant"] === undefined ? {} : this.#who(this.#participant(e["participant"], at(path, "participant")));
    return { Id: id, ...who, EventType: readString(e["type"], at(path, "type"), { max: 128 }), Time: time };
  }

  #attachments(value: unknown, path: string, id: string, time: object): Record<string, unknown> {
    const a = readObject(value, path);
    onlyKeys(a, path, ["participant", "files"]);
    const participant = this.#participant(a["participant"], at(path, "participant"));
    const files = readArray(a["files"], at(path, "files")).map((f, i) => {
      const p = at(at(path, "files"), i);
      const file = readObject(f, p);
      onlyKeys(file, p, ["name", "id", "contentType", "status"]);
      const out: Record<string, unknown> = {
        AttachmentName: readString(file["name"], at(p, "name"), { max: 256 }),
        AttachmentId: readOptionalString(file["id"], at(p, "id"), { max: 256 }) ?? `${id}-file-${i + 1}`,
      };
      const contentType = readOptionalString(file["contentType"], at(p, "contentType"), { max: 255 });
      if (contentType !== undefined) out["ContentType"] = contentType;
      if (file["status"] !== undefined)
        out["Status"] = readChoice(file["status"], at(p, "status"), Object.values(ArtifactStatus));
      return out;
    });
    return { Id: id, ...this.#who(participant), Attachments: files, Time: time };
  }

  #categories(value: unknown, path: string): Record<string, unknown> {
    const object = readObject(value, path);
    const matched: Record<string, unknown> = {};
    for (const [name, pointers] of Object.entries(object)) {
      const p = at(path, name);
      if (name.length > 256) throw new ScenarioError(p, "a category name must have at most 256 characters");
      matched[name] = {
        PointsOfInterest: readArray(pointers, p).map((pointer, i) => {
          const item = this.#pointer(pointer, at(p, i));
          return { TranscriptItems: [{ Id: item.id, CharacterOffsets: item.offsets }] };
        }),
      };
    }
    return { MatchedDetails: matched };
  }

  #issues(value: unknown, path: string): Record<string, unknown> {
    return {
      IssuesDetected: readArray(value, path).map((pointer, i) => {
        const item = this.#pointer(pointer, at(path, i));
        return { TranscriptItems: [{ Id: item.id, Content: item.words, CharacterOffsets: item.offsets }] };
      }),
    };
  }

  /** Words of an earlier message: by the words themselves (their first occurrence), or by offsets. */
  #pointer(value: unknown, path: string): { id: string; words: string; offsets: object } {
    const pointer = readObject(value, path);
    onlyKeys(pointer, path, ["message", "words", "begin", "end"]);
    const id = readString(pointer["message"], at(path, "message"));
    const text = this.#messages.get(id);
    if (text === undefined)
      throw new ScenarioError(at(path, "message"), `no earlier message of this contact has the id ${id}`);
    let span: Span;
    if (pointer["words"] !== undefined) {
      if (pointer["begin"] !== undefined || pointer["end"] !== undefined) {
        throw new ScenarioError(path, "give either words or begin and end, not both");
      }
      const words = readString(pointer["words"], at(path, "words"));
      const found = text.indexOf(words);
      if (found < 0)
        throw new ScenarioError(at(path, "words"), `message ${id} does not contain ${JSON.stringify(words)}`);
      span = { begin: found, end: found + words.length };
    } else {
      span = {
        begin: readOffset(pointer["begin"], at(path, "begin")),
        end: readOffset(pointer["end"], at(path, "end")),
      };
      if (span.begin >= span.end || span.end > text.length) {
        throw new ScenarioError(
          path,
          `begin..end (${span.begin}..${span.end}) must be a non-empty range inside message ${id} (0..${text.length})`,
        );
      }
    }
    return {
      id,
      words: text.slice(span.begin, span.end),
      offsets: { BeginOffsetChar: span.begin, EndOffsetChar: span.end },
    };
  }
}

/** Personal data of a message: strings (every occurrence) or explicit {begin, end} ranges. */
function readPii(value: unknown, path: string, text: string): Span[] {
  const spans: Span[] = [];
  readArray(value, path).forEach((item, i) => {
    const p = at(path, i);
    if (typeof item === "string") {
      if (item === "") throw new ScenarioError(p, "must not be empty");
      let from = text.indexOf(item);
      if (from < 0) throw new ScenarioError(p, `the text does not contain ${JSON.stringify(item)}`);
      while (from >= 0) {
        spans.push({ begin: from, end: from + item.length });
        from = text.indexOf(item, from + item.length);
      }
      return;
    }
    const range = readObject(item, p);
    onlyKeys(range, p, ["begin", "end"]);
    spans.push({ begin: readOffset(range["begin"], at(p, "begin")), end: readOffset(range["end"], at(p, "end")) });
  });
  try {
    return normalizeSpans(spans, text.length);
  } catch (error) {
    if (error instanceof SpanError) throw new ScenarioError(path, error.message);
    throw error;
  }
}
