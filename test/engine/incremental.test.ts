// Work kept per chunk (the parse, sentences, phrase scans, capitals, placeholders) gives the same findings as a fresh
// lint after every kind of edit, including edits that change what lies outside the edited chunk: a link definition
// elsewhere, a fence opened above, the sign-off moving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, LintCache, resolveConfig } from '../../server/src/engine/index';
// @ts-expect-error: plain JavaScript module
import { letter } from '../../bench/generate.mjs';

const { config } = resolveConfig({ settings: { scope: 'all' } });
const md = (text: string, cache?: LintCache) => lint(text, { languageId: 'markdown', config, cache });

/** Lints each version with one cache kept across them, and fresh; both must agree, and `expect` must hold. */
function edits(versions: string[]): void {
	const cache = new LintCache();
	for (const [i, text] of versions.entries()) assert.deepEqual(md(text, cache), md(text), `version ${i}`);
}

test('a one-character edit in the middle of a long letter: same findings as a fresh lint, at every keystroke', () => {
	let text: string = letter(3000, 'markdown', 11, { forced: true });
	const at = text.indexOf('. ', text.length >> 1) + 1;
	const versions = [text];
	for (const c of ' we dont have the bandwidth, SORRY!!') {
		text = text.slice(0, at) + c + text.slice(at);
		versions.push(text);
	}
	edits(versions);
});

test('a link definition added in another chunk turns a slot into a link, with the cache too', () => {
	const base = 'Hi Dana,\n\nThanks for asking. Unfortunately we cannot move the launch. See [Acme] for the plan.\n\nBest,\nLee\n';
	const withDefinition = `${base}\n[acme]: https://example.com/plan\n`;
	const cache = new LintCache();
	const slots = (text: string) => md(text, cache).findings.filter((f) => f.ruleId === 'no-unfilled-placeholder').length;
	assert.equal(slots(base), 1);
	assert.equal(slots(withDefinition), 0);
	assert.equal(slots(base), 1);
});

test('a fence opened in one chunk and left open hides angle slots in the next, with the cache too', () => {
	const body = 'Hi Dana,\n\nUnfortunately we cannot move the launch, <CLIENT NAME>.\n\nBest,\nLee\n';
	edits([body, '```js\n\n' + body, body, '````\n```\n\n' + body, body]);
});

test('the sign-off moving changes which capitals count, with the cache too', () => {
	const a = 'Hi Dana,\n\nI am SO SORRY but we cannot MOVE THE LAUNCH.\n\nBest,\nLEE MORGAN\n';
	const b = 'Hi Dana,\n\nI am SO SORRY but we cannot MOVE THE LAUNCH.\nBest,\nLEE MORGAN\n';
	edits([a, b, a, b.replace('Best,', 'NOTE: Best,')]);
});

test('a phrase stops at the end of its paragraph: what follows the paragraph break does not hide it', () => {
	// "we can't" ends the paragraph; the next paragraph opens with a word a longer phrase could run on to.
	const text = "# Sorry we can't\n\nUnfortunately we can't move the deadline.\n";
	// Both "we can't" are judged alike; before, the first ran on into "Unfortunately", was ruled out, and went unreported.
	const found = md(text).findings.filter((f) => f.ruleId === 'no-blunt-refusal').map((f) => f.start);
	assert.deepEqual(found, [text.indexOf("we can't"), text.lastIndexOf("we can't")]);
	edits([text, text.replace('deadline', 'date'), text]);
});
