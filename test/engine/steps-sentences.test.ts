// Sentence segmentation, which every step detector and the placement of inserted sentences rely on.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseMarkup } from '../../server/src/engine/text/markup';
import { splitSentences } from '../../server/src/engine/text/sentences';

function split(text: string, languageId = 'plaintext'): string[] {
	const doc = analyseMarkup(text, languageId);
	return splitSentences(doc).map((s) => {
		assert.equal(text.slice(s.start, s.end).replace(/[^\s]/g, 'x').length, s.end - s.start);
		return text.slice(s.start, s.end).replace(/\s+/g, ' ');
	});
}

describe('sentences', () => {
	test('abbreviations, titles and initials do not end a sentence', () => {
		assert.deepEqual(split('Dr. Patel and Mr. J. Smith met at St. Mary\'s, e.g. on Monday. We agreed, i.e. nothing changes.'), [
			'Dr. Patel and Mr. J. Smith met at St. Mary\'s, e.g. on Monday.',
			'We agreed, i.e. nothing changes.',
		]);
	});
	test('"No." before a number is an abbreviation; "no." at the end of a sentence is not', () => {
		assert.deepEqual(split('See invoice No. 42 for details. The answer is no. We stay with the plan.'), ['See invoice No. 42 for details.', 'The answer is no.', 'We stay with the plan.']);
	});
	test('decimals, times and versions stay whole', () => {
		assert.deepEqual(split('The run costs 3.5 times more at 18:00. Version 2.1.4 is out.'), ['The run costs 3.5 times more at 18:00.', 'Version 2.1.4 is out.']);
	});
	test('ellipses: before a lower-case word the sentence goes on, before a capital it ends', () => {
		assert.deepEqual(split('I was thinking… maybe next week. We could try... Then again, maybe not.'), ['I was thinking… maybe next week.', 'We could try...', 'Then again, maybe not.']);
	});
	test('closing quotes and brackets stay with their sentence', () => {
		assert.deepEqual(split('She said "not this month." (We agreed.) Then we left!'), ['She said "not this month."', '(We agreed.)', 'Then we left!']);
	});
	test('a full stop after an ordinary word ends a sentence even in lower-case writing', () => {
		assert.deepEqual(split('can\'t do saturday, sorry. we\'ve got a wedding. approx. ten guests though.'), ['can\'t do saturday, sorry.', 'we\'ve got a wedding.', 'approx. ten guests though.']);
	});
	test('greeting, sign-off and signature lines are sentences of their own', () => {
		assert.deepEqual(split('Dear Mr. Lindqvist,\nthank you for your mail. We cannot do it.\n\nBest regards\nGiulia Bernasconi\nProject Manager - Lingua Ponte Srl\nTel. +39 02 1234 5678\n'), [
			'Dear Mr. Lindqvist,',
			'thank you for your mail.',
			'We cannot do it.',
			'Best regards',
			'Giulia Bernasconi',
			'Project Manager - Lingua Ponte Srl',
			'Tel. +39 02 1234 5678',
		]);
	});
	test('list items in plain text are sentences of their own', () => {
		assert.deepEqual(split('Here is what we can do:\n- soft launch on 6 May\n- full campaign on 20 May\n1) a call on Friday'), ['Here is what we can do:', '- soft launch on 6 May', '- full campaign on 20 May', '1) a call on Friday']);
	});
	test('list items in Markdown are sentences of their own, without their markers', () => {
		const doc = analyseMarkup('What we can do:\n\n- **Soft launch** on 6 May\n- Full campaign on 20 May\n', 'markdown');
		assert.deepEqual(splitSentences(doc).map((s) => s.text.replace(/\s+/g, ' ')), ['What we can do:', 'Soft launch on 6 May', 'Full campaign on 20 May']);
	});
	test('hard-wrapped plain text at 72 columns joins its lines', () => {
		const text =
			'Many thanks for your note following Tuesday\'s meeting. I am afraid we are\nnot able to agree to exclusivity across the whole region, as around a\nthird of our work comes from independent restaurants there. I will send\nMonday\'s draft by Friday.';
		assert.deepEqual(split(text), [
			'Many thanks for your note following Tuesday\'s meeting.',
			'I am afraid we are not able to agree to exclusivity across the whole region, as around a third of our work comes from independent restaurants there.',
			'I will send Monday\'s draft by Friday.',
		]);
	});
	test('CRLF line endings split and join like LF', () => {
		const lf = 'Hi Sam,\nThanks for asking. We are\nnot able to move it.\n\nBest,\nJo\n';
		assert.deepEqual(split(lf.replace(/\n/g, '\r\n')), split(lf));
		assert.deepEqual(split(lf), ['Hi Sam,', 'Thanks for asking.', 'We are not able to move it.', 'Best,', 'Jo']);
	});
	test('quoted client text and code are not sentences', () => {
		assert.deepEqual(split('Hi Sam,\n\n> Can you do it by Friday?\n\nSadly not.\n\n```\nnpm ci\n```\n', 'markdown'), ['Hi Sam,', 'Sadly not.']);
	});
	test('offsets point at the sentence in the original text', () => {
		const text = 'Hi Sam,\r\n\r\nWe cannot. Sorry!';
		const doc = analyseMarkup(text, 'plaintext');
		assert.deepEqual(splitSentences(doc).map((s) => [s.start, s.end]), [[0, 7], [11, 21], [22, 28]]);
	});
	test('a megabyte without punctuation or line breaks is split in linear time', () => {
		const doc = analyseMarkup('word '.repeat(200_000), 'plaintext');
		assert.equal(splitSentences(doc).length, 1);
	});
});
