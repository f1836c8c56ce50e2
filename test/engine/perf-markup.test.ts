// The Markdown fast paths give exactly what the full parser gives. A chunk that is one paragraph is tokenised as inline
// text (no document, flow or content layers); here every such chunk is also parsed as a document, and both must agree
// on the mask, the blocks and the directives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
// @ts-expect-error: no types shipped
import { tests as specExamples } from 'commonmark-spec';
import { chunkShape, parseMarkdownChunk, type Chunk } from '../../server/src/engine/text/markup';
import { markdownDoc, PHRASES, tokenSoup } from '../reliability/arbitraries';
// @ts-expect-error: plain JavaScript module
import { letter } from '../../bench/generate.mjs';

/** Blocks and prose the way the rules see them: blocks are trimmed ranges of the prose, so compare them as text. */
const view = (c: Chunk) => ({ prose: c.prose, blocks: c.blocks.map((b) => [b.start, b.end, b.kind]), directives: c.directives });

let fast = 0;
function same(source: string): void {
	const shape = chunkShape(source);
	if (!shape) return;
	fast++;
	assert.deepEqual(view(parseMarkdownChunk(source, shape)), view(parseMarkdownChunk(source, null)), JSON.stringify(source));
}

/** Pieces cut at blank lines, as the chunker would (and some it would not). */
const pieces = (text: string) => text.split(/(?<=\n[ \t]*\n)(?=\S)/);

test('simple chunks: the shortcut gives what the full parser gives (CommonMark spec examples)', () => {
	for (const ex of specExamples as Array<{ markdown: string }>) {
		const text = ex.markdown.replace(/→/g, '\t');
		same(text);
		for (const p of pieces(text)) same(p);
		for (const line of text.split('\n')) same(line);
	}
	assert.ok(fast > 300, `chunks compared: ${fast}`);
});

test('simple chunks: the shortcut gives what the full parser gives (generated letters)', () => {
	const before = fast;
	for (let seed = 1; seed <= 6; seed++) {
		for (const p of pieces(letter(2000, 'markdown', seed))) same(p);
	}
	assert.ok(fast - before > 200, `chunks compared: ${fast - before}`);
});

test('simple chunks: the shortcut gives what the full parser gives (random Markdown)', () => {
	const INLINE = ['*', '**', '_', '__', '`', '``', '[', ']', '(', ')', '](', '<', '>', '\\', '&amp;', '&#35;', '!', '"', "'", ' ', '  ', '\n', '\n   ', '<b>', '</b>', '<!--', '-->', '<https://x.invalid>', 'http://x.invalid/a', 'a@b.invalid', 'word', 'We'];
	const inline = fc.array(fc.oneof(fc.constantFrom(...INLINE), fc.constantFrom(...PHRASES)), { minLength: 1, maxLength: 30 }).map((p) => p.join(''));
	const lines = fc.array(fc.oneof(inline, tokenSoup), { minLength: 1, maxLength: 4 }).map((ls) => ls.join('\n'));
	fc.assert(fc.property(fc.oneof(lines, markdownDoc, inline), fc.constantFrom('', '\n', '\n\n', '  \n', '\r\n'), (s, tail) => same(s + tail)), { numRuns: 3000 });
});

test('simple chunks: tricky cases give what the full parser gives', () => {
	for (const s of ['### \ufeff you', '\ufeffword *em*', 'a \ufeff b', '- \ufeff x', '# Heading #\n\n', '# #', '#', '1. item `code`', '10) *x*', '   indented *a*\n      more', 'a  \nb\\\nc', '> q\n>\n> r\n\n', '```\nopen', '~~~~\n~~~\n~~~~\n']) {
		same(s);
	}
});

test('the shape test says no to what can start or interrupt another block', () => {
	for (const s of ['#Title', 'a\n# b', 'a\n> b', 'a\n- b', 'a\n* b', 'a\n1. b', 'a\n2) b', 'a\n===', 'a\n---', 'a\n```', 'a\n~~~', 'a\n<div>', '[x]: /u', 'a\tb', 'a\n\nb', '    code', 'a\n\n    code', '| a |', '_ _ _', '- - x', '-      code', '> a\nlazy', '```\ncode\n```\ntext', '# a\nb']) {
		assert.equal(chunkShape(s), null, JSON.stringify(s));
	}
	const para = 'We *can* do [this](http://x.io) `now`.\nAnd <b>then</b>.';
	assert.deepEqual(chunkShape(`${para}\n\n`), { kind: 'paragraph', start: 0, end: para.length });
	assert.deepEqual(chunkShape(`- ${para}\n`), { kind: 'paragraph', start: 2, end: para.length + 2 });
	assert.deepEqual(chunkShape('## Next steps ##\n\n'), { kind: 'heading', start: 3, end: 13 });
	assert.deepEqual(chunkShape('> a\n> b\n\n'), { kind: 'masked' });
	assert.deepEqual(chunkShape('```js\nx\n```\n\n'), { kind: 'masked' });
});
