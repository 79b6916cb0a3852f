// The TypeScript type that stands for a shape wherever a member targets it.
import type { Shape } from "@rtca/smithy";
import type { ModelView } from "../model-view.js";

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
