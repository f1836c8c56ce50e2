import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, applyFixes, snippetToPlain } from '../../server/src/engine/index';

test('applyFixes: overlapping fixes are skipped whole, insertions at one point keep their order', () => {
	const text = 'abcdefghij';
	const fix = (title: string, ...edits: Array<[number, number, string]>) => ({ title, edits: edits.map(([start, end, newText]) => ({ start, end, newText })) });
	const { text: out, applied } = applyFixes(text, [
		fix('A', [2, 4, 'X']),
		fix('B', [3, 5, 'Y']), // overlaps A: skipped
		fix('C', [6, 6, '1'], [9, 10, 'Z']),
		fix('D', [6, 6, '2']),
		fix('E', [2, 4, '']), // same range as A: skipped
		fix('F', [3, 3, '!']), // insertion strictly inside A: skipped
		fix('G', [20, 21, 'out of range']),
	]);
	assert.equal(out, 'abXef12ghiZ');
	assert.deepEqual(applied.map((f) => f.title), ['A', 'C', 'D']);
});

test('applyEdits keeps surrogate pairs and CRLF outside the edits', () => {
	const text = '😀 we\r\ncan’t 👍';
	const at = text.indexOf('can’t');
	assert.equal(applyEdits(text, [{ start: at, end: at + 5, newText: 'can' }]).text, '😀 we\r\ncan 👍');
});

test('snippetToPlain takes placeholder defaults and the first choice', () => {
	assert.equal(snippetToPlain('Hi ${1:there}, ${2|one,two|} $0\\$5 ${3:a ${4:b}}'), 'Hi there, one $5 a b');
});
