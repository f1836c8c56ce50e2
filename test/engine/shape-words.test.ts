import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords } from '../../server/src/engine/steps/shape';

// countWords replaces `/\S+/g` (counted up to a cap) in the letter-shape counts; it must agree with it exactly.

test('countWords treats every UTF-16 code unit as JavaScript\'s \\s does', () => {
	const wrong: number[] = [];
	for (let c = 0; c <= 0xffff; c++) {
		const ch = String.fromCharCode(c);
		if (countWords(ch, 10) !== (/\S/.test(ch) ? 1 : 0)) wrong.push(c);
	}
	assert.deepEqual(wrong, []);
});

test('countWords counts what /\\S+/g matches, up to the cap', () => {
	const pieces = ['word', 'x', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', 'é', '😀', '—', '.', '\u200b'];
	let seed = 12345;
	const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
	for (let run = 0; run < 3000; run++) {
		let text = '';
		const length = next() % 30;
		for (let i = 0; i < length; i++) text += pieces[next() % pieces.length];
		const words = (text.match(/\S+/g) ?? []).length;
		for (const cap of [1, 2, 3, 5, 3001]) assert.equal(countWords(text, cap), Math.min(words, cap), JSON.stringify({ text, cap }));
	}
});
