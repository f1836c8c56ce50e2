// The bad-input set through the engine: nothing throws, every range is inside the text, every fix keeps what is
// outside it (see engine-checks.ts). Each entry runs in a worker with a hang guard far above its normal run time:
// some of these inputs once made the engine spin for minutes.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index';
import { Guarded } from './guard';
import { assertResult } from './invariants';
import { LANGUAGES, LETTER, TEXT_INPUTS } from './inputs';

const HANG_GUARD_MS = 60_000;
const worker = new Guarded(require.resolve('./engine-checks'));
after(() => worker.stop());

describe('engine: bad input', () => {
	for (const input of TEXT_INPUTS.filter((i) => !i.huge)) {
		test(input.name, () => worker.call('checkInput', input.name, HANG_GUARD_MS));
	}

	test('the letter entries are letters with the jargon finding, so the checks had findings to check', () => {
		for (const name of ['BOM + letter', 'CRLF letter', 'lone-CR letter', 'emoji around findings', 'combining marks around findings']) {
			const text = TEXT_INPUTS.find((i) => i.name === name)!.text();
			for (const languageId of LANGUAGES) {
				const r = lint(text, { languageId });
				assert.ok(r.letter, `${name} (${languageId}) is a letter`);
				const jargon = r.findings.find((f) => f.ruleId === 'no-jargon');
				assert.ok(jargon, `${name} (${languageId}): no-jargon found`);
				assert.equal(text.slice(jargon.start, jargon.end), 'bandwidth');
			}
		}
	});

	test('the limits on nesting and markup density leave plausible letters alone', () => {
		const nested = ['- one', '  - two', '    - three', '      - four', "        - five: we don't have the bandwidth"].join('\n');
		const text = LETTER.replace('Best,\nJo', `${nested}\n\nBest regards,\n${' '.repeat(30)}Jo Smith`).replace('first phase', '**first** _phase_ [with](https://example.invalid) `code`');
		const r = lint(text, { languageId: 'markdown' });
		assert.ok(r.letter);
		assert.deepEqual(r.findings.filter((f) => f.ruleId === 'no-jargon').map((f) => text.slice(f.start, f.end)), ['bandwidth', 'bandwidth']);
	});

	test('input that is not a string is an empty result, not an exception', () => {
		for (const bad of [undefined, null, 42, {}, [], Symbol('x')] as unknown[]) {
			assert.deepEqual(lint(bad as string, { languageId: 'markdown' }).findings, []);
		}
	});

	test('50 MB of letters', { skip: process.env.TACTFUL_SOAK === 'full' ? false : 'set TACTFUL_SOAK=full (about 30 s and 2 GB of memory)' }, () => {
		const text = TEXT_INPUTS.find((i) => i.huge)!.text();
		for (const languageId of LANGUAGES) assertResult(text, lint(text, { languageId }), { fixEach: false });
	});
});
