// Encoding a page is most of the cost of answering: a 100-segment page is ~30 kB of JSON. Stored segments never
// change, so each one's JSON is made once, by the generated encoder, and kept as UTF-8 bytes; so is the joined list
// of a page that is read again (the page picker hands out the same array for it), and the whole body of a page read
// again with the same envelope (a finished contact's pages never change). A response is then the generated
// encoding of its envelope with those bytes spliced in: byte for byte what the generated serializer gives (a
// property test holds it to that).
import {
  encodeRealtimeContactAnalysisSegment,
  type ListRealtimeContactAnalysisSegmentsV2Response,
  type RealtimeContactAnalysisSegment,
  serializeListRealtimeContactAnalysisSegmentsV2Response,
} from "@rtca/types";
import type { ResponseParts } from "../runtime/index.js";

// In the envelope's JSON this text can only be the Segments member: inside a JSON string a quote is escaped.
const EMPTY_SEGMENTS = '"Segments":[]';
const COMMA = Buffer.from(",");

export function createPageSerializer(): (output: ListRealtimeContactAnalysisSegmentsV2Response) => ResponseParts {
  const cache = new WeakMap<RealtimeContactAnalysisSegment, Buffer>();
  const lists = new WeakMap<readonly RealtimeContactAnalysisSegment[], Buffer>();
  // The last whole body made for each list, with the page it was made for: a page of a finished contact is read
  // again with the same envelope members.
  const bodies = new WeakMap<
    readonly RealtimeContactAnalysisSegment[],
    { page: Record<string, unknown>; response: ResponseParts }
  >();
  const bytesOf = (segment: RealtimeContactAnalysisSegment): Buffer => {
    let bytes = cache.get(segment);
    if (bytes === undefined) {
      bytes = Buffer.from(JSON.stringify(encodeRealtimeContactAnalysisSegment(segment)));
      cache.set(segment, bytes);
    }
    return bytes;
  };
  return (output) => {
    const known = bodies.get(output.Segments);
    if (known !== undefined && sameEnvelope(known.page, output as unknown as Record<string, unknown>)) {
      // A fresh header record: the dispatcher adds the request id to it.
      const { statusCode, headers, body } = known.response;
      return { statusCode, headers: ownCopy(headers), body };
    }
    const envelope = serializeListRealtimeContactAnalysisSegmentsV2Response({ ...output, Segments: [] });
    if (output.Segments.length === 0 || typeof envelope.body !== "string") return envelope;
    const at = envelope.body.indexOf(EMPTY_SEGMENTS);
    if (at < 0) return serializeListRealtimeContactAnalysisSegmentsV2Response(output);
    let list = lists.get(output.Segments);
    if (list === undefined) {
      const chunks: Buffer[] = [];
      output.Segments.forEach((segment, i) => {
        if (i > 0) chunks.push(COMMA);
        chunks.push(bytesOf(segment));
      });
      list = Buffer.concat(chunks);
      lists.set(output.Segments, list);
    }
    const head = Buffer.from(`${envelope.body.slice(0, at)}"Segments":[`);
    const tail = Buffer.from(`]${envelope.body.slice(at + EMPTY_SEGMENTS.length)}`);
    const body = Buffer.concat([head, list, tail], head.length + list.length + tail.length);
    const response = { ...envelope, body };
    bodies.set(output.Segments, {
      page: { ...output },
      response: { ...response, headers: ownCopy(envelope.headers) },
    });
    return response;
  };
}

/**
 * Whether two pages have the same members besides Segments, whatever members the model gives a page. Values are
 * compared by identity: a member that is an object never matches a new one, which only costs a fresh encoding.
 */
function sameEnvelope(kept: Record<string, unknown>, page: Record<string, unknown>): boolean {
  let members = 0;
  for (const name in page) {
    if (name !== "Segments" && kept[name] !== page[name]) return false;
    members++;
  }
  for (const _ in kept) members--;
  return members === 0;
}

/**
 * A header record of its own. It is built name by name on purpose: V8 gives a record made by spreading one of its
 * own kind, and adding a name to that later (the dispatcher adds the request id) takes a slow path, many times the
 * cost of the copy.
 */
function ownCopy(headers: Readonly<Record<string, string>>): Record<string, string> {
  const copy: Record<string, string> = {};
  for (const name in headers) copy[name] = headers[name]!;
  return copy;
}
