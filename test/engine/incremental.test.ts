// Work kept per chunk (the parse, sentences, phrase scans, capitals, placeholders) gives the same findings as a fresh
// lint after every kind of edit, including edits that change what lies outside the edited chunk: a link definition
// elsewhere, a fence opened above, the sign-off moving.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, LintCache, resolveConfig } from '../../server/src/engine/index';
// Fixed seed (TACTFUL_FUZZ_SEED and TACTFUL_FUZZ_SCALE explore further), so a failure reproduces.
import { runs, SCALE } from '../reliability/arbitraries';
// @ts-expect-error: plain JavaScript module
import { letter } from '../../bench/generate.mjs';

const { config } = resolveConfig({ settings: { scope: 'all' } });
const md = (text: string, cache?: LintCache) => lint(text, { languageId: 'markdown', config, cache });

/** Lints each version with one cache kept across them, and fresh; both must agree, and `expect` must hold. */
function edits(versions: string[]): void {
	const cache = new LintCache();
	for (const [i, text] of versions.entries()) assert.deepEqual(md(text, cache), md(text), `version ${i}`);
}

test('a one-character edit in the middle of a long letter: same findings as a fresh lint, at every keystroke', () => {
	let text: string = letter(3000, 'markdown', 11, { forced: true });
	const at = text.indexOf('. ', text.length >> 1) + 1;
	const versions = [text];
	for (const c of ' we dont have the bandwidth, SORRY!!') {
		text = text.slice(0, at) + c + text.slice(at);
		versions.push(text);
	}
	edits(versions);
});

test('a link definition added in another chunk turns a slot into a link, with the cache too', () => {
	const base = 'Hi Dana,\n\nThanks for asking. Unfortunately we cannot move the launch. See [Acme] for the plan.\n\nBest,\nLee\n';
	const withDefinition = `${base}\n[acme]: https://example.com/plan\n`;
	const cache = new LintCache();
	const slots = (text: string) => md(text, cache).findings.filter((f) => f.ruleId === 'no-unfilled-placeholder').length;
	assert.equal(slots(base), 1);
	assert.equal(slots(withDefinition), 0);
	assert.equal(slots(base), 1);
});

test('a fence opened in one chunk and left open hides angle slots in the next, with the cache too', () => {
	const body = 'Hi Dana,\n\nUnfortunately we cannot move the launch, <CLIENT NAME>.\n\nBest,\nLee\n';
	edits([body, '```js\n\n' + body, body, '````\n```\n\n' + body, body]);
});

test('the sign-off moving changes which capitals count, with the cache too', () => {
	const a = 'Hi Dana,\n\nI am SO SORRY but we cannot MOVE THE LAUNCH.\n\nBest,\nLEE MORGAN\n';
	const b = 'Hi Dana,\n\nI am SO SORRY but we cannot MOVE THE LAUNCH.\nBest,\nLEE MORGAN\n';
	edits([a, b, a, b.replace('Best,', 'NOTE: Best,')]);
});

test('phrase reports kept with their chunk: context read from the paragraph before, chunks that move, a paragraph repeated', () => {
	// "bandwidth" is jargon except after "network"; here the word before it ends the paragraph above.
	const head = 'Hi Dana,\n\nThanks for asking about the launch. Unfortunately we cannot move it, I am afraid.\n\n';
	const tail = '\n\nbandwidth is what we lack this month, so we will circle back in June.\n\nBest,\nLee\n';
	const jargon = (text: string, cache: LintCache) => md(text, cache).findings.filter((f) => f.ruleId === 'no-jargon').map((f) => text.slice(f.start, f.end));
	const cache = new LintCache();
	assert.deepEqual(jargon(`${head}We checked our network${tail}`, cache), ['circle back']);
	assert.deepEqual(jargon(`${head}We checked our team${tail}`, cache), ['bandwidth', 'circle back']);
	assert.deepEqual(jargon(`${head}We checked our network${tail}`, cache), ['circle back']);
	// Paragraphs that move (an edit above them), a paragraph written twice (one chunk object, two places), fixes moved
	// with them: all as a fresh lint gives.
	const para = 'Sadly we lack the bandwidth this month. Could we touch base next week, once the current project is through?';
	edits([
		`${head}${para}\n\nBest,\nLee\n`,
		`${head}A new paragraph above.\n\n${para}\n\nBest,\nLee\n`,
		`${head}A new paragraph above.\n\n${para}\n\n${para}\n\nBest,\nLee\n`,
		`${head}${para}\n\n${para}\n\nBest,\nLee\n`,
		`Hello Dana,\n\n${para}\n\n${para}\n\nBest,\nLee\n`,
	]);
});

test('a phrase stops at the end of its paragraph: what follows the paragraph break does not hide it', () => {
	// "we can't" ends the paragraph; the next paragraph opens with a word a longer phrase could run on to.
	const text = "# Sorry we can't\n\nUnfortunately we can't move the deadline.\n";
	// Both "we can't" are judged alike; before, the first ran on into "Unfortunately", was ruled out, and went unreported.
	const found = md(text).findings.filter((f) => f.ruleId === 'no-blunt-refusal').map((f) => f.start);
	assert.deepEqual(found, [text.indexOf("we can't"), text.lastIndexOf("we can't")]);
	edits([text, text.replace('deadline', 'date'), text]);
});

test('property: swapping one piece of a letter for another gives, with a cache kept across the swaps, what a fresh lint gives', async () => {
	const fc = (await import('fast-check')).default;
	// Pieces that carry state across chunks (fences, definitions, the sign-off) or exercise per-chunk work.
	const PIECES = [
		'Hi Dana,', 'Thanks for asking about the launch.', "Unfortunately we can't move the deadline, we don't have the bandwidth.",
		'PLEASE READ THIS NOW!!', 'I am SO SORRY!!!', 'See [Acme] and <CLIENT NAME> for {{date}}, TODO.', '[acme]: https://example.com/a',
		'```', '````js', '~~~', '<!-- tactful-disable no-jargon -->', '<!-- tactful-enable -->', '> We need it by Friday.',
		'- we circle back ASAP', '1. touch base', '# Sorry we cannot', 'Heading\n===', '    indented we cannot', 'Best,\nLEE MORGAN',
		'"we can\'t" is what we said', 'sorry\ttab', '\uFEFFbom', 'https://x.example/we-cannot', '',
		// Phrases whose fixes read around the match (defensive and blunt-refusal reports are kept per chunk too).
		'As I already said, the fee stands.', 'No.', 'No', '. The price stays.', 'Frankly, we cannot, obviously, refund it.',
		'It is in black and white in the form we signed.', 'The quote is final, take it or leave it', 'clearly you missed it,',
	];
	const doc = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 });
	const joins = fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n'), { minLength: 12, maxLength: 12 });
	const swaps = fc.array(fc.tuple(fc.nat(), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 6 });
	fc.assert(
		fc.property(doc, joins, swaps, (pieces, seps, changes) => {
			const render = (ps: string[]) => ps.map((p, i) => p + seps[i]).join('');
			const cache = new LintCache();
			let current = [...pieces];
			assert.deepEqual(md(render(current), cache), md(render(current)));
			for (const [at, piece] of changes) {
				current = current.map((p, i) => (i === at % current.length ? piece : p));
				const text = render(current);
				assert.deepEqual(md(text, cache), md(text), JSON.stringify(text));
			}
		}),
		runs(300),
	);
});

/**
 * The per-chunk paths against the whole-document paths they replace: each rule that keeps work per chunk, run on the
 * document as parsed (chunks) and on the same document with its chunks hidden (so it reads the whole prose, as for
 * plain text), must report the same.
 */
test('property: rules that keep work per chunk report what they report reading the whole document', async () => {
	const fc = (await import('fast-check')).default;
	const { analyseMarkup } = await import('../../server/src/engine/text/markup');
	const { splitSentences } = await import('../../server/src/engine/text/sentences');
	const { quotedSpans } = await import('../../server/src/engine/rules/phrase');
	const { analyseLetter } = await import('../../server/src/engine/steps/detect');
	const { rules } = await import('../../server/src/engine/rules/index');
	const PIECES = [
		'Hi Dana,', 'Thanks for asking about the launch.', "Unfortunately we can't move the deadline, we don't have the bandwidth.",
		'PLEASE READ THIS NOW!!', 'I am SO SORRY!!!', 'See [Acme] and <CLIENT NAME> for {{date}}, TODO.', '[acme]: https://example.com/a',
		'```', '````js', '~~~', '```a`b', '``` x', '> We need it by Friday.', '- we circle back ASAP.', '1. touch base.', '# Sorry, we cannot.',
		'Heading\n===', '    indented, we cannot.', 'Best,\nLEE MORGAN', 'He said "we can\'t" and "FINE!!" to us.', 'Dr. Smith said no. Mr. X agreed.',
		'<div>\n<CLIENT NAME>\n</div>', '`<NAME>` is code.', '',
	];
	const doc = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 });
	const sep = fc.constantFrom('\n\n', '\n', '\r\n\r\n');
	const perChunkRules = rules.filter((r) => ['no-jargon', 'no-vague-excuse', 'no-blunt-refusal', 'no-blame', 'no-defensive', 'no-over-apology', 'no-shouting', 'no-unfilled-placeholder'].includes(r.meta.id));
	const run = (d: ReturnType<typeof analyseMarkup>) => {
		const sentences = splitSentences(d);
		const analysis = analyseLetter(d, sentences);
		const out: unknown[] = [];
		for (const rule of perChunkRules) {
			const options = Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, v]) => [k, v.default]));
			rule.check({ doc: d, sentences, analysis, kind: 'letter', options, report: (r) => out.push([rule.meta.id, r]) });
		}
		return { sentences, quotes: quotedSpans(d), out };
	};
	let compared = 0;
	fc.assert(
		fc.property(doc, sep, (pieces, s) => {
			const text = pieces.join(s);
			const chunked = analyseMarkup(text, 'markdown');
			// The same document read whole: its prose one string, read as a string (a document's `prose` is joined on demand).
			const whole = { ...chunked, prose: chunked.prose, reader: chunked.prose, chunks: undefined };
			const a = run(chunked);
			compared += a.out.length;
			assert.deepEqual(a, run(whole), JSON.stringify(text));
		}),
		runs(400),
	);
	assert.ok(compared > 300 * Math.min(1, SCALE), `findings compared: ${compared}`);
});

/**
 * After an edit, a LintCache builds the document from the previous one, re-reading only the chunks around the change
 * (`editedDoc` in markup.ts), and splits sentences only there. Both must be exactly what reading the new text from
 * scratch gives: the masked prose, blocks, directives, where each chunk starts, and every sentence.
 */
test('property: a document built from the previous one after an edit is the document read from scratch', async () => {
	const fc = (await import('fast-check')).default;
	const { analyseMarkup, ChunkCache } = await import('../../server/src/engine/text/markup');
	const { splitSentences } = await import('../../server/src/engine/text/sentences');
	const { applyOp, editOp, markdownDoc } = await import('../reliability/arbitraries');
	const PIECES = [
		'Hi Dana,', 'Thanks for asking. Unfortunately we cannot move it.', '```', '~~~', '<!-- tactful-disable no-jargon -->', '<div>\n\nstill html', '</div>',
		'> quoted\n> more', '- item one\n- item two', '1) first', '    indented code', 'Heading\n===', '---\ntactful: letter\n---', '\uFEFF', '\r\n', '',
		'[acme]: https://example.com', 'Best,\nLee',
	];
	const view = (d: ReturnType<typeof analyseMarkup>) => ({
		prose: d.prose,
		frontMatter: d.frontMatter,
		blocks: d.blocks,
		directives: d.directives,
		chunks: d.chunks?.map((c) => [c.start, c.firstBlock, c.chunk.source]),
		sentences: splitSentences(d),
	});
	let built = 0;
	const check = (start: string, edit: (text: string) => string, steps: number) => {
		const cache = new ChunkCache();
		let text = start;
		assert.deepEqual(view(analyseMarkup(text, 'markdown', cache)), view(analyseMarkup(text, 'markdown')));
		for (let i = 0; i < steps; i++) {
			text = edit(text);
			const doc = analyseMarkup(text, 'markdown', cache);
			cache.rotate();
			if (doc.edit) built++;
			assert.deepEqual(view(doc), view(analyseMarkup(text, 'markdown')), JSON.stringify(text));
			// Memory follows the document: the cache holds no chunk the document does not have.
			const sources = new Set(doc.chunks?.map((c) => c.chunk.source));
			assert.ok(cache.size <= sources.size, `${cache.size} chunks cached for ${sources.size} in the document`);
		}
	};
	// Edits anywhere in the document (the edit generator favours its start, where nothing can be reused).
	const anywhere = fc.integer({ min: 0, max: 9999 }).map((n) => n / 10_000);
	fc.assert(
		fc.property(markdownDoc, fc.array(fc.tuple(editOp, anywhere), { minLength: 1, maxLength: 20 }), (start, ops) => {
			const history: string[] = [];
			let k = 0;
			check(start, (text) => {
				const [op, at] = ops[k++];
				return applyOp(text, op.kind === 'replace' ? { ...op, at } : op, history);
			}, ops.length);
		}),
		runs(200),
	);
	// Pieces that change what lies around them (fences, HTML blocks, front matter, a blank line removed), inserted anywhere.
	fc.assert(
		fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }), fc.array(fc.tuple(anywhere, fc.constantFrom(...PIECES, '\n', '\n\n', 'x')), { minLength: 1, maxLength: 8 }), (pieces, inserts) => {
			let k = 0;
			check(pieces.join('\n\n'), (text) => {
				const [where, piece] = inserts[k++];
				const at = Math.floor(where * text.length);
				return text.slice(0, at) + piece + text.slice(at);
			}, inserts.length);
		}),
		runs(300),
	);
	// The checks above are only worth something if most documents were built from the previous one.
	assert.ok(built > 1000 * Math.min(1, SCALE), `documents built from the previous one: ${built}`);
});

test('a document another was built from is not built from again: its records moved to the new offsets', async () => {
	const { analyseMarkup, ChunkCache } = await import('../../server/src/engine/text/markup');
	const { splitSentences } = await import('../../server/src/engine/text/sentences');
	const text = ['Hi Dana,', 'Thanks for asking.', 'Unfortunately we cannot move it.', '- item one\n- item two', 'Best,\nLee'].join('\n\n');
	const cache = new ChunkCache();
	const first = analyseMarkup(text, 'markdown', cache);
	splitSentences(first);
	const edited = text.replace('Thanks', 'Many thanks');
	const second = analyseMarkup(edited, 'markdown', cache);
	splitSentences(second);
	assert.ok(second.edit, 'built from the first');
	// As if the lint that built `second` had failed before the cache recorded it: the cache still names `first`.
	cache.last = first as typeof cache.last;
	const again = analyseMarkup(text, 'markdown', cache);
	assert.equal(again.edit, undefined, 'read from scratch');
	const fresh = analyseMarkup(text, 'markdown');
	assert.deepEqual(again.blocks, fresh.blocks);
	assert.deepEqual(splitSentences(again), splitSentences(fresh));
});
