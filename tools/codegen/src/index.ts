export { type CliIo, runCli, USAGE } from "./cli.js";
export { type CodegenConfig, ConfigError, type ConfiguredTarget, findConfig, readConfig } from "./config.js";
export { checkTarget, MODULES, type ModuleName, renderTarget, type Target, writeTarget } from "./generate.js";
export { ModelView } from "./model-view.js";
