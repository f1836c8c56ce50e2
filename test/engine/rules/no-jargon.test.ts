import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { firstFixSafe, fixResults, flags, LANGUAGES } from './helpers';

const RULE = 'no-jargon';

describe(RULE, () => {
	for (const languageId of LANGUAGES) {
		test(`flags jargon (${languageId})`, () => {
			const cases: Array<[string, string[]]> = [
				["We don't have the bandwidth for this right now.", ['bandwidth']],
				["Let's circle back next month and touch base on the synergies.", ['circle back', 'touch base', 'synergies']],
				["We circled back with the printer and will be touching base again on Friday.", ['circled back', 'touching base']],
				['Weekend delivery is out of scope for our contract.', ['out of scope']],
				['We are blocked on the API keys.', ['blocked on']],
				["Let's align on the timeline, then sync up on Friday.", ['align on', 'sync up']],
				['We need more headcount to take this on.', ['headcount']],
				["I'll send it by EOD.", ['EOD']],
				['Adding pages mid-project is scope creep.', ['scope creep']],
				['The facility falls outside our risk appetite and credit decisioning framework.', ['risk appetite', 'decisioning framework']],
				['Local admin rights would weaken our zero-trust posture.', ['zero-trust posture']],
			];
			for (const [text, spans] of cases) assert.deepEqual(flags(RULE, text, { languageId }), spans, text);
		});
		test(`leaves plain uses alone (${languageId})`, () => {
			for (const text of [
				'Our network bandwidth is fine; the delay is at the printer.',
				'Reports are out of scope because the contract covers the website only.',
				'Because the contract covers the website only, the app is out of scope.',
				'The project is going forward as planned.',
				'Going forward, we will invoice monthly.',
				'Going forward, please check the proofs.',
				'We will sow the wildflower seed in April.',
				'Please reply by the end of the day; the eod flag is internal.',
			])
				assert.deepEqual(flags(RULE, text, { languageId }), [], text);
		});
	}

	test('plain-word fixes, safe, keeping case', () => {
		assert.deepEqual(fixResults(RULE, "We don't have the bandwidth."), ["We don't have the time.", "We don't have the capacity."]);
		assert.equal(firstFixSafe(RULE, "We don't have the bandwidth."), true);
		assert.deepEqual(fixResults(RULE, 'Circle back on Monday.'), ['Follow up on Monday.', 'Come back to you on Monday.']);
		assert.deepEqual(fixResults(RULE, 'WE ARE BLOCKED ON IT.'), ['WE ARE WAITING ON IT.']);
		assert.deepEqual(fixResults(RULE, "I'll send it by EOD."), ["I'll send it by the end of the day."]);
	});

	test('a phrase broken over two lines is still one phrase', () => {
		assert.deepEqual(flags(RULE, "Let's circle\nback next week."), ['circle\nback']);
	});
});
