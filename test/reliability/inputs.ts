/**
 * The bad-input set: texts (and, for the CLI, raw file bytes) that an editor or a CI run can hand to Tactful. All of
 * it is generated here, so nothing binary is committed. Every entry is run through the engine, the CLI and the
 * language server by the tests next to this file; see docs/reliability.md for what each front end must do.
 */

/** A decline letter whose findings are unambiguous: "bandwidth" is jargon with a safe fix to "time". */
export const LETTER = `Hi Sam,

Thank you for asking us to bring the launch forward. We appreciate that you trust us with it.

Unfortunately we can't move the deadline to the 3rd: we don't have the bandwidth to test everything by then.

We could deliver the first phase on the 3rd and the rest a week later. I'll call you on Monday to talk it through.

Best,
Jo
`;

export interface TextInput {
	name: string;
	/** Built on demand: some entries are large. */
	text: () => string;
	/** 50 MB and up: run where the front end promises to cope (see the tests), not in every loop. */
	huge?: boolean;
}

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('\n');
/** `count` copies of `unit`. */
const times = (unit: string, count: number) => unit.repeat(count);

/** Texts that are valid JavaScript strings: what an editor sends over LSP and what the engine receives. */
export const TEXT_INPUTS: TextInput[] = [
	{ name: 'empty', text: () => '' },
	{ name: 'BOM only', text: () => '\uFEFF' },
	{ name: 'BOM + letter', text: () => '\uFEFF' + LETTER },
	{ name: 'CRLF letter', text: () => LETTER.replace(/\n/g, '\r\n') },
	{ name: 'lone-CR letter', text: () => LETTER.replace(/\n/g, '\r') },
	{ name: 'mixed line endings', text: () => LETTER.split('\n').map((l, i) => l + ['\n', '\r\n', '\r', '\u2028', '\u0085'][i % 5]).join('') },
	{ name: 'tabs', text: () => LETTER.replace(/ /g, (_, i: number) => (i % 3 === 0 ? '\t' : ' ')).replace(/^/gm, '\t') },
	{ name: 'only whitespace', text: () => ' \t\n\r\n  \u00A0\u2003\u3000\f\v\n\n   \t' },
	{ name: 'form feeds and vertical tabs', text: () => LETTER.replace(/\n\n/g, '\n\f\v\n') },
	// Just under the language server's limit of a million characters, so that it lints them.
	{ name: '1 MB single line', text: () => times("we don't have the bandwidth to move the deadline, sorry. ", 17_000) },
	{ name: '100k-character word', text: () => 'Hi Sam,\n\n' + 'a'.repeat(100_000) + " bandwidth " + 'b'.repeat(100_000) + '\n\nBest,\nJo\n' },
	{ name: '1 MB of blank lines', text: () => '\n'.repeat(490_000) + LETTER + '\r\n'.repeat(245_000) },
	{ name: 'NUL bytes', text: () => LETTER.replace(/ /g, (_, i: number) => (i % 7 === 0 ? '\u0000' : ' ')) },
	{ name: 'binary (all 256 byte values)', text: () => times(String.fromCharCode(...Array.from({ length: 256 }, (_, i) => i)), 200) },
	{ name: 'C0/C1 control characters', text: () => LETTER.replace(/e/g, '\u0007e\u001B\u0085\u009F') },
	{ name: 'lone surrogates', text: () => LETTER.replace('bandwidth', '\uD800bandwidth\uDC00').replace('Sam', 'S\uDBFFam').replace(/\.$/m, '.\uD83D') + '\uDFFF' },
	{ name: 'emoji around findings', text: () => LETTER.replace('the bandwidth', '🙂the bandwidth👍🏽').replace('Thank you', '👨‍👩‍👧‍👦 Thank you 🇬🇧') },
	{ name: 'emoji inside a finding', text: () => LETTER.replace('bandwidth', 'band😀width').replace("can't", 'can🙂t') },
	{ name: 'combining marks around findings', text: () => LETTER.replace('the bandwidth', 'thé\u0301 bandwidth\u0301\u0308 ').replace('Sam', 'Sa\u0300\u0301\u0302\u0303m') },
	{ name: 'zero-width and bidi controls', text: () => LETTER.replace('bandwidth', '\u200Bbandwidth\u200D').replace('deadline', '\u202Edeadline\u202C').replace('Jo', '\u2066Jo\u2069\uFEFF') },
	{ name: 'right-to-left letter', text: () => 'مرحبا سام،\n\nشكرا لك على طلبك. للأسف we don\'t have the bandwidth لذلك.\n\nשלום, אנחנו לא יכולים להזיז את המועד.\n\nمع التحية،\nجو\n' },
	{ name: 'Markdown: 10,000 nested quotes on one line', text: () => '> '.repeat(10_000) + "we don't have the bandwidth\n" },
	{ name: 'Markdown: 10,000 nested list items on one line', text: () => '- '.repeat(10_000) + "we don't have the bandwidth\n" },
	{ name: 'Markdown: 10,000 nested ordered items on one line', text: () => '1. '.repeat(10_000) + 'x\n' },
	{ name: 'Markdown: quotes 1,000 deep over 1,000 lines', text: () => lines(1000, (i) => '>'.repeat(i + 1) + ' bandwidth') },
	{ name: 'Markdown: lists 1,000 deep by indentation', text: () => lines(1000, (i) => '  '.repeat(i) + '- bandwidth') },
	{ name: 'Markdown: 10,000 mixed containers', text: () => lines(10_000, (i) => ['> ', '- ', '1. ', '* ', '> - '][i % 5].repeat(1 + (i % 7)) + 'we lack bandwidth') },
	{ name: 'unclosed code fence', text: () => '```\n' + LETTER },
	{ name: 'unclosed tilde fence after prose', text: () => LETTER + '\n~~~~ js\nwe lack bandwidth\n' },
	// Not a fence to CommonMark (a backtick in a backtick fence's info string), so the chunker cuts after it; a rule
	// that took it for one would carry it across thousands of chunks.
	{ name: 'fence-like line with a backtick in its info string, then 3,000 paragraphs', text: () => LETTER.replace('Best,', '```js`x\n\n' + times("We don't have the <bandwidth> this week.\n\n", 3_000) + 'Best,') },
	{ name: 'letter in a code block', text: () => '```text\n' + LETTER + '```\n' },
	{ name: 'letter in an indented code block', text: () => LETTER.replace(/^/gm, '    ') },
	{ name: 'HTML: unclosed comment', text: () => LETTER + '\n<!-- tactful-disable no-jargon\n' + LETTER },
	{ name: 'HTML: broken comments', text: () => '<!-->\n<!--->\n<!-- -- -->\n<!-- tactful-disable-line\n' + LETTER + '\n--!>\n<!-- tactful-enable' },
	{ name: 'HTML: unclosed blocks', text: () => '<div>\n<script>\n' + LETTER + '\n<pre>\n<style>\n<?php\n<![CDATA[\n<!DOCTYPE\n' + LETTER },
	{ name: 'directives at the end of the file', text: () => LETTER + '<!-- tactful-disable-next-line no-jargon -->' },
	{ name: 'plain-text directive on the last line', text: () => LETTER + 'tactful-disable-next-line no-jargon' },
	{ name: 'front matter that never closes', text: () => '---\ntactful: letter\ntitle: x\n' + LETTER },
	{ name: 'front matter opener only', text: () => '---' },
	{ name: 'front matter with CR and BOM', text: () => '\uFEFF---\rtactful: letter\r---\r' + LETTER.replace(/\n/g, '\r') },
	{ name: 'huge front matter', text: () => '---\n' + lines(20_000, (i) => `key${i}: value`) + '\n---\n' + LETTER },
	{ name: 'many findings', text: () => 'Hi Sam,\n\n' + times("Unfortunately we can't: we don't have the bandwidth. ", 5_000) + '\n\nBest,\nJo\n' },
	// Inputs that make Markdown parsers slow (after the CommonMark reference implementation's pathological tests).
	{ name: 'pathological: nested emphasis', text: () => times('*a **a ', 20_000) + 'b' + times(' a** a*', 20_000) },
	{ name: 'pathological: emphasis closers without openers', text: () => times('a_ ', 30_000) },
	{ name: 'pathological: emphasis openers without closers', text: () => times('_a ', 30_000) },
	{ name: 'pathological: mismatched emphasis', text: () => times('*a_ ', 30_000) },
	{ name: 'pathological: delimiter runs of 3', text: () => 'a**b' + times('c* ', 30_000) },
	{ name: 'pathological: link closers without openers', text: () => times('a]', 30_000) },
	{ name: 'pathological: link openers without closers', text: () => times('[a', 30_000) },
	{ name: 'pathological: link openers and emphasis closers', text: () => times('[ a_', 30_000) },
	{ name: 'pathological: [ (]( repeated', text: () => times('[ (](', 30_000) },
	{ name: 'pathological: nested brackets', text: () => '['.repeat(30_000) + 'a' + ']'.repeat(30_000) },
	{ name: 'pathological: unclosed link destinations', text: () => times('[a](<b', 20_000) + times('[a](b', 20_000) },
	{ name: 'pathological: backtick runs', text: () => Array.from({ length: 1000 }, (_, i) => 'e' + '`'.repeat(i + 1)).join('') },
	{ name: 'pathological: unclosed comment openers', text: () => '</' + times('<!--', 30_000) },
	{ name: 'pathological: many reference definitions', text: () => lines(20_000, (i) => `[r${i}]: https://x.invalid/${i}`) + '\n\n' + lines(2_000, (i) => `[r${i}] bandwidth`) },
	{ name: 'pathological: entity-like runs', text: () => times('&#x&amp;&;&#99999999;', 10_000) },
	{ name: 'URL-ish runs', text: () => times('http://a.b/c www.x.y a@b.c ', 20_000) },
	{ name: '50 MB of letters', huge: true, text: () => times(LETTER + '\n', Math.ceil(50e6 / (LETTER.length + 1))) },
];

/** File contents for the CLI: bytes on disk, some of which are not text at all. */
export interface FileInput {
	name: string;
	bytes: () => Buffer;
	/** True when the CLI must read it as UTF-8 text (and exit 0 or 1); false when it must refuse it with a reason. */
	text: boolean;
	huge?: boolean;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

export const FILE_INPUTS: FileInput[] = [
	// The text inputs as UTF-8 files (lone surrogates become U+FFFD on the way); those holding NUL are binary files.
	...TEXT_INPUTS.filter((t) => !t.huge).map((t) => ({ name: t.name, bytes: () => utf8(t.text()), text: !t.text().includes('\u0000') })),
	// Invalid UTF-8, NUL bytes, other encodings: never linted as mojibake, never rewritten.
	{ name: 'invalid UTF-8 (lone continuation byte)', bytes: () => Buffer.concat([utf8(LETTER), Buffer.from([0x80]), utf8('bandwidth\n')]), text: false },
	{ name: 'invalid UTF-8 (truncated sequence at the end)', bytes: () => Buffer.concat([utf8(LETTER), Buffer.from([0xe2, 0x82])]), text: false },
	{ name: 'invalid UTF-8 (overlong encoding)', bytes: () => Buffer.concat([Buffer.from([0xc0, 0xaf]), utf8(LETTER)]), text: false },
	{ name: 'invalid UTF-8 (encoded surrogate)', bytes: () => Buffer.concat([utf8(LETTER), Buffer.from([0xed, 0xa0, 0x80])]), text: false },
	{ name: 'Latin-1 letter', bytes: () => Buffer.from(LETTER.replace('Sam', 'Séverine'), 'latin1'), text: false },
	{ name: 'UTF-16 LE with BOM', bytes: () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LETTER, 'utf16le')]), text: false },
	{ name: 'UTF-16 BE with BOM', bytes: () => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(LETTER, 'utf16le').swap16()]), text: false },
	{ name: 'binary (PNG header and random bytes)', bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))]), text: false },
	{ name: '50 MB of letters', huge: true, bytes: () => utf8(TEXT_INPUTS.find((t) => t.huge)!.text()), text: false },
];

/** Both languages the engine knows; every text input is linted as each. */
export const LANGUAGES = ['markdown', 'plaintext'] as const;
