export { type CliIo, runCli, USAGE } from "./cli.js";
export { type CodegenConfig, ConfigError, type ConfiguredTarget, findConfig, readConfig } from "./config.js";
export { checkTarget, MODULES, type ModuleName, renderTarget, type Target, writeTarget } from "./generate.js";
export { type Bump, type DiffEvent, type DiffSeverity, requiredBump } from "./model-diff/diff-event.js";
export { diffModels } from "./model-diff/diff-models.js";
export { loadModelVersion, ModelVersionError, type ModelVersionOptions } from "./model-diff/model-version.js";
export { countBySeverity, formatDiffReport } from "./model-diff/report.js";
export { ModelView } from "./model-view.js";
