import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: no types shipped
import { tests as specExamples } from 'commonmark-spec';
// @ts-expect-error: no types shipped
import { Parser } from 'commonmark';
import { analyseMarkup } from '../../server/src/engine/text/markup';
import { lint, resolveConfig } from '../../server/src/engine/index';

const visible = (text: string, lang = 'markdown') => analyseMarkup(text, lang).prose.replace(/\s+/g, ' ').trim();

describe('the prose mask keeps offsets and hides everything that is not the writer\'s prose', () => {
	test('same length and same line breaks as the text', () => {
		const text = '---\ntactful: letter\n---\n# Hi\r\n\n> quoted `x`\n\nA [link](http://x.com "t") and `code` <!-- c -->\n\n    indented\n😀 end';
		const { prose } = analyseMarkup(text, 'markdown');
		assert.equal(prose.length, text.length);
		for (let i = 0; i < text.length; i++) if (text[i] === '\n' || text[i] === '\r') assert.equal(prose[i], text[i]);
	});

	const hidden: Array<[string, string, string]> = [
		['fenced code', '```\nwe cannot\n```\nfine', 'fine'],
		['tilde fence with info', '~~~ text\nwe cannot\n~~~\nfine', 'fine'],
		['unclosed fence runs to the end', 'fine\n\n```\nwe cannot\n', 'fine'],
		['indented code', 'fine\n\n    we cannot\n', 'fine'],
		['inline code', 'fine `we cannot` too', 'fine too'],
		['double-backtick code', 'fine ``we `cannot` `` too', 'fine too'],
		['HTML comment', 'fine <!-- we cannot --> too', 'fine too'],
		['HTML block', '<div>\nwe cannot\n</div>\n\nfine', 'fine'],
		['link destination and title', 'see [the plan](https://x.com/cannot "we cannot") now', 'see the plan now'],
		['reference definition', '[plan]: https://x.com/cannot\n\nfine', 'fine'],
		['autolink', 'mail <https://x.com/cannot> now', 'mail now'],
		['bare URL', 'go to https://example.com/we-cannot now', 'go to now'],
		['e-mail address', 'write to no.way@example.com today', 'write to today'],
		['block quote (quoted client text)', '> You cannot be serious\n\nfine', 'fine'],
		['nested quote in a list', '- item\n  > we cannot\n- next', 'item next'],
		['front matter', '---\ntitle: we cannot\n---\nfine', 'fine'],
		['emphasis markers', 'we **really** _do_ care', 'we really do care'],
		['heading markers', '## Next steps ##', 'Next steps'],
		['character references', 'fish &amp; chips', 'fish chips'],
	];
	for (const [name, text, expected] of hidden) test(name, () => assert.equal(visible(text), expected));

	test('plain text: > quoted lines, URLs and directives are hidden; everything else is prose', () => {
		assert.equal(visible('Hi Ann,\r\n> You cannot do this\r\nSee https://x.io/a\tnow\r\ntactful-disable-next-line no-jargon\r\nBye', 'plaintext'), 'Hi Ann, See now Bye');
	});
	test('plain text: Markdown-looking text is prose (`code` is kept)', () => {
		assert.equal(visible('Use `npm ci` and **bold**', 'plaintext'), 'Use `npm ci` and **bold**');
	});
});

describe('CommonMark spec examples: nothing reported inside code, HTML or link destinations', () => {
	// Every word of the example becomes a finding (custom pattern, scope all). A word that the reference parser puts
	// only in code, raw HTML or a link destination/title must never be reported.
	const { config } = resolveConfig({ settings: { scope: 'all', phrases: [{ id: 'word', pattern: '[A-Za-z]{2,}', message: 'word' }] } });
	const reader = new Parser();
	let reportedWords = 0;
	let hiddenWords = 0;
	for (const ex of specExamples as Array<{ markdown: string; number: number; section: string }>) {
		test(`example ${ex.number} (${ex.section})`, () => {
			const text = ex.markdown.replace(/→/g, '\t');
			const prose = new Set<string>();
			const hidden = new Set<string>();
			const walker = reader.parse(text).walker();
			let e;
			const words = (s: string | null | undefined, into: Set<string>) => {
				for (const w of (s ?? '').match(/[A-Za-z]{2,}/g) ?? []) into.add(w);
			};
			while ((e = walker.next())) {
				const n = e.node;
				if (!e.entering) continue;
				if (n.type === 'text') words(n.literal, prose);
				else if (n.type === 'code' || n.type === 'code_block' || n.type === 'html_inline' || n.type === 'html_block') words(n.literal, hidden);
				else if (n.type === 'link' || n.type === 'image') {
					words(n.destination, hidden);
					words(n.title, hidden);
				}
			}
			const onlyHidden = [...hidden].filter((w) => !prose.has(w));
			const reported = lint(text, { languageId: 'markdown', config }).findings.map((f) => text.slice(f.start, f.end));
			reportedWords += reported.length;
			hiddenWords += onlyHidden.length;
			const leaked = reported.filter((w) => onlyHidden.includes(w));
			assert.deepEqual(leaked, [], `reported inside code/HTML/destinations: ${leaked.join(', ')}`);
		});
	}
	test('the check above had something to check', () => {
		assert.ok(reportedWords > 500, `words reported: ${reportedWords}`);
		assert.ok(hiddenWords > 300, `words only in code/HTML/destinations: ${hiddenWords}`);
	});
});

test('a long tight list is parsed item by item: every item is checked, and code in it stays hidden', () => {
	const { config } = resolveConfig({ settings: { scope: 'all', phrases: [{ id: 'asap', phrase: 'ASAP', message: 'Give a date.' }] } });
	const items = Array.from({ length: 300 }, (_, i) => `- item **${i}** ASAP, see [link](https://x.com/ASAP) and \`ASAP\``).join('\n');
	const text = `Intro ASAP\n${items}\n1. ASAP\n2. two\n`;
	const found = lint(text, { languageId: 'markdown', config }).findings.filter((f) => f.ruleId === 'custom/asap');
	assert.equal(found.length, 302);
	assert.ok(found.every((f) => text.slice(f.start - 5, f.start) !== 'x.com' && text[f.start - 1] !== '`'));
});

test('a Markdown document reads ranges of its prose from its chunks, as slices of the whole would read', async () => {
	const fc = (await import('fast-check')).default;
	const { runs } = await import('../reliability/arbitraries');
	const { LintCache } = await import('../../server/src/engine/index');
	const PIECES = ['---\ntactful: letter\n---', '\ufeff', 'Hi Dana,', 'Thanks for asking.', '```\ncode we cannot\n```', '> quoted', '- a list, item', '# Heading', 'A [link](https://x.com) here.', ''];
	const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }).map((p) => p.join('\n\n'));
	const offset = fc.integer({ min: -30, max: 300 });
	let spanning = 0;
	fc.assert(
		fc.property(text, fc.array(fc.tuple(offset, fc.option(offset, { nil: undefined })), { minLength: 1, maxLength: 20 }), (t, ranges) => {
			// With a cache the second document is built from the first (an edit); without, read whole.
			const cache = new LintCache();
			analyseMarkup(`x${t}`, 'markdown', cache);
			for (const doc of [analyseMarkup(t, 'markdown'), analyseMarkup(t, 'markdown', cache)]) {
				assert.ok(doc.chunks, 'read in chunks');
				assert.equal(doc.reader.length, doc.prose.length);
				for (const [a, b] of ranges) {
					assert.equal(doc.reader.slice(a, b), doc.prose.slice(a, b), `${JSON.stringify(t)} [${a}, ${b})`);
					if (doc.chunks.length > 1 && b !== undefined && a >= 0 && a < doc.chunks[1].start && b > doc.chunks[1].start) spanning++;
				}
			}
		}),
		runs(300),
	);
	assert.ok(spanning > 100, `ranges across a chunk boundary: ${spanning}`);
});
