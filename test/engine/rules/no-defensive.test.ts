import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, firstFixSafe, fixResults, flags, LANGUAGES } from './helpers';

const RULE = 'no-defensive';

const flagged: Array<[string, string]> = [
	['As I already said on the phone, RAW files are not included.', 'As I already said'],
	['As I said before, the quote covers three concepts.', 'As I said before'],
	["As I've already explained, the fee is fixed.", "As I've already explained"],
	['Like I said, the fee is fixed.', 'Like I said'],
	['As previously mentioned, each concept takes six hours.', 'As previously mentioned'],
	['As stated above, the deposit secures the date.', 'As stated above'],
	['Per my last email, the quote covered three logo concepts.', 'Per my last email'],
	['As per my previous message, the date is fixed.', 'As per my previous message'],
	["I've already told you that the fee is fixed.", "I've already told you"],
	['For the third time, the answer is the same.', 'For the third time'],
	["Obviously I can't refund you for edits you approved.", 'Obviously'],
	['Clearly you missed the part of the proposal where this was explained.', 'Clearly you'],
	["You clearly didn't read the terms.", 'You clearly'],
	['This is clearly stated on our website.', 'clearly stated'],
	['With all due respect, the contract sets the date.', 'With all due respect'],
	['With respect, that is not what we agreed.', 'With respect'],
	['No offence, but the budget is too small.', 'No offence, but'],
	['Frankly, the budget is too small.', 'Frankly'],
	['Needless to say, we cannot start without a deposit.', 'Needless to say'],
	['For the record, I did send the file on Monday.', 'For the record'],
	['You were told this at the consultation.', 'You were told'],
	["It's written in black and white in the form you signed.", 'in black and white'],
	['Asking for it free a week before the date is unreasonable.', 'is unreasonable'],
	["I'm not sure why you expected a refund.", "I'm not sure why you"],
	["I don't understand why you would expect that.", "I don't understand why you"],
	['As you should know, the fee is non-refundable.', 'As you should know'],
	['As you are surely aware, the fee is non-refundable.', 'As you are surely aware'],
	['Just to be clear, the fee is fixed.', 'Just to be clear'],
	['Let me be very clear: the date cannot move.', 'Let me be very clear'],
	['Going forward, please check your proofs carefully.', 'Going forward, please'],
	['In future, please read the terms before booking.', 'In future, please'],
	['The look of the photos is not my fault.', 'not my fault'],
	["That isn't our problem.", "isn't our problem"],
	["Honestly, it's ridiculous to expect this for free.", "it's ridiculous"],
	['May I remind you that the fee is fixed.', 'May I remind you that'],
	["I would have thought that was obvious.", 'I would have thought'],
	["You're mistaken about the fee.", "You're mistaken"],
	['We do not appreciate your tone.', 'We do not appreciate'],
	["You have to understand that we're a small team.", 'You have to understand'],
	['Not doing the top floor, I told you that last time.', 'I told you that last time'],
	["We've had this conversation three times now: the source files are not included.", "We've had this conversation three times"],
	['We would remind you that cover starts on the date of purchase.', 'We would remind you that'],
	['Going forward you should pause the cron job before a migration.', 'Going forward you should'],
];

const benign = [
	"I told you that we'd call on Friday, and we will.",
	"We've had this conversation with other clients, and a phased launch worked well.",
	'As I mentioned on the phone, the first draft is ready on Monday.',
	'As we discussed, the second phase starts in July.',
	'As I mentioned in my last email, the files are in the shared folder.',
	"I know you're obviously disappointed, and I'm sorry.",
	"This is obviously important to you, so I've looked at every option.",
	'And obviously we would love to help with the launch.',
	'You clearly put a lot of thought into the brief.',
	'We will set out clearly what each phase includes.',
	'We treat every client with respect.',
	"I'll speak frankly with the printer tomorrow.",
	'This is the second time this year we have worked together.',
	'To be honest, we are fully booked until March.',
	"It's not unreasonable to ask, and here is what we can do.",
	"It's crazy how fast this year has gone.",
	'I want to be sure I understood the request.',
	'Thank you for your patience.',
	'Please let us know by Friday.',
	"Obviously that's your decision, and we'll support whichever you choose.",
	'For the record, your team was a pleasure to work with.',
	"I'm sorry you were told the wrong date by our office.",
	'We shot the portraits in black and white, as you asked.',
	'It is not unreasonable to ask for a second round.',
];

const rewrites: Array<[string, string[], boolean]> = [
	['As I already said, the quote covers three concepts.', ['To recap, the quote covers three concepts.', 'As a reminder, the quote covers three concepts.'], true],
	['As I already said on the phone, RAW is extra.', ['As we discussed on the phone, RAW is extra.', 'As I mentioned on the phone, RAW is extra.'], false],
	['Per my last email, the deposit is non-refundable.', ['To recap my last email, the deposit is non-refundable.', 'As I mentioned in my last email, the deposit is non-refundable.'], true],
	['Per my last email the deposit is non-refundable.', ['As I mentioned in my last email the deposit is non-refundable.', 'To recap my last email the deposit is non-refundable.'], false],
	["Obviously, we can't print on Sunday.", ["We can't print on Sunday."], true],
	["Obviously I can't refund it.", ["I can't refund it."], true],
	["We can't, obviously, print on Sunday.", ["We can't print on Sunday."], true],
	["We can't print on Sunday, obviously.", ["We can't print on Sunday."], true],
	['That is obviously not included.', ['That is not included.'], true],
	['Clearly you missed the part about fees.', ['You missed the part about fees.'], true],
	['Clearly, you missed the part about fees.', ['You missed the part about fees.'], true],
	["You clearly didn't read the terms.", ["You didn't read the terms."], true],
	['This is clearly stated on our website.', ['This is stated on our website.'], true],
	["It's written in black and white in the form.", ["It's written in the form."], true],
	['With all due respect, the contract sets the date.', ['The contract sets the date.'], true],
	['No offence, but the budget is too small.', ['The budget is too small.'], true],
	['The budget is, frankly, too small.', ['The budget is too small.'], true],
	['As you should know, the fee is fixed.', ['As you may know, the fee is fixed.'], true],
	['As you should have seen, the fee is fixed.', ['As you may have seen, the fee is fixed.'], true],
	['As you are surely aware, the fee is fixed.', ['As you may be aware, the fee is fixed.'], true],
	['Just to be clear, the fee is fixed.', ['To clarify, the fee is fixed.'], true],
	['Let me be clear about the fee.', [], false],
	["I'm not sure why you expected a refund.", ["I'd like to understand why you expected a refund."], false],
	['We are not sure why you expected a refund.', ['We would like to understand why you expected a refund.'], false],
	['Going forward, please check your proofs.', ['Next time, it may help to check your proofs.'], false],
	['May I remind you that the fee is fixed.', ['As a reminder, the fee is fixed.'], true],
	["You're mistaken about the fee.", ["I think there's been a misunderstanding about the fee."], false],
	["You have to understand that we're a small team.", ["It may help to know that we're a small team."], false],
];

describe(RULE, () => {
	for (const languageId of LANGUAGES) {
		test(`flags defensive and passive-aggressive phrases (${languageId})`, () => {
			for (const [text, phrase] of flagged) assert.deepEqual(flags(RULE, text, { languageId }), [phrase], text);
		});
		test(`leaves neutral references and sincere uses alone (${languageId})`, () => {
			for (const text of benign) assert.deepEqual(flags(RULE, text, { languageId }), [], text);
		});
	}

	test('rewrites and removals keep the sentence whole; safe only where nothing can break', () => {
		for (const [text, results, safe] of rewrites) {
			assert.deepEqual(fixResults(RULE, text), results, text);
			if (results.length) assert.equal(firstFixSafe(RULE, text), safe, `safe: ${text}`);
			for (const r of results) assert.deepEqual(flags(RULE, r), [], r);
		}
	});

	test('case and curly apostrophes', () => {
		assert.deepEqual(fixResults(RULE, 'AS I ALREADY SAID, NO.'), ['TO RECAP, NO.', 'AS A REMINDER, NO.']);
		assert.deepEqual(flags(RULE, 'As I’ve already explained, the fee is fixed.'), ['As I’ve already explained']);
		assert.deepEqual(fixResults(RULE, 'I’m not sure why you expected that.'), ['I’d like to understand why you expected that.']);
	});

	test('not in quoted client text, code or URLs', () => {
		const md = { languageId: 'markdown' as const };
		assert.deepEqual(flags(RULE, '> Obviously January is crunch time, per my last email.\n\nThanks for the reminder.', md), []);
		assert.deepEqual(flags(RULE, 'The flag is `--obviously`.', md), []);
		assert.deepEqual(flags(RULE, 'See https://example.com/per-my-last-email for the joke.'), []);
		assert.deepEqual(flags(RULE, 'You wrote "as I already said" twice, which I understand.'), []);
	});

	test('tied to the empathy move', () => {
		assert.equal(findings(RULE, 'Obviously, no.')[0].step, 'empathy');
	});
});
