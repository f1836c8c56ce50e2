// Applying the preferred fixes never corrupts text, converges, and clears what it fixed — checked on every letter we
// have (the labelled development set and the examples), in both fix modes: safe fixes only (fix-all, --fix) and every
// finding's first fix (a writer accepting each suggestion in turn, missing steps included).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, lint, type Finding, type Fix } from '../../server/src/engine/index';

const dirs = ['test/fixtures/letters', 'examples'];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(md|txt)$/.test(f) && f !== 'LABELLING.md').map((f) => join(d, f)));
const languageOf = (f: string) => (f.endsWith('.md') ? 'markdown' : 'plaintext');

function round(text: string, languageId: string, pick: (f: Finding) => Fix | undefined) {
	const findings = lint(text, { languageId }).findings;
	const fixes = findings.map(pick).filter((f): f is Fix => f !== undefined);
	const { text: out, applied } = applyFixes(text, fixes);
	return { out, applied, findings };
}

/** The text outside the edits is kept character for character. */
function assertOnlyEditsChanged(before: string, after: string, applied: Fix[]) {
	const edits = applied.flatMap((f) => f.edits).sort((a, b) => a.start - b.start);
	let delta = 0;
	let last = 0;
	for (const e of edits) {
		assert.equal(after.slice(last + delta, e.start + delta), before.slice(last, e.start));
		assert.equal(after.slice(e.start + delta, e.start + delta + e.newText.length), e.newText);
		delta += e.newText.length - (e.end - e.start);
		last = e.end;
	}
	assert.equal(after.slice(last + delta), before.slice(last));
}

describe('fixes converge and keep the rest of the text', () => {
	test('there are letters to check', () => assert.ok(files.length >= 40, `${files.length} files`));
	for (const file of files) {
		test(file, () => {
			const original = readFileSync(file, 'utf8');
			const lang = languageOf(file);
			for (const mode of ['safe', 'first'] as const) {
				const pick = (f: Finding) => (mode === 'safe' ? (f.fixes[0]?.safe ? f.fixes[0] : undefined) : f.fixes[0]);
				let text = original;
				let rounds = 0;
				for (;;) {
					const { out, applied } = round(text, lang, pick);
					if (applied.length === 0) break;
					assertOnlyEditsChanged(text, out, applied);
					// What a fix inserted is not flagged again by the same rule.
					const again = lint(out, { languageId: lang }).findings;
					let delta = 0;
					for (const fix of [...applied].sort((a, b) => a.edits[0].start - b.edits[0].start)) {
						for (const e of fix.edits) {
							const s = e.start + delta;
							const end = s + e.newText.length;
							delta += e.newText.length - (e.end - e.start);
							const back = again.filter((f) => f.start < end && s < f.end && f.fixes[0] && fix.title === f.fixes[0].title && f.fixes[0].edits[0].newText === e.newText);
							assert.deepEqual(back.map((f) => f.ruleId), [], `${mode}: "${e.newText}" flagged again after "${fix.title}"`);
						}
					}
					text = out;
					rounds++;
					assert.ok(rounds <= 2, `${mode} fixes did not converge in 2 rounds`);
				}
			}
		});
	}
});
