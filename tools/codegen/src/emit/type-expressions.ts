// The TypeScript type that stands for a shape wherever a member targets it.
import type { Shape } from "@rtca/smithy";
import { isEventStream } from "../event-streams.js";
import type { MemberView, ModelView } from "../model-view.js";
import { isStreamingBlob } from "../streaming-blobs.js";

/**
 * The type of a structure member: its target's; for an event stream an AsyncIterable of the union's events; for a
 * streaming blob what a sender may give (a receiver gets a StreamingBlobPayload, which is one of those).
 */
export function memberTypeOf(view: ModelView, member: MemberView): string {
  if (isStreamingBlob(member.targetShape)) return "StreamingBlobInput";
  const type = typeOf(view, member.targetShape);
  return isEventStream(member.targetShape) ? `AsyncIterable<${type}>` : type;
}

export function typeOf(view: ModelView, shape: Shape): string {
  switch (shape.type) {
    case "structure":
    case "union":
    case "enum":
    case "intEnum":
      return view.nameOf(shape.id);
    case "list":
    case "set": {
      const element = typeOf(view, view.index.expect(shape.member.target));
      return view.isSparse(shape) ? `Array<${element} | null>` : `${parenthesize(element)}[]`;
    }
    case "map": {
      const value = typeOf(view, view.index.expect(shape.value.target));
      return `Record<string, ${view.isSparse(shape) ? `${value} | null` : value}>`;
    }
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "byte":
    case "short":
    case "integer":
    case "long":
    case "float":
    case "double":
    case "bigInteger":
    case "bigDecimal":
      return "number";
    case "timestamp":
      return "Date";
    case "blob":
      return "Uint8Array";
    case "document":
      return "DocumentType";
    default:
      throw new Error(`${shape.id}: a ${shape.type} cannot be the target of a member`);
  }
}

function parenthesize(type: string): string {
  return /^[A-Za-z0-9_$.<>, ]+$/.test(type) && !type.includes(" ") ? type : `(${type})`;
}
