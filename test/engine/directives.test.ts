import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, disableFileEdit, disableLineEdit, lint, resolveConfig } from '../../server/src/engine/index';

// Phrase findings on every document: a custom phrase keeps these tests independent of the built-in rules.
const { config } = resolveConfig({ settings: { scope: 'all', phrases: [{ id: 'asap', phrase: 'ASAP', message: 'Give a date.' }] } });
const flagged = (text: string, languageId = 'markdown') => lint(text, { languageId, config }).findings.filter((f) => f.ruleId === 'custom/asap').map((f) => text.slice(0, f.start).split(/\r\n|\r|\n/).length);

describe('directives', () => {
	test('disable-next-line, disable-line, disable/enable ranges, named and unnamed', () => {
		const text = [
			'ASAP one', // 1
			'<!-- tactful-disable-next-line custom/asap -->',
			'ASAP three', // 3 off
			'ASAP four <!-- tactful-disable-line -->', // 4 off
			'<!-- tactful-disable -->',
			'ASAP six', // 6 off
			'<!-- tactful-enable -->',
			'ASAP eight', // 8
			'<!-- tactful-disable-next-line other-rule -->',
			'ASAP ten', // 10 (other rule named)
		].join('\n');
		assert.deepEqual(flagged(text), [1, 8, 10]);
	});
	test('disable-file', () => {
		assert.deepEqual(flagged('<!-- tactful-disable-file custom/asap -->\n\nASAP'), []);
		assert.deepEqual(flagged('<!-- tactful-disable-file other -->\n\nASAP'), [3]);
	});
	test('a directive inside a code block or a quote does nothing', () => {
		assert.deepEqual(flagged('```\n<!-- tactful-disable-file -->\n```\n\nASAP'), [5]);
		assert.deepEqual(flagged('> <!-- tactful-disable-file -->\n\nASAP'), [3]);
	});
	test('plain text: bare directive lines, CRLF', () => {
		assert.deepEqual(flagged('ASAP\r\ntactful-disable-next-line custom/asap\r\nASAP\r\nASAP', 'plaintext'), [1, 4]);
		assert.deepEqual(flagged('tactful-disable-file\nASAP', 'plaintext'), []);
	});
	test('the disable edits produce directives that work, keep the text and its line endings', () => {
		for (const [lang, text] of [['markdown', 'Hi,\r\n\r\nWe need it ASAP.\r\n'], ['plaintext', 'Hi,\r\n  We need it ASAP.\r\n']] as const) {
			const at = text.indexOf('ASAP');
			const line = applyEdits(text, [disableLineEdit(text, lang, at, 'custom/asap')]).text;
			assert.deepEqual(flagged(line, lang), [], line);
			assert.equal(line.replace(/ ?<!-- tactful-disable-line custom\/asap -->|[ \t]*tactful-disable-next-line custom\/asap\r\n/, ''), text);
			const file = applyEdits(text, [disableFileEdit(text, lang, 'custom/asap')]).text;
			assert.deepEqual(flagged(file, lang), []);
			assert.ok(!/[^\r]\n/.test(file), 'CRLF kept');
		}
	});
	test('disable-file goes after front matter', () => {
		const text = '---\ntactful: letter\n---\nASAP\n';
		const out = applyEdits(text, [disableFileEdit(text, 'markdown', 'custom/asap')]).text;
		assert.equal(out, '---\ntactful: letter\n---\n<!-- tactful-disable-file custom/asap -->\n\nASAP\n');
	});
});
