// ListRealtimeContactAnalysisSegmentsV2: a page of the segments that have arrived by the fake's clock, of the kinds
// asked for, in the output asked for. Paging walks the contact's arrival order, which only ever grows at its end,
// so a reader who follows the tokens sees every segment once, in order, while the conversation goes on. At the live
// edge of a contact in progress (nothing new since the token) the page is empty and its NextToken is the very token
// that was sent: a paginator, which stops when a token repeats, ends its snapshot there, and a follower polls on
// with it. Only a token past half its lifetime is renewed there, so that a follower waiting longer is never refused.
import type {
  ListRealtimeContactAnalysisSegmentsV2Request,
  ListRealtimeContactAnalysisSegmentsV2Response,
  RealtimeContactAnalysisSegment,
} from "@rtca/types";
import type { Clock } from "../clock/clock.js";
import { ServiceError } from "../runtime/index.js";
import { requestedKinds } from "../segments/kinds.js";
import { arrivedCount, type Contact, type OutputType, producesOutput, statusAt } from "../state/contact.js";
import type { FakeStore } from "../state/store.js";
import { InvalidTokenError, type NextTokenCodec, type TokenBinding } from "./next-token.js";
import { pickPage } from "./page-picker.js";

/** The page size when a request leaves MaxResults out: the most the model allows, as most AWS List APIs do. */
export const DEFAULT_PAGE_SIZE = 100;

export interface ListSegmentsDeps {
  readonly store: FakeStore;
  readonly clock: Clock;
  readonly tokens: NextTokenCodec;
  readonly defaultPageSize?: number;
}

const invalidRequest = (message: string) => new ServiceError("InvalidRequestException", { Message: message });

/** The contact a request names; ResourceNotFoundException when the instance or the contact does not exist. */
export function findContact(store: FakeStore, instanceId: string, contactId: string): Contact {
  if (!store.hasInstance(instanceId)) {
    throw new ServiceError("ResourceNotFoundException", { Message: `Instance ${instanceId} not found` });
  }
  const contact = store.getContact(instanceId, contactId);
  if (contact === undefined) {
    throw new ServiceError("ResourceNotFoundException", {
      Message: `Contact ${contactId} not found in instance ${instanceId}`,
    });
  }
  return contact;
}

/** What a token for this request must match. */
function bindingOf(contact: Contact, outputType: OutputType, kinds: readonly string[]): TokenBinding {
  return {
    instanceId: contact.instanceId,
    contactId: contact.contactId,
    incarnation: contact.incarnation,
    outputType,
    segmentTypes: kinds,
  };
}

export function listSegments(
  deps: ListSegmentsDeps,
  input: ListRealtimeContactAnalysisSegmentsV2Request,
): ListRealtimeContactAnalysisSegmentsV2Response {
  const contact = findContact(deps.store, input.InstanceId, input.ContactId);
  if (contact.channel !== "CHAT") {
    throw invalidRequest(
      `Contact ${contact.contactId} is a ${contact.channel} contact: only CHAT contacts are supported`,
    );
  }
  const outputType = input.OutputType as OutputType;
  if (!producesOutput(contact.redactionPolicy, outputType)) {
    throw new ServiceError("OutputTypeNotFoundException", {
      Message: `The redaction policy of contact ${contact.contactId} did not produce ${outputType} output`,
    });
  }
  const kinds = requestedKinds(input.SegmentTypes);
  const now = deps.clock.now();
  let position = 0;
  let expiresAt = 0;
  if (input.NextToken !== undefined) {
    try {
      ({ position, expiresAt } = deps.tokens.readToken(input.NextToken, bindingOf(contact, outputType, kinds), now));
    } catch (error) {
      if (error instanceof InvalidTokenError) throw invalidRequest(error.message);
      throw error;
    }
  }

  const { segments, next } = pickPage(contact.segments, {
    position,
    arrived: arrivedCount(contact, now),
    pageSize: input.MaxResults ?? deps.defaultPageSize ?? DEFAULT_PAGE_SIZE,
    kinds,
    outputType,
  });

  const status = statusAt(contact, now);
  const finished = status !== "IN_PROGRESS" && next === contact.segments.length;
  const response: ListRealtimeContactAnalysisSegmentsV2Response = {
    Channel: contact.channel,
    Status: status,
    // The picked array is shared with later reads of the same page; nothing downstream changes it.
    Segments: segments as RealtimeContactAnalysisSegment[],
  };
  if (finished) {
    if (!contact.fullyRead) deps.store.saveContact({ ...contact, fullyRead: true });
  } else if (input.NextToken !== undefined && next === position && expiresAt - now > deps.tokens.ttlMs / 2) {
    response.NextToken = input.NextToken;
  } else {
    response.NextToken = deps.tokens.issue(bindingOf(contact, outputType, kinds), next, now);
  }
  return response;
}
