import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, resolveConfig, rules, type Rule } from '../../server/src/engine/index';

const readme = '# Widget\n\nInstall it with npm. It does not run on Node 16 and we cannot support it.\n';
const withConfig = (settings: object) => resolveConfig({ settings }).config;

describe('what gets checked', () => {
	test('front matter forces the kind', () => {
		assert.equal(lint('---\ntactful: letter\n---\n' + readme, { languageId: 'markdown' }).kind, 'letter');
		assert.equal(lint('---\ntactful: template\n---\n' + readme, { languageId: 'markdown' }).kind, 'template');
		const off = lint('---\ntactful: off\n---\nHi Sam,\n\nUnfortunately we cannot do it.\n\nBest,\nJo', { languageId: 'markdown' });
		assert.deepEqual([off.letter, off.findings.length], [false, 0]);
		// Plain text takes front matter too.
		assert.equal(lint('---\ntactful: letter\n---\nInstall it.\n', { languageId: 'plaintext' }).kind, 'letter');
	});
	test('config globs force the kind or skip the file', () => {
		const config = withConfig({}), letters = resolveConfig({ files: [{ path: 'rc', text: '{ "letters": ["replies/**"], "templates": ["templates/*.md"], "ignore": ["drafts/**"] }' }] }).config;
		assert.equal(lint(readme, { languageId: 'markdown', config, path: 'replies/a/readme.md' }).kind, 'other');
		assert.equal(lint(readme, { languageId: 'markdown', config: letters, path: 'replies/a/readme.md' }).kind, 'letter');
		assert.equal(lint(readme, { languageId: 'markdown', config: letters, path: 'templates/x.md' }).kind, 'template');
		const letter = 'Hi Sam,\n\nUnfortunately we cannot do it.\n\nBest,\nJo';
		assert.ok(lint(letter, { languageId: 'markdown', config: letters }).findings.length > 0);
		assert.deepEqual(lint(letter, { languageId: 'markdown', config: letters, path: 'drafts/x.md' }).findings, []);
	});
	test('steps are always reported, all false for a non-letter', () => {
		const r = lint(readme, { languageId: 'markdown' });
		assert.deepEqual(Object.values(r.steps), [false, false, false, false, false, false, false]);
		assert.deepEqual(Object.keys(r.steps), ['understand', 'acknowledge', 'explain', 'alternatives', 'positive', 'empathy', 'open']);
	});
	test('scope: off silences everything; all runs phrase rules on any document but never step rules', () => {
		const jargon = '# Notes\n\nWe lack the bandwidth to circle back.\n';
		assert.deepEqual(lint(jargon, { languageId: 'markdown' }).findings, []);
		const all = lint(jargon, { languageId: 'markdown', config: withConfig({ scope: 'all' }) });
		assert.ok(all.findings.some((f) => f.ruleId === 'no-jargon'));
		assert.ok(all.findings.every((f) => !f.ruleId.startsWith('missing-')));
		assert.deepEqual(lint('Hi Sam,\n\nUnfortunately we cannot.\n\nBest,\nJo', { languageId: 'markdown', config: withConfig({ scope: 'off' }) }).findings, []);
	});
	test('severity settings: per rule, stepSeverity for the missing-step rules, off', () => {
		const letter = 'Hi Sam,\n\nUnfortunately we cannot do it, we lack the bandwidth.\n\nBest,\nJo';
		const r = lint(letter, { languageId: 'markdown', config: withConfig({ stepSeverity: 'hint', rules: { 'no-jargon': 'error', 'missing-open': 'off' } }) });
		const by = (id: string) => r.findings.filter((f) => f.ruleId === id).map((f) => f.severity);
		assert.deepEqual(by('no-jargon'), ['error']);
		assert.deepEqual(by('missing-open'), []);
		assert.ok(by('missing-empathy').every((s) => s === 'hint') && by('missing-empathy').length === 1);
	});
	test('a rule that throws is reported once in problems and skipped; the others still run', () => {
		const boom: Rule = { meta: { ...rules[rules.length - 1].meta, id: 'boom', letterOnly: false }, check() { throw new Error('kaput'); } };
		(rules as Rule[]).push(boom);
		try {
			const letter = 'Hi Sam,\n\nUnfortunately we cannot do it, we lack the bandwidth.\n\nBest,\nJo';
			const first = lint(letter, { languageId: 'markdown' });
			assert.equal(first.problems.length, 1);
			assert.match(first.problems[0].message, /boom.*kaput/);
			assert.ok(first.findings.some((f) => f.ruleId === 'no-jargon'));
			assert.equal(lint(letter, { languageId: 'markdown' }).problems.length, 0, 'reported once');
		} finally {
			(rules as Rule[]).pop();
		}
	});
	test('a finding outside the text is dropped, and a fix with an edit outside it is dropped from its finding', () => {
		const text = 'Hi Sam,\n\nUnfortunately we cannot do it.\n\nBest,\nJo';
		const good = { title: 'good', edits: [{ start: 0, end: 2, newText: 'Hello' }] };
		const bad = { title: 'bad', edits: [{ start: 0, end: 2, newText: 'x' }, { start: 5, end: text.length + 1, newText: '' }] };
		const sloppy: Rule = {
			meta: { ...rules[rules.length - 1].meta, id: 'sloppy', letterOnly: false },
			check(ctx) {
				ctx.report({ start: 0, end: 2, message: 'all valid', fixes: [good] });
				ctx.report({ start: 3, end: 6, message: 'one bad fix', fixes: [bad, good] });
				ctx.report({ start: 7, end: text.length + 3, message: 'outside' });
			},
		};
		(rules as Rule[]).push(sloppy);
		try {
			const mine = lint(text, { languageId: 'markdown' }).findings.filter((f) => f.ruleId === 'sloppy');
			assert.deepEqual(mine.map((f) => [f.message, f.fixes.map((x) => x.title)]), [['all valid', ['good']], ['one bad fix', ['good']]]);
		} finally {
			(rules as Rule[]).pop();
		}
	});
	test('findings come sorted, with ranges inside the text, on CRLF, tabs and long lines', () => {
		const text = 'Hi Sam,\r\n\r\nUnfortunately\twe cannot do it; we\tlack the bandwidth. ' + 'More words here. '.repeat(5000) + '\r\n\r\nBest,\r\nJo';
		for (const languageId of ['markdown', 'plaintext']) {
			const r = lint(text, { languageId });
			assert.ok(r.findings.length > 0);
			for (let i = 0; i < r.findings.length; i++) {
				const f = r.findings[i];
				assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length);
				if (i > 0) assert.ok(r.findings[i - 1].start <= f.start);
			}
			const jargon = r.findings.find((f) => f.ruleId === 'no-jargon');
			assert.equal(jargon && text.slice(jargon.start, jargon.end), 'bandwidth');
		}
	});
});

test('several missing moves inserted at one place come in the model\'s order', async () => {
	const { applyFixes, STEPS } = await import('../../server/src/engine/index');
	const text = 'Hi Sam,\n\nThanks for asking about the Friday deadline. Unfortunately we cannot move it.\n\nBest,\nJo\n';
	const r = lint(text, { languageId: 'markdown' });
	const missing = r.findings.filter((f) => f.ruleId.startsWith('missing-'));
	const atRefusal = missing.filter((f) => f.start === missing.find((m) => m.step !== 'understand' && m.step !== 'acknowledge' && m.step !== 'open')?.start);
	assert.ok(atRefusal.length >= 2, JSON.stringify(missing.map((f) => f.ruleId)));
	const steps = atRefusal.map((f) => STEPS.indexOf(f.step!));
	assert.deepEqual(steps, [...steps].sort((a, b) => a - b));
	const fixed = applyFixes(text, atRefusal.map((f) => f.fixes[0])).text;
	const positions = atRefusal.map((f) => fixed.indexOf(f.fixes[0].edits[0].newText.trim()));
	assert.deepEqual(positions, [...positions].sort((a, b) => a - b));
});
