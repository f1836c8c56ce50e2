/**
 * fast-check arbitraries for the property tests: raw strings (every code point, lone surrogates), a token soup of
 * Markdown punctuation and rule phrases, and Markdown documents built from a grammar of blocks and inlines, including
 * letter-shaped ones so that the letter-only rules run. The phrases come from the rules' own examples, so new rules
 * are fuzzed without touching this file.
 */
import fc from 'fast-check';
import { rules } from '../../server/src/engine/index';

/** Sentences the rules flag or accept: their documented examples, plus a few we know produce findings. */
export const PHRASES: string[] = [
	...new Set([
		"we don't have the bandwidth",
		"we can't",
		'Unfortunately we cannot move the deadline.',
		'Thank you for asking.',
		'I understand you need it sooner.',
		'We could deliver the first part on Friday.',
		'I know this is disappointing.',
		"Let me know if you'd like to talk.",
		'circle back',
		'out of scope',
		'going forward',
		...rules.flatMap((r) => r.meta.examples.flatMap((e) => [e.bad, e.good, e.fixed])).filter((s): s is string => typeof s === 'string' && s.length < 400),
	]),
];

const WORDS = ['the', 'deadline', 'we', 'you', 'Sam', 'project', 'launch', 'week', 'sorry', 'no', 'budget', 'café', 'naïve', '日本語', 'مرحبا', 'שלום'];
const SPECIAL = ['🙂', '👍🏽', '👨‍👩‍👧', 'e\u0301', '\u200B', '\u202E', '\uFEFF', '\u00A0', '\t', '\u2028', '\u0000', '\uD800', '\uDC00'];

/** One UTF-16 code unit, lone surrogates included (editors can hold them; JSON-RPC cannot always carry them). */
export const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const rawString = fc.oneof(
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit: 'grapheme', maxLength: 100 }),
	fc.string({ unit: codeUnit, maxLength: 200 }),
);

const MARKUP = ['\n', '\r\n', '\r', '\n\n', '> ', '- ', '1. ', '    ', '```', '~~~', '<!--', '-->', '---\n', '*', '**', '_', '[', ']', '(', ')', '<', '>', '`', '# ', '\\', '&amp;', '|', 'http://x.invalid/a', '<!-- tactful-disable -->', '<!-- tactful-enable -->', '<!-- tactful-disable-next-line no-jargon -->', 'tactful-disable-line', '\ntactful: letter\n'];

/** Markdown punctuation, rule phrases, words and odd characters in any order: breaks structure in every way. */
export const tokenSoup = fc
	.array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...MARKUP) }, { weight: 3, arbitrary: fc.constantFrom(...PHRASES) }, { weight: 3, arbitrary: fc.constantFrom(...WORDS, ' ', '. ') }, { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { maxLength: 60 })
	.map((parts) => parts.join(''));

const text = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...PHRASES) }, { weight: 1, arbitrary: fc.constantFrom(...SPECIAL) }), { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));

const { inline } = fc.letrec<{ inline: string }>((tie) => ({
	inline: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		text,
		tie('inline').map((s) => `*${s}*`),
		tie('inline').map((s) => `**${s}**`),
		tie('inline').map((s) => `_${s}_`),
		text.map((s) => `\`${s}\``),
		fc.tuple(tie('inline'), fc.constantFrom('https://example.invalid/a', '#x', '<b c>', '')).map(([s, u]) => `[${s}](${u})`),
		tie('inline').map((s) => `[${s}][ref]`),
		tie('inline').map((s) => `<span>${s}</span>`),
		text.map((s) => `<!-- ${s} -->`),
		fc.constantFrom('<https://example.invalid>', 'www.example.invalid', 'sam@example.invalid', '\\*', '&amp;', '&#x1F642;', '  \n', '\\\n', '<!-- tactful-disable-line no-jargon -->'),
		fc.tuple(tie('inline'), tie('inline')).map(([a, b]) => `${a} ${b}`),
	),
}));

const indent = (s: string, first: string, rest: string) => s.split('\n').map((l, i) => (i === 0 ? first : rest) + l).join('\n');

const { block } = fc.letrec<{ block: string }>((tie) => ({
	block: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		{ weight: 4, arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')) },
		fc.tuple(fc.integer({ min: 1, max: 6 }), inline).map(([n, s]) => `${'#'.repeat(n)} ${s}`),
		inline.map((s) => `${s}\n${'='.repeat(3)}`),
		fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((bs) => bs.map((b) => indent(b, '- ', '  ')).join('\n')),
		fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((bs) => bs.map((b, i) => indent(b, `${i + 1}. `, '   ')).join('\n')),
		tie('block').map((b) => indent(b, '> ', '> ')),
		fc.tuple(fc.constantFrom('```', '~~~', '````'), fc.constantFrom('', 'text', 'js'), text, fc.boolean()).map(([f, lang, s, closed]) => `${f}${lang}\n${s}\n${closed ? f : ''}`),
		text.map((s) => indent(s, '    ', '    ')),
		text.map((s) => `<div>\n${s}\n</div>`),
		fc.constantFrom('---', '***', '| a | b |\n|---|---|\n| 1 | 2 |', '[ref]: https://example.invalid', '<!-- tactful-disable no-jargon -->', '<!-- tactful-enable -->', '<!-- tactful-disable-next-line -->', '<!-- tactful-disable-file missing-open -->', '<!--\nnever closed'),
	),
}));

const GREETINGS = ['Hi Sam,', 'Dear Ms Rivera,', 'Hello team,'];
const REFUSALS = ["Unfortunately we can't move the deadline.", 'We are not able to offer a discount.', "I'm afraid we have to decline the extra scope."];
const SIGN_OFFS = ['Best,\nJo', 'Kind regards,\nAlex', 'Thanks,\nKim'];

/** Markdown: optional BOM and front matter, blocks separated by blank lines, one line-ending style. */
export const markdownDoc = fc
	.record({
		bom: fc.boolean(),
		frontMatter: fc.constantFrom('', '---\ntactful: letter\n---\n', '---\ntactful: template\n---\n', '---\ntactful: off\n---\n', '---\ntitle: x\n'),
		letter: fc.boolean(),
		greeting: fc.constantFrom(...GREETINGS),
		refusal: fc.constantFrom(...REFUSALS),
		signOff: fc.constantFrom(...SIGN_OFFS),
		blocks: fc.array(block, { maxLength: 6 }),
		eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
		trailing: fc.constantFrom('', '\n', '\n\n'),
	})
	.map((d) => {
		const body = d.letter ? [d.greeting, ...d.blocks.slice(0, 3), d.refusal, ...d.blocks.slice(3), d.signOff] : d.blocks;
		const joined = d.frontMatter + body.join('\n\n') + d.trailing;
		return (d.bom ? '\uFEFF' : '') + joined.replace(/\n/g, d.eol);
	});

/** Blocks to paste in the incremental tests (paragraphs, fences, lists, quotes). */
export const pasteBlock = fc.oneof(block, fc.constantFrom('\n\n', '```\n', '\n```\n', '<!--', '-->', '---\n'));

/** An edit of a document: replace [start, end) (fractions of the length) by text, or undo the previous edit. */
export type EditOp = { kind: 'replace'; at: number; length: number; text: string } | { kind: 'undo' };

export const editOp: fc.Arbitrary<EditOp> = fc.oneof(
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.constant(0), text: fc.oneof(fc.constantFrom(...WORDS, ' ', '\n', '\n\n', '*', '`', '> ', '- '), tokenSoup) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 40 }), text: fc.constant('') }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 0, max: 10 }), text: pasteBlock }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
);

/** Applies an edit; `history` holds earlier texts for undo. Offsets are clamped and never cut a surrogate pair. */
export function applyOp(text: string, op: EditOp, history: string[]): string {
	if (op.kind === 'undo') return history.pop() ?? text;
	history.push(text);
	let start = Math.floor(op.at * text.length);
	let end = Math.min(text.length, start + op.length);
	const low = (i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text[i]) && /[\uD800-\uDBFF]/.test(text[i - 1]);
	if (low(start)) start--;
	if (low(end)) end++;
	return text.slice(0, start) + op.text + text.slice(end);
}

/** Seed and run counts: fixed, so a failure reproduces; TACTFUL_FUZZ_SEED / TACTFUL_FUZZ_SCALE explore further. */
export const SEED = Number(process.env.TACTFUL_FUZZ_SEED ?? 20261123);
export const SCALE = Number(process.env.TACTFUL_FUZZ_SCALE ?? 1);
export const runs = (n: number) => ({ seed: SEED, numRuns: Math.max(1, Math.round(n * SCALE)) });
