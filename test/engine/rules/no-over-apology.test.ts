import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, firstFixSafe, fixResults, flags, LANGUAGES } from './helpers';

const RULE = 'no-over-apology';

const overApologising =
	"I'm really sorry to be writing this. A full rewrite is new work, I'm afraid. Please forgive me for not making the limit clearer. " +
	'Sorry again for all of this! Could we talk on Monday?';

describe(RULE, () => {
	for (const languageId of LANGUAGES) {
		test(`one or two apologies are empathy, not a problem (${languageId})`, () => {
			for (const text of [
				"I'm sorry this isn't the answer you hoped for.",
				"I'm terribly sorry for any inconvenience this may cause.",
				"Sorry for the slow reply. I'm sorry the dates don't line up.",
				'We regret that the venue is booked. I know it makes planning harder.',
				'Thanks for your apology about the late files; there is no need to apologise.',
				"I don't regret taking the job, and I hope you don't either.",
			])
				assert.deepEqual(flags(RULE, text, { languageId }), [], text);
		});

		test(`from the third apology on, every one after the first is flagged (${languageId})`, () => {
			assert.deepEqual(flags(RULE, "I'm sorry for the wait. I do apologise that we can't hold the date. Sorry again!", { languageId }), ['apologise', 'Sorry']);
			assert.deepEqual(flags(RULE, overApologising, { languageId }), ['Please forgive me', 'Sorry']);
		});
	}

	test('stacked intensifiers and grovelling are flagged even alone', () => {
		assert.deepEqual(flags(RULE, "I'm so, so sorry, but the venue needs a deposit."), ['so, so sorry']);
		assert.deepEqual(flags(RULE, "We're really, truly sorry."), ['really, truly sorry']);
		assert.deepEqual(flags(RULE, 'Please forgive me for the confusion.'), ['Please forgive me']);
		assert.deepEqual(flags(RULE, "We can't apologise enough."), ["We can't apologise enough"]);
	});

	test('two apologies in one sentence: the second is flagged', () => {
		assert.deepEqual(flags(RULE, 'Sorry, so sorry, I know this is late.'), ['sorry']);
	});

	test('"sorry again" is a repeated apology even within the count', () => {
		assert.deepEqual(flags(RULE, "I'm sorry the dates don't work. Sorry again, and good luck with the launch."), ['Sorry']);
		assert.deepEqual(flags(RULE, "Sorry for the wait. We can't do the 3rd, I'm afraid."), []);
	});

	test('the count is an option', () => {
		const strict = { settings: { rules: { 'no-over-apology': { max: 1 } } } };
		assert.deepEqual(flags(RULE, "Sorry for the wait. I'm sorry the dates don't work.", strict), ['sorry']);
		const lenient = { settings: { rules: { 'no-over-apology': { max: 5 } } } };
		assert.deepEqual(flags(RULE, overApologising, lenient), ['Please forgive me']);
	});

	test('fixes: a plainer word for stacked regret (safe); an apology-only sentence can go (not safe)', () => {
		assert.deepEqual(fixResults(RULE, "I'm so, so sorry, but no."), ["I'm really sorry, but no.", "I'm sorry, but no."]);
		assert.equal(firstFixSafe(RULE, "I'm so, so sorry, but no."), true);
		const [, last] = findings(RULE, overApologising);
		assert.equal(last.fixes[0].title, 'Remove this sentence');
		assert.equal(last.fixes[0].safe, false);
		const text = "I'm sorry for the wait. I do apologise that we can't hold the date. Sorry again!";
		const [second, third] = findings(RULE, text);
		// The second apology carries the refusal, so it is never removed; the last one is nothing but an apology.
		assert.deepEqual(second.fixes, []);
		assert.equal(text.slice(0, third.fixes[0].edits[0].start) + text.slice(third.fixes[0].edits[0].end), "I'm sorry for the wait. I do apologise that we can't hold the date.");
		// An apology that names the client's inconvenience is the empathy move: flagged when there are too many, never removed.
		const empathy = "Sorry for the wait. Apologies again. I'm so sorry for any inconvenience.";
		assert.deepEqual(flags(RULE, empathy), ['Apologies', 'sorry']);
		assert.deepEqual(findings(RULE, empathy).map((f) => f.fixes.length), [1, 0]);
	});

	test('curly apostrophes, capitals', () => {
		assert.deepEqual(flags(RULE, 'I’m SO, SO SORRY.'), ['SO, SO SORRY']);
		assert.deepEqual(fixResults(RULE, 'I’m SO, SO SORRY.'), ['I’m REALLY SORRY.', 'I’m SORRY.']);
	});

	test('apologies in quoted client text do not count', () => {
		const md = { languageId: 'markdown' as const };
		const text = '> Sorry to chase, and sorry again, so sorry.\n\nNo need to worry at all. I am sorry the date is taken.';
		assert.deepEqual(flags(RULE, text, md), []);
	});

	test('tied to the empathy move', () => {
		assert.equal(findings(RULE, 'So, so sorry.')[0].step, 'empathy');
	});
});
