// fast-check arbitraries for every shape of the model. A subpath of its own, so that production bundles that import
// the package's main entry never pull in fast-check.
export * from "./generated/connect/arbitraries.js";
