// The behaviour behind the control plane's instance and contact operations (and scenarios, which use the same
// steps): each checks its input against the state, then saves a new state. Errors are the control plane's.
import { randomUUID } from "node:crypto";
import type { Clock } from "../clock/clock.js";
import { controlErrors } from "../control/errors.js";
import { isModelledSegmentType } from "../segments/kinds.js";
import { prepareSegments, SegmentInputError } from "../segments/prepare.js";
import {
  arrivedCount,
  type Channel,
  type Contact,
  type ContactStatus,
  type RedactionPolicy,
  statusAt,
  withScheduledStatus,
  withSegments,
  withStatus,
} from "./contact.js";
import type { FakeStore } from "./store.js";

export interface NewContact {
  instanceId: string;
  contactId?: string;
  channel: Channel;
  status?: ContactStatus;
  redactionPolicy?: RedactionPolicy;
  extraSegmentTypes?: readonly string[];
}

export interface NewSegment {
  /** Wire JSON of the segment in Raw form. */
  readonly document: unknown;
  /** When it arrives, after now, in ms on the fake's clock. */
  readonly delayMs: number;
  /** Where it is in the caller's input, for errors. */
  readonly path: string;
}

export interface ContactSummary {
  channel: Channel;
  status: ContactStatus;
  redactionPolicy: RedactionPolicy;
  arrivedSegments: number;
  pendingSegments: number;
}

export class Contacts {
  readonly #store: FakeStore;
  readonly #clock: Clock;
  readonly #newId: () => string;

  constructor(store: FakeStore, clock: Clock, newId: () => string = randomUUID) {
    this.#store = store;
    this.#clock = clock;
    this.#newId = newId;
  }

  createInstance(instanceId?: string): string {
    const id = instanceId ?? this.#newId();
    if (!this.#store.addInstance(id)) throw controlErrors.conflict(`Instance ${id} exists already`);
    return id;
  }

  /** Creates the instance unless it exists; true when it did. */
  ensureInstance(instanceId: string): boolean {
    return this.#store.addInstance(instanceId);
  }

  deleteInstance(instanceId: string): void {
    if (!this.#store.removeInstance(instanceId)) throw controlErrors.notFound(`Instance ${instanceId} does not exist`);
  }

  createContact(spec: NewContact): Contact {
    if (!this.#store.hasInstance(spec.instanceId)) {
      throw controlErrors.notFound(`Instance ${spec.instanceId} does not exist: create it first`);
    }
    // A kind the model has come to know since a scenario or pact was written needs no declaring: it is dropped, so
    // that what declared it for an older release still loads.
    const extra = [...new Set(spec.extraSegmentTypes ?? [])].filter((kind) => !isModelledSegmentType(kind));
    const contact: Contact = {
      instanceId: spec.instanceId,
      contactId: spec.contactId ?? this.#newId(),
      incarnation: randomUUID(),
      channel: spec.channel,
      redactionPolicy: spec.redactionPolicy ?? "RAW_AND_REDACTED",
      extraSegmentTypes: extra,
      statusChanges: [{ at: this.#clock.now(), status: spec.status ?? "IN_PROGRESS" }],
      segments: [],
      nextSeq: 0,
      fullyRead: false,
    };
    if (!this.#store.addContact(contact)) {
      throw controlErrors.conflict(`Contact ${contact.contactId} exists already in instance ${contact.instanceId}`);
    }
    return contact;
  }

  get(instanceId: string, contactId: string): Contact {
    if (!this.#store.hasInstance(instanceId)) throw controlErrors.notFound(`Instance ${instanceId} does not exist`);
    const contact = this.#store.getContact(instanceId, contactId);
    if (contact === undefined)
      throw controlErrors.notFound(`Contact ${contactId} does not exist in instance ${instanceId}`);
    return contact;
  }

  describe(instanceId: string, contactId: string): ContactSummary {
    const contact = this.get(instanceId, contactId);
    const now = this.#clock.now();
    const arrived = arrivedCount(contact, now);
    return {
      channel: contact.channel,
      status: statusAt(contact, now),
      redactionPolicy: contact.redactionPolicy,
      arrivedSegments: arrived,
      pendingSegments: contact.segments.length - arrived,
    };
  }

  deleteContact(instanceId: string, contactId: string): void {
    this.get(instanceId, contactId);
    this.#store.removeContact(instanceId, contactId);
  }

  /** Appends segments, all or none; returns how many the contact holds now. */
  appendSegments(instanceId: string, contactId: string, segments: readonly NewSegment[]): number {
    const contact = this.get(instanceId, contactId);
    const now = this.#clock.now();
    let prepared: ReturnType<typeof prepareSegments>;
    try {
      prepared = prepareSegments(
        contact,
        segments.map((s) => ({ document: s.document, arrivesAt: now + s.delayMs, path: s.path })),
      );
    } catch (error) {
      if (error instanceof SegmentInputError) throw controlErrors.invalid(error.message);
      throw error;
    }
    const updated = withSegments(contact, prepared);
    this.#store.saveContact(updated);
    return updated.segments.length;
  }

  /** Sets the status from now on; status changes a scenario scheduled for later are dropped. */
  setStatus(instanceId: string, contactId: string, status: ContactStatus): void {
    const contact = this.get(instanceId, contactId);
    this.#store.saveContact(withStatus(contact, status, this.#clock.now()));
  }

  /** Schedules a status change `delayMs` from now, as the end of a scenario's time line. */
  scheduleStatus(instanceId: string, contactId: string, status: ContactStatus, delayMs: number): void {
    const contact = this.get(instanceId, contactId);
    this.#store.saveContact(withScheduledStatus(contact, status, this.#clock.now() + delayMs));
  }
}
