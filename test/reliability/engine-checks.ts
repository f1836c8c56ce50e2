/**
 * The engine checks of the bad-input set, as functions a Guarded worker calls by name (see guard.ts), so that an
 * input which makes the engine spin fails its test instead of blocking the run.
 */
import assert from 'node:assert/strict';
import { lint, LintCache, resolveConfig } from '../../server/src/engine/index';
import { assertResult } from './invariants';
import { LANGUAGES, TEXT_INPUTS } from './inputs';

const all = resolveConfig({ settings: { scope: 'all' } }).config;

/**
 * One entry of the bad-input set, as Markdown and as plain text, with the default config and with scope "all"
 * (phrase rules on every document, so findings occur on non-letters too), with and without a LintCache.
 * Returns the number of findings checked.
 */
export function checkInput(name: string): number {
	const input = TEXT_INPUTS.find((i) => i.name === name);
	if (!input) throw new Error(`no input named ${name}`);
	const text = input.text();
	let findings = 0;
	for (const languageId of LANGUAGES) {
		for (const [label, config] of [['default', undefined], ['scope all', all]] as const) {
			const result = lint(text, { languageId, config });
			assert.deepEqual(result.problems, [], `${languageId}, ${label}: no rule failed`);
			assertResult(text, result, { fixEach: result.findings.length <= 200 });
			findings += result.findings.length;
			if (config) continue;
			const cache = new LintCache();
			assert.deepEqual(lint(text, { languageId, cache }), result, `${languageId}: same result with a cache`);
			assert.deepEqual(lint(text, { languageId, cache }), result, `${languageId}: same result from a warm cache`);
		}
	}
	return findings;
}
