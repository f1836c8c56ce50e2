import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixResults, flags, LANGUAGES } from './helpers';
import { snippetToPlain } from '../../../server/src/engine/index';

const RULE = 'no-vague-excuse';

const flagged: Array<[string, string]> = [
	['Due to internal reasons we are unable to complete your return by tomorrow.', 'Due to internal reasons'],
	['For organisation reasons we can not give back the money.', 'For organisation reasons'],
	["We don't have the time to support it for various reasons.", 'for various reasons'],
	['For a number of reasons, the studio is closed that week.', 'For a number of reasons'],
	['Due to circumstances beyond our control, the launch moves to May.', 'Due to circumstances beyond our control'],
	['Owing to unforeseen circumstances, we have to cancel the tasting.', 'Owing to unforeseen circumstances'],
	['However, we are not able to waive the fee as it is company policy.', 'company policy'],
	["We can't refund the course. It's our policy.", "It's our policy"],
	["We don't release stems. It's just how we do things here.", "It's just how we do things here"],
	["It's just not possible right now.", "It's just not possible right now"],
	['Rules are rules.', 'Rules are rules'],
	["We can't say more, for obvious reasons.", 'for obvious reasons'],
	["We'd rather not take it on. It's complicated.", "It's complicated"],
];

const benign = [
	'Our company policy is not to refund annual plans, because the annual price is already 30% lower.',
	"We can't refund the deposit. It's company policy, and it protects the date we hold for you.",
	"It's against our policy to share client files: it keeps every client's work private.",
	'Our policy is to refund within 14 days of purchase.',
	'For two reasons: the press is booked, and the ink needs a day to dry.',
	'For several reasons: the press is booked and the ink is wet.',
	'For a few reasons, mainly that the crew is on another site.',
	"Due to circumstances beyond our control, we can't open on Monday because the building has no power.",
	'Our refund policy gives you 14 days to change your mind.',
	'The meeting is at 10:00 as usual.',
];

describe(RULE, () => {
	for (const languageId of LANGUAGES) {
		test(`flags reasons that explain nothing (${languageId})`, () => {
			for (const [text, phrase] of flagged) assert.deepEqual(flags(RULE, text, { languageId }), [phrase], text);
		});
		test(`leaves explained rules and real reasons alone (${languageId})`, () => {
			for (const text of benign) assert.deepEqual(flags(RULE, text, { languageId }), [], text);
		});
	}

	test('the reason may come in the next sentence', () => {
		assert.deepEqual(flags(RULE, "We can't refund it. It's company policy. That's because refunds after printing cost us the paper."), []);
		assert.deepEqual(flags(RULE, "We can't refund it. It's company policy. Let me know if you have questions."), ['company policy']);
	});

	test('the fix is a snippet: the writer types the real reason', () => {
		const [f] = findings(RULE, 'Due to internal reasons we are unable to complete it.');
		const edit = f.fixes[0].edits[0];
		assert.equal(edit.snippet, 'Because ${1:the specific reason},');
		assert.equal(snippetToPlain(edit.snippet!), edit.newText);
		assert.equal(f.fixes[0].safe, undefined);
		assert.deepEqual(fixResults(RULE, "We can't do it for various reasons."), ["We can't do it because the specific reason."]);
		assert.deepEqual(fixResults(RULE, "We can't refund it. It's company policy."), ["We can't refund it. It's company policy. The policy is there because the reason."]);
	});

	test('case and curly apostrophes', () => {
		assert.deepEqual(flags(RULE, 'DUE TO INTERNAL REASONS WE CANNOT.'), ['DUE TO INTERNAL REASONS']);
		assert.deepEqual(flags(RULE, 'We don’t release stems. It’s just how we do things.'), ['It’s just how we do things']);
	});

	test('not in quoted text or code', () => {
		assert.deepEqual(flags(RULE, '"Due to internal reasons" tells the client nothing, so here is ours: we are booked.'), []);
		assert.deepEqual(flags(RULE, '> Due to internal reasons we cannot.\n\nThanks for forwarding this.', { languageId: 'markdown' }), []);
		assert.deepEqual(flags(RULE, 'The log says `for various reasons`.', { languageId: 'markdown' }), []);
	});

	test('tied to the explain move', () => {
		assert.equal(findings(RULE, 'For various reasons, no.')[0].step, 'explain');
	});
});
