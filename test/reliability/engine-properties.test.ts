// Property tests of the engine (fast-check, fixed seed; TACTFUL_FUZZ_SEED and TACTFUL_FUZZ_SCALE explore further):
// it never throws, its ranges and fixes are always well-formed, preferred fixes converge, and linting with a
// LintCache after any edit gives exactly what a fresh lint gives.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes, lint, LintCache, resolveConfig, type Finding, type LintOptions } from '../../server/src/engine/index';
import { assertOnlyEditsChanged, assertResult } from './invariants';
import { applyOp, editOp, markdownDoc, rawString, runs, tokenSoup } from './arbitraries';

const all = resolveConfig({ settings: { scope: 'all' } }).config;
const LANGS = ['markdown', 'plaintext'] as const;

function lintBoth(_text: string, check: (languageId: string, options: LintOptions) => void): void {
	for (const languageId of LANGS) {
		check(languageId, { languageId });
		check(languageId, { languageId, config: all });
	}
}

/** Applies every finding's first fix until none is left; fails past 2 rounds or when text outside a fix changes. Returns the fixes applied. */
function converge(original: string, languageId: string): number {
	let text = original;
	let fixed = 0;
	for (let round = 1; ; round++) {
		const fixes = lint(text, { languageId }).findings.map((f: Finding) => f.fixes[0]).filter((f) => f !== undefined);
		const { text: out, applied } = applyFixes(text, fixes);
		if (applied.length === 0) return fixed;
		assert.ok(round <= 2, `round ${round} still applies ${applied.map((f) => f.title).join('; ')}`);
		assertOnlyEditsChanged(text, out, applied);
		fixed += applied.length;
		text = out;
	}
}

describe('engine properties', () => {
	test('never throws, and every result is well-formed: arbitrary strings', () => {
		fc.assert(
			fc.property(fc.oneof(rawString, tokenSoup), (text) => {
				lintBoth(text, (_, options) => {
					const r = lint(text, options);
					assert.deepEqual(r.problems, []);
					assertResult(text, r);
				});
			}),
			runs(400),
		);
	});

	test('never throws, and every result is well-formed: Markdown from a grammar of blocks and inlines', () => {
		let findings = 0;
		let letters = 0;
		fc.assert(
			fc.property(markdownDoc, (text) => {
				lintBoth(text, (_, options) => {
					const r = lint(text, options);
					assert.deepEqual(r.problems, []);
					assertResult(text, r);
					findings += r.findings.length;
					letters += r.letter ? 1 : 0;
				});
			}),
			runs(300),
		);
		// The generator is only useful if it reaches the rules.
		assert.ok(findings > 100 && letters > 50, `${findings} findings, ${letters} letters`);
	});

	test('preferred fixes converge within 2 rounds and touch only what they fix', () => {
		let fixed = 0;
		fc.assert(
			fc.property(fc.oneof(markdownDoc, tokenSoup), fc.constantFrom(...LANGS), (original, languageId) => {
				fixed += converge(original, languageId);
			}),
			runs(300),
		);
		assert.ok(fixed > 50, `${fixed} fixes applied`);
	});

	test('a missing move is not inserted inside the HTML comment that follows the refusal (found with TACTFUL_FUZZ_SEED=1)', () => {
		converge("Hi [Client Name], thanks for your note about the launch.Unfortunately it isn't realistic for us to move the launch to Friday.<!-- tactful-enable -->", 'markdown');
	});

	test('a LintCache kept across random edits gives the same result as a fresh lint', () => {
		fc.assert(
			fc.property(markdownDoc, fc.array(editOp, { minLength: 1, maxLength: 25 }), fc.constantFrom(...LANGS, 'markdown'), (start, ops, languageId) => {
				const cache = new LintCache();
				const history: string[] = [];
				let text = start;
				assert.deepEqual(lint(text, { languageId, cache }), lint(text, { languageId }));
				for (const op of ops) {
					text = applyOp(text, op, history);
					assert.deepEqual(lint(text, { languageId, cache }), lint(text, { languageId }), `after ${JSON.stringify(op)}`);
				}
			}),
			runs(150),
		);
	});
});
