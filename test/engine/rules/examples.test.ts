// Every registered rule's documented examples are true: `bad` is flagged, `good` is not, and the preferred fix turns
// `bad` into `fixed`, which the rule then leaves alone.
//
// How an example is linted: a complete letter (`asLetter`) and the examples of step rules (rules that judge a whole
// letter: `letterOnly` with a step) are linted exactly as written. Every other example is a passage, linted as a
// decline letter by front matter `tactful: letter` (taken off again before the texts are compared), so it does not
// depend on letter detection. Each is checked as plain text and as Markdown.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lint, rules, type Rule } from '../../../server/src/engine/index';
import { LANGUAGES, type Language } from './helpers';

const FRONT = '---\ntactful: letter\n---\n';

function lintExample(rule: Rule, text: string, asGiven: boolean, languageId: Language) {
	const prefix = asGiven ? '' : FRONT;
	const full = prefix + text;
	const result = lint(full, { languageId });
	assert.deepEqual(result.problems, [], `${rule.meta.id}: engine problems`);
	const mine = result.findings.filter((f) => f.ruleId === rule.meta.id);
	const fixes = mine.flatMap((f) => (f.fixes[0] ? [f.fixes[0]] : []));
	const fixed = applyFixes(full, fixes).text;
	assert.ok(fixed.startsWith(prefix), 'a fix reached into the front matter');
	return { count: mine.length, fixed: fixed.slice(prefix.length) };
}

describe('rule examples', () => {
	test('every rule documents at least one example', () => {
		for (const rule of rules) assert.ok(rule.meta.examples.length > 0, rule.meta.id);
	});

	for (const rule of rules) {
		const stepRule = rule.meta.letterOnly === true && rule.meta.step !== null;
		rule.meta.examples.forEach((ex, i) => {
			const asGiven = ex.asLetter === true || stepRule;
			for (const languageId of LANGUAGES) {
				test(`${rule.meta.id} example ${i + 1} (${languageId})`, () => {
					if (ex.fixed !== undefined) assert.ok(ex.bad !== undefined, 'a fixed text needs its bad text');
					if (ex.bad !== undefined) {
						const bad = lintExample(rule, ex.bad, asGiven, languageId);
						assert.ok(bad.count >= 1, `not flagged: ${JSON.stringify(ex.bad)}`);
						if (ex.fixed !== undefined) {
							assert.equal(bad.fixed, ex.fixed);
							assert.equal(lintExample(rule, ex.fixed, asGiven, languageId).count, 0, `fixed text still flagged: ${JSON.stringify(ex.fixed)}`);
						}
					}
					if (ex.good !== undefined) assert.equal(lintExample(rule, ex.good, asGiven, languageId).count, 0, `good text flagged: ${JSON.stringify(ex.good)}`);
				});
			}
		});
	}
});
