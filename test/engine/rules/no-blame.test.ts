import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, fixResults, flags, LANGUAGES } from './helpers';

const RULE = 'no-blame';

const flagged: Array<[string, string]> = [
	['You failed to tell me about the venue colours until the day before.', 'You failed to'],
	['The delays on the character sheets are your fault.', 'are your fault'],
	["It's entirely your fault that the print run was late.", "It's entirely your fault"],
	["That's on you, not us.", "That's on you"],
	['You should have checked the proof before approving it.', 'You should have'],
	["It's in the contract, which you should've read before booking.", "you should've"],
	['If you had told us earlier, we could have helped.', 'If you had'],
	["If you'd sent the files on time, this wouldn't have happened.", "If you'd"],
	["You didn't even read the brief.", "You didn't even read"],
	["You didn't bother to reply.", "You didn't bother"],
	['You never replied to my email.', 'You never'],
	['You keep changing your mind about the art direction.', 'You keep changing'],
	['You were supposed to send the photos by Monday.', 'You were supposed to'],
	['You were meant to approve the proofs on Friday.', 'You were meant to'],
	['You forgot to attach the signed contract.', 'You forgot to'],
	['You misunderstood the quote.', 'You misunderstood'],
	['You ignored the deadline we agreed.', 'You ignored'],
	['The whole project slipped because of you.', 'because of you'],
];

const benign = [
	"None of this is your fault, and it's not your fault the courier was late.",
	'Through no fault of your own, the venue changed.',
	'You should have received the invoice by now.',
	'You should have access to the shared folder.',
	'You should have been told about the fee when you booked; I am sorry you were not.',
	"If you'd like, we can talk it through on Friday.",
	'If you had any questions, call me.',
	"I'm sorry you didn't get the reminder.",
	"If you didn't receive the link, let me know.",
	'You never have to pay for the first consultation.',
	'You never know with printers, so we book a spare slot.',
	'You keep the copyright and the source files.',
	'You keep getting better at briefs.',
	'We grew because of you, thank you!',
	"It's because of you that we were able to open a second studio.",
	'I hope you never have to deal with a flood again.',
	'You were right about the postcode bug.',
];

const rewrites: Array<[string, string[]]> = [
	['You were supposed to send the photos by Monday.', ['The plan was for you to send the photos by Monday.', "We'd agreed that you would send the photos by Monday."]],
	['You failed to mention the venue.', ["You weren't able to mention the venue.", "You didn't get a chance to mention the venue."]],
	['You should have checked the proof first.', ['It might have helped to have checked the proof first.', 'Ideally, you would have checked the proof first.']],
	['You forgot to attach the files.', ["You didn't get a chance to attach the files.", "It looks like you didn't attach the files."]],
	['You misunderstood the quote.', ['There may have been a misunderstanding about the quote.']],
	['I think you misunderstood.', ['I think there may have been a misunderstanding.']],
	// In a relative clause the rewrite would not be a sentence: no fix, only the advice.
	["It's in the contract, which you should have read.", []],
	['Your fault, I suppose.', []],
];

describe(RULE, () => {
	for (const languageId of LANGUAGES) {
		test(`flags blame (${languageId})`, () => {
			for (const [text, phrase] of flagged) assert.deepEqual(flags(RULE, text, { languageId }), [phrase], text);
		});
		test(`leaves neutral and kind "you" sentences alone (${languageId})`, () => {
			for (const text of benign) assert.deepEqual(flags(RULE, text, { languageId }), [], text);
		});
	}

	test('rewrites only where the sentence stays grammatical; never marked safe', () => {
		for (const [text, results] of rewrites) {
			assert.deepEqual(fixResults(RULE, text), results, text);
			for (const f of findings(RULE, text)) assert.ok(f.fixes.every((x) => !x.safe), text);
			for (const r of results) assert.deepEqual(flags(RULE, r), [], r);
		}
	});

	test('every finding explains what to do instead', () => {
		for (const [text] of flagged) {
			const [f] = findings(RULE, text);
			assert.match(f.message, /client/i, text);
			assert.equal(f.step, 'empathy');
		}
	});

	test('case and curly apostrophes', () => {
		assert.deepEqual(flags(RULE, 'YOU FAILED TO SEND THE FILES.'), ['YOU FAILED TO']);
		assert.equal(fixResults(RULE, 'YOU FAILED TO SEND THE FILES.')[0], "YOU WEREN'T ABLE TO SEND THE FILES.");
		assert.deepEqual(flags(RULE, 'It’s in the contract you should’ve read.'), ['you should’ve']);
		assert.deepEqual(flags(RULE, 'If you’d like, call me.'), []);
		assert.equal(fixResults(RULE, 'Sadly you forgot to sign, and it’s late.')[0], 'Sadly you didn’t get a chance to sign, and it’s late.');
	});

	test('not inside quoted client text, code or URLs', () => {
		const md = { languageId: 'markdown' as const };
		assert.deepEqual(flags(RULE, '> You should have told us this before we signed.\n\nThanks for writing.', md), []);
		assert.deepEqual(flags(RULE, 'You said "it\'s your fault" on the phone; I understand why.'), []);
		assert.deepEqual(flags(RULE, 'The error reads `you failed to log in`.', md), []);
		assert.deepEqual(flags(RULE, 'See https://example.com/you-failed-to-pay for the form.'), []);
	});
});
