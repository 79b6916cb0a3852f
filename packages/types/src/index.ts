export * from "./generated/connect/index.js";
export * from "./generated/runtime.js";
