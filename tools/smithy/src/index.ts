export * from "./ast.js";
export { formatEvent, type Severity, SmithyParseError, type SourceLocation, type ValidationEvent } from "./errors.js";
export { type Member, references, type Shape, ShapeIndex } from "./index-shapes.js";
export { type LoadedModel, loadModel, loadModelFromSources, loadModelSync, type ModelSource } from "./loader.js";
export { parseIdl } from "./parse-idl.js";
export { isPreludeShape, PRELUDE } from "./prelude.js";
export { compareShapeIds } from "./shape-ids.js";
export { validateModel } from "./validate/validate.js";
