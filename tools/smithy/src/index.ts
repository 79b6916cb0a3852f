export * from "./ast.js";
export { BUNDLED_TRAITS_DIR, bundledTraitShapes, isBundledTraitShape } from "./bundled-traits.js";
export {
  formatEvent,
  isBlocking,
  SEVERITIES,
  type Severity,
  SmithyParseError,
  type SourceLocation,
  type ValidationEvent,
} from "./errors.js";
export { type IdlFile, SmithySerializeError, serializeIdl, serializeModel } from "./idl-writer/serialize.js";
export { type Member, references, type Shape, ShapeIndex } from "./index-shapes.js";
export {
  type LoadedModel,
  type LoadOptions,
  loadModel,
  loadModelFromSources,
  loadModelSync,
  type ModelSource,
} from "./loader.js";
export { parseIdl } from "./parse-idl.js";
export { isPreludeShape, PRELUDE } from "./prelude.js";
export { compareShapeIds } from "./shape-ids.js";
export type { ValidateOptions } from "./validate/context.js";
export { matchesEventId } from "./validate/severity-rules.js";
export { validateModel } from "./validate/validate.js";
