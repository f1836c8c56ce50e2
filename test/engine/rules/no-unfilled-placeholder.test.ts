import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, flags, LANGUAGES } from './helpers';

const RULE = 'no-unfilled-placeholder';

/** Slots in every style a template uses, each in a sentence. */
const slots: Array<[string, string]> = [
	['Hi [Client Name], thanks for your note.', '[Client Name]'],
	['Hi [NAME], thanks for your note.', '[NAME]'],
	['We can start on [insert date].', '[insert date]'],
	['Best wishes, [your name]', '[your name]'],
	['The reason is [Reason, e.g. the hours involved].', '[Reason, e.g. the hours involved]'],
	['Hi {{client_name}}, thanks.', '{{client_name}}'],
	['Hi {{ name }}, thanks.', '{{ name }}'],
	['Your renewal is on {{renewal_date}}.', '{{renewal_date}}'],
	['Hi {first_name}, thanks.', '{first_name}'],
	['Hi %FIRST_NAME%, thanks.', '%FIRST_NAME%'],
	['TODO: add the reason before sending.', 'TODO'],
	['The new date is TBD.', 'TBD'],
	['The fee is £X,XXX plus VAT.', 'X,XXX'],
	['We will deliver on XX/XX/XXXX.', 'XX/XX/XXXX'],
	['Dear ____, thanks for writing.', '____'],
];

describe(RULE, () => {
	for (const languageId of LANGUAGES) {
		test(`flags slots left in a letter (${languageId})`, () => {
			for (const [text, slot] of slots) assert.deepEqual(flags(RULE, text, { languageId }), [slot], text);
		});
		test(`brackets that are not slots are fine (${languageId})`, () => {
			for (const text of [
				'The quote says "the colours will match" [sic], which I regret.',
				'See the notes [1] and the checklist: [x] proofs, [ ] print.',
				'We use a to-do list and a todo app.',
				'Hi Dana, the [phase 2 outline](https://example.com/p2) has the dates.',
				'An X-ray, an XL shirt and XXL prints.',
			])
				assert.deepEqual(flags(RULE, text, { languageId }), [], text);
		});
	}

	test('angle-bracket slots: in plain text, and in Markdown where they parse as HTML', () => {
		for (const languageId of LANGUAGES) {
			assert.deepEqual(flags(RULE, 'Hi <NAME>,\n\nThanks for the notes.', { languageId }), ['<NAME>'], languageId);
			assert.deepEqual(flags(RULE, 'Hi <client name>, thanks.', { languageId }), ['<client name>'], languageId);
			assert.deepEqual(flags(RULE, 'Best,\n<SENDER>', { languageId }), ['<SENDER>'], languageId);
			assert.deepEqual(flags(RULE, 'A line<br>break and <b>bold</b> text.', { languageId }), [], languageId);
		}
	});

	test('Markdown: not in code, quotes, front matter, comments or link references', () => {
		const md = { languageId: 'markdown' as const };
		assert.deepEqual(flags(RULE, 'Run `greet <NAME>` or `TODO` here.', md), []);
		assert.deepEqual(flags(RULE, '```\nTODO: [Client Name] <NAME> {{x}}\n```\n\nThanks.', md), []);
		assert.deepEqual(flags(RULE, '    indented <NAME> code\n\nThanks.', md), []);
		assert.deepEqual(flags(RULE, '> Hi [Client Name], TODO\n\nThanks for forwarding this.', md), []);
		assert.deepEqual(flags(RULE, '<!-- TODO: check the date -->\nThanks.', md), []);
		assert.deepEqual(flags(RULE, 'Read the [Terms] first.\n\n[terms]: https://example.com/terms', md), []);
	});

	test('Markdown: fences as CommonMark reads them: a look-alike hides nothing, a line with text does not close one', () => {
		const md = { languageId: 'markdown' as const };
		// A backtick in a backtick fence's info string: a paragraph, not a fence, so what follows is prose.
		assert.deepEqual(flags(RULE, '```js`x\n\nHi <NAME>, thanks.\n\nBest,\n<SENDER>', md), ['<NAME>', '<SENDER>']);
		// Tildes may have one: a fence, so the slots inside it are code.
		assert.deepEqual(flags(RULE, '~~~ js`x\nHi <NAME>\n~~~\n\nBest,\n<SENDER>', md), ['<SENDER>']);
		// A closing fence has nothing after it but spaces: "``` more" inside code is code.
		assert.deepEqual(flags(RULE, '```\ngreet <NAME>\n``` more\nsay <NAME>\n```  \n\nBest,\n<SENDER>', md), ['<SENDER>']);
	});

	test('a template keeps its slots: no finding', () => {
		for (const [text] of slots) assert.deepEqual(flags(RULE, text, { kind: 'template' }), [], text);
		assert.deepEqual(flags(RULE, 'Hi <NAME>, TODO', { kind: 'template', languageId: 'markdown' }), []);
	});

	test('runs on letters and templates only, as an error', () => {
		assert.deepEqual(flags(RULE, 'TODO: write the README [Project Name].', { kind: 'other' }), []);
		const [f] = findings(RULE, 'Hi [Client Name],');
		assert.equal(f.severity, 'error');
		assert.equal(f.step, null);
		assert.match(f.message, /before sending/);
		assert.match(findings(RULE, 'TODO: add the reason')[0].message, /note to yourself/);
	});
});
