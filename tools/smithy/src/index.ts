export * from "./ast.js";
export { PRELUDE } from "./prelude.js";
export { ShapeIndex, references, type Member, type Shape } from "./index-shapes.js";
