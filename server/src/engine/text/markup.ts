/**
 * Turns a document into what the rules read: the same text with everything that is not the writer's own prose
 * blanked out (code, HTML, front matter, link destinations, URLs, quoted client text, markup characters), plus the
 * prose blocks (paragraphs, headings, list items) and the Tactful directives found in comments.
 *
 * Blanking keeps every offset: a masked character becomes a space, line breaks stay. So a rule runs its regular
 * expressions over `prose` and reports offsets that are valid in the original text.
 *
 * Markdown structure comes from micromark (a CommonMark parser); plain text uses line rules.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { frontmatter } from 'micromark-extension-frontmatter';
import type { Event } from 'micromark-util-types';
import { parseDirective, type Directive } from './directive-syntax';

export interface Block {
	start: number;
	end: number;
	kind: 'paragraph' | 'heading' | 'line';
}

export interface FrontMatter {
	start: number;
	end: number;
	fields: Record<string, string>;
}

export interface ProseDoc {
	text: string;
	/** `text` with non-prose characters replaced by spaces (line breaks kept). Same length as `text`. */
	prose: string;
	markdown: boolean;
	frontMatter: FrontMatter | null;
	/** Prose blocks in document order, each a range of `text` that holds prose. */
	blocks: Block[];
	directives: Directive[];
}

const EXCLUDED = new Set([
	'blockQuote', 'codeFenced', 'codeIndented', 'codeText', 'htmlFlow', 'htmlText', 'resource', 'reference',
	'definition', 'autolink', 'yaml', 'characterReference', 'characterEscape',
]);

const frontmatterExtension = frontmatter();

/** Bare URLs, e-mail addresses and file-like paths: never prose, in either format. */
const URLISH = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/gi;

export function isMarkdown(languageId: string | undefined): boolean {
	return languageId === 'markdown' || languageId === 'md' || languageId === 'mdx';
}

export function analyseMarkup(text: string, languageId: string | undefined): ProseDoc {
	return isMarkdown(languageId) ? markdownDoc(text) : plainDoc(text);
}

/** Builds the masked copy from the ranges that are prose (sorted, non-overlapping). */
function maskExcept(text: string, keep: ReadonlyArray<readonly [number, number]>): string {
	const parts: string[] = [];
	let last = 0;
	const blank = (s: number, e: number) => {
		if (e > s) parts.push(text.slice(s, e).replace(/[^\r\n]/g, ' '));
	};
	for (const [s, e] of keep) {
		blank(last, s);
		parts.push(text.slice(s, e));
		last = e;
	}
	blank(last, text.length);
	return maskUrls(parts.join(''));
}

function maskUrls(prose: string): string {
	return prose.replace(URLISH, (m) => ' '.repeat(m.length));
}

function markdownDoc(text: string): ProseDoc {
	let events: Event[];
	try {
		events = postprocess(parse({ extensions: [frontmatterExtension] }).document().write(preprocess()(text, 'utf8', true)));
	} catch {
		// micromark does not throw on any input we know of; if it ever does, treat the document as plain text.
		return plainDoc(text);
	}
	const keep: Array<[number, number]> = [];
	const blocks: Block[] = [];
	const directives: Directive[] = [];
	let frontMatter: FrontMatter | null = null;
	let excluded = 0;
	let quoteDepth = 0;
	for (const [kind, token] of events) {
		const type: string = token.type;
		const start = token.start.offset;
		const end = token.end.offset;
		if (kind === 'enter') {
			if (type === 'blockQuote') quoteDepth++;
			if (type === 'htmlFlow' || type === 'htmlText') {
				const d = parseDirective(text.slice(start, end), start, true);
				if (d && quoteDepth === 0) directives.push(d);
			}
			if (type === 'yaml' && start === 0) frontMatter = { start, end, fields: parseFields(text.slice(start, end)) };
			if (EXCLUDED.has(type)) excluded++;
			else if (excluded === 0) {
				if (type === 'data') keep.push([start, end]);
				else if (type === 'lineEnding' && keep.length > 0 && keep[keep.length - 1][1] === start) {
					keep[keep.length - 1][1] = end;
				}
				if ((type === 'paragraph' || type === 'atxHeadingText' || type === 'setextHeadingText') && quoteDepth === 0) {
					blocks.push({ start, end, kind: type === 'paragraph' ? 'paragraph' : 'heading' });
				}
			}
		} else {
			if (EXCLUDED.has(type)) excluded--;
			if (type === 'blockQuote') quoteDepth--;
		}
	}
	// Merge touching ranges so masking works on few, long slices.
	const merged: Array<[number, number]> = [];
	for (const r of keep) {
		const last = merged[merged.length - 1];
		if (last && last[1] >= r[0]) last[1] = Math.max(last[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	const prose = maskExcept(text, merged);
	return { text, prose, markdown: true, frontMatter, blocks: splitBlocks(prose, blocks), directives };
}

/** Parses `key: value` lines of a front matter block (no YAML library: only flat string fields are needed). */
function parseFields(block: string): Record<string, string> {
	const fields: Record<string, string> = {};
	for (const line of block.split(/\r\n|\r|\n/)) {
		const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/.exec(line);
		if (m) fields[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
	}
	return fields;
}

const FRONT_MATTER_PLAIN = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function plainDoc(text: string): ProseDoc {
	const keep: Array<[number, number]> = [];
	const directives: Directive[] = [];
	let frontMatter: FrontMatter | null = null;
	let pos = 0;
	const fm = FRONT_MATTER_PLAIN.exec(text);
	if (fm) {
		frontMatter = { start: 0, end: fm[0].length, fields: parseFields(fm[1]) };
		pos = fm[0].length;
	} else if (text.charCodeAt(0) === 0xfeff) {
		pos = 1;
	}
	const lines = /([^\r\n]*)(\r\n|\r|\n|$)/g;
	lines.lastIndex = pos;
	let m: RegExpExecArray | null;
	while ((m = lines.exec(text)) !== null) {
		const start = m.index;
		const content = m[1];
		const end = start + content.length;
		const trimmed = content.trimStart();
		const directive = trimmed.length > 0 ? parseDirective(content, start, false) : null;
		if (directive) directives.push(directive);
		else if (!trimmed.startsWith('>')) keep.push([start, end + m[2].length]);
		if (m[2] === '') break;
	}
	const prose = maskExcept(text, keep);
	// Blocks: runs of non-blank lines.
	const blocks: Block[] = [];
	const para = /[^\r\n]*\S[^\r\n]*(?:(?:\r\n|\r|\n)[^\r\n]*\S[^\r\n]*)*/g;
	while ((m = para.exec(prose)) !== null) blocks.push({ start: m.index, end: m.index + m[0].length, kind: 'paragraph' });
	return { text, prose, markdown: false, frontMatter, blocks: trimBlocks(prose, blocks), directives };
}

/** Splits Markdown blocks at blank prose lines (a paragraph whose middle was masked) and trims masked ends. */
function splitBlocks(prose: string, blocks: Block[]): Block[] {
	const out: Block[] = [];
	for (const b of blocks) {
		const slice = prose.slice(b.start, b.end);
		const para = /[^\r\n]*\S[^\r\n]*(?:(?:\r\n|\r|\n)[^\r\n]*\S[^\r\n]*)*/g;
		let m: RegExpExecArray | null;
		while ((m = para.exec(slice)) !== null) out.push({ start: b.start + m.index, end: b.start + m.index + m[0].length, kind: b.kind });
	}
	return trimBlocks(prose, out);
}

function trimBlocks(prose: string, blocks: Block[]): Block[] {
	for (const b of blocks) {
		while (b.start < b.end && /\s/.test(prose[b.start])) b.start++;
		while (b.end > b.start && /\s/.test(prose[b.end - 1])) b.end--;
	}
	return blocks.filter((b) => b.end > b.start);
}
