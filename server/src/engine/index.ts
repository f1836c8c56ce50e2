/**
 * The Tactful engine: pure, platform-neutral. Shared by the CLI, the language server and (later) a browser worker.
 */
export * from './types';
export { lint } from './lint';
export { ChunkCache as LintCache } from './text/markup';
export { resolveConfig, defaultConfig, type ConfigInput, type ConfigError, type ConfigFile } from './config';
export { applyFixes, applyEdits } from './fixes';
export { rules, ruleById, type Rule, type RuleMeta, type RuleExample } from './rules';
export { disableLineEdit, disableFileEdit } from './directives';
export { snippetToPlain } from './text/snippet';
export { lineAt, offsetToPosition, positionToOffset, lineStarts } from './text/positions';
export { STEP_INFO, stepSnippet } from './steps/info';
export { clearSentenceReadings } from './steps/detect';
