import type { Rule, RuleContext } from './rule';
import { FENCE_OPEN, memoKey, perChunk, type Block, type Chunk } from '../text/markup';

/** The words a slot usually starts with: "[insert date]", "[Your Name]", "<client name>", "{Company}". */
const SLOT_WORD =
	/^(?:insert|add|enter|type|fill in|put|your|their|client|client's|customer|recipient|company|project|name|first name|last name|full name|date|time|amount|price|fee|number|reason|address|phone|email|title|product|service|sender|signature|deadline|link|details?)\b/i;

/** Is the text inside brackets a slot to fill, rather than an aside ("[sic]", "[1]", "[x]")? */
function looksLikeSlot(inner: string, brackets: '[' | '{' | '<'): boolean {
	const c = inner.trim();
	if (c.length < 2 || c.length > 80) return false;
	if (SLOT_WORD.test(c) || /\be\.g\.|\.\.\.|…|\bTODO\b|\bTBD\b/.test(c)) return true;
	if (/^[a-z]+(?:_[a-z0-9]+)+$/.test(c)) return true; // client_name
	if (/^[A-Z][A-Z0-9_ '’-]*[A-Z0-9_]$/.test(c) && /[A-Z].*[A-Z]/.test(c)) return true; // NAME, CLIENT NAME, CLIENT_NAME
	if (/^[A-Z][a-z'’]+(?: [A-Z][a-z'’]+){0,4}$/.test(c)) return true; // Client Name, Project
	// Lower-case words in angle brackets are a slot when they are not an HTML tag: "<client name>", not "<br>".
	if (brackets === '<') return /^[a-z][a-z _-]*$/.test(c) && !HTML_TAGS.has(c.split(/[\s_-]/)[0]);
	return false;
}

const HTML_TAGS = new Set(
	(
		'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd ' +
		'del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img ' +
		'input ins kbd label legend li link main map mark meta meter nav noscript object ol optgroup option output p param picture pre progress ' +
		'q rp rt ruby s samp script section select small source span strong style sub summary sup table tbody td template textarea tfoot th ' +
		'thead time title tr track u ul var video wbr center font big tt strike'
	).split(' '),
);

/** Notes and blanks: TODO, TBD, FIXME, and X-ed out numbers or dates (XXX, £X,XXX, XX/XX/XXXX). */
const MARKER = /(?<![\w-])(?:TODO|TBD|FIXME|X{3,}|X+(?:[/.,-]X+)+)(?![\w-])/g;
const SLOTS = /\{\{[^{}\n]{1,80}\}\}|\$\{[^{}\n]{1,60}\}|%[A-Z][A-Z0-9_]{1,40}%|\{([A-Za-z][\w '’-]{0,60})\}|\[([^[\]\n]{1,80})\](?![(\[:])|_{3,}/g;
const ANGLE = /<([^<>\n!?/][^<>\n]{0,59})>/g;

interface Found {
	start: number;
	end: number;
}

/** Labels of Markdown link definitions ("[acme]: https://…"): "[Acme]" in the text is then a link, not a slot. */
function definitions(text: string): Set<string> {
	const out = new Set<string>();
	for (const m of text.matchAll(/^ {0,3}\[([^\]\n]+)\]:/gm)) out.add(m[1].trim().toLowerCase());
	return out;
}

/** A closing fence as CommonMark reads one: nothing but spaces or tabs after it (openers: FENCE_OPEN). */
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

/**
 * In Markdown, `<NAME>` parses as an HTML tag and the prose mask blanks it, so angle slots are found in the text:
 * outside front matter, fenced or indented code, quotes, and inline code. Reads the lines of `text` from `from` to
 * `to` with `fence` open (or not) before them; returns the fence open after them.
 */
function markdownAngles(text: string, from: number, to: number, fence: string | null, skipBefore: number, out: Found[], base = 0): string | null {
	const lines = /[^\r\n]*/g;
	lines.lastIndex = from;
	let line: RegExpExecArray | null;
	while (lines.lastIndex < to && (line = lines.exec(text)) !== null) {
		const start = line.index;
		const s = line[0];
		if (s.length === 0) {
			lines.lastIndex++;
			continue;
		}
		if (start < skipBefore) continue;
		if (fence) {
			const close = FENCE_CLOSE.exec(s);
			if (close && close[1][0] === fence[0] && close[1].length >= fence.length) fence = null;
			continue;
		}
		const open = FENCE_OPEN.exec(s);
		if (open) {
			fence = open[1];
			continue;
		}
		if (/^(?: {4}|\t)|^ {0,3}>/.test(s)) continue;
		for (const m of s.matchAll(ANGLE)) {
			if ((s.slice(0, m.index).match(/`/g)?.length ?? 0) % 2 === 1) continue; // inside `code`
			if (looksLikeSlot(m[1], '<')) out.push({ start: base + start + m.index!, end: base + start + m.index! + m[0].length });
		}
	}
	return fence;
}

/** A slot or note found in prose; `key` (a bracketed slot's words) is checked against the link definitions. */
interface Candidate extends Found {
	key?: string;
}

/** Slots and notes in prose blocks (angle slots too in plain text, where nothing masks them). */
function blockCandidates(prose: string, blocks: readonly Block[], markdown: boolean): Candidate[] {
	const found: Candidate[] = [];
	for (const block of blocks) {
		const slice = prose.slice(block.start, block.end);
		for (const m of slice.matchAll(SLOTS)) {
			const inner = m[1] ?? m[2];
			if (inner !== undefined && !looksLikeSlot(inner, m[1] !== undefined ? '{' : '[')) continue;
			found.push({ start: block.start + m.index!, end: block.start + m.index! + m[0].length, key: inner?.trim().toLowerCase() });
		}
		for (const m of slice.matchAll(MARKER)) found.push({ start: block.start + m.index!, end: block.start + m.index! + m[0].length });
		if (!markdown) {
			for (const m of slice.matchAll(ANGLE)) {
				if (looksLikeSlot(m[1], '<')) found.push({ start: block.start + m.index!, end: block.start + m.index! + m[0].length });
			}
		}
	}
	return found;
}

const BLOCKS = memoKey();
const ANGLES = memoKey();
const DEFINITIONS = memoKey();

const chunkDefinitions = (chunk: Chunk) => definitions(chunk.source ?? '');
const chunkCandidates = (chunk: Chunk) => blockCandidates(chunk.prose, chunk.blocks, true);
interface ChunkAngles {
	readonly list: readonly Found[];
	/** The fence left open at the end of the chunk. */
	readonly fence: string | null;
}
/** What most chunks of a letter hold: no "<" (nothing matches) and no "`" or "~" (no line opens or closes a fence). */
const NO_ANGLES: ChunkAngles = { list: [], fence: null };
function chunkAngles(chunk: Chunk): ChunkAngles {
	const source = chunk.source!;
	if (!source.includes('<') && !source.includes('`') && !source.includes('~')) return NO_ANGLES;
	const list: Found[] = [];
	return { list, fence: markdownAngles(source, 0, source.length, null, 0, list) };
}

/** Everything the rule finds in a document, in the order it reports ties (prose first, then angle slots). */
function candidates(ctx: RuleContext): Found[] {
	const { doc } = ctx;
	const found: Found[] = [];
	const keep = (defined: Set<string>) => (c: Candidate) => c.key === undefined || !defined.has(c.key);
	if (!doc.chunks || doc.text.charCodeAt(0) === 0xfeff) {
		const defined = doc.markdown ? definitions(doc.text) : new Set<string>();
		found.push(...blockCandidates(doc.prose, doc.blocks, doc.markdown).filter(keep(defined)));
		if (doc.markdown) markdownAngles(doc.text, 0, doc.text.length, null, doc.frontMatter?.end ?? 0, found);
		return found;
	}
	// Markdown read in chunks: what each chunk holds is kept with it. Link definitions and fences are the only state
	// that crosses chunks; a fence left open by a chunk is followed into the next without the cache.
	const first = doc.chunks[0]?.start ?? doc.text.length;
	// Indexed loops that look inside a chunk's list only when it has something: nearly every chunk holds nothing, and
	// this runs over every chunk on each keystroke (an iterator per empty list would be most of what it allocates).
	const { chunks } = doc;
	const defined = definitions(doc.text.slice(0, first));
	for (let i = 0; i < chunks.length; i++) {
		const labels = perChunk(chunks[i].chunk, DEFINITIONS, chunkDefinitions);
		if (labels.size > 0) for (const label of labels) defined.add(label);
	}
	const undefinedLabel = keep(defined);
	for (let i = 0; i < chunks.length; i++) {
		const { start, chunk } = chunks[i];
		const own = perChunk(chunk, BLOCKS, chunkCandidates);
		for (let j = 0; j < own.length; j++) {
			const c = own[j];
			if (undefinedLabel(c)) found.push({ start: c.start + start, end: c.end + start });
		}
	}
	let fence: string | null = null;
	for (let i = 0; i < chunks.length; i++) {
		const { start, chunk } = chunks[i];
		const end = chunks[i + 1]?.start ?? doc.text.length;
		if (fence !== null || chunk.source === undefined) {
			fence = markdownAngles(doc.text, start, end, fence, 0, found);
			continue;
		}
		const own = perChunk(chunk, ANGLES, chunkAngles);
		for (let j = 0; j < own.list.length; j++) found.push({ start: own.list[j].start + start, end: own.list[j].end + start });
		fence = own.fence;
	}
	return found;
}

export const noUnfilledPlaceholder: Rule = {
	meta: {
		id: 'no-unfilled-placeholder',
		step: null,
		severity: 'error',
		description: 'Template slots and notes left in a letter: `{{client_name}}`, `[Client Name]`, `<NAME>`, `[insert date]`, `TODO`.',
		rationale:
			'A slot left unfilled tells the client at once that they got a form letter, and undoes the care that went into the rest of the reply. It belongs to no single move; it is checked in letters only, because in a template (front matter `tactful: template`, or the `templates` globs) the slots are the point.',
		examples: [
			{ bad: 'Hi [Client Name], thanks for your note about the launch.' },
			{ bad: 'We can deliver the first half by {{delivery_date}}.' },
			{ bad: 'TODO: add the reason before sending.' },
			{ good: 'Hi Dana, the [phase 2 outline](https://example.com/p2) has the dates [1].' },
		],
		fixable: false,
		letterOnly: true,
	},
	check(ctx) {
		if (ctx.kind === 'template') return;
		const { doc } = ctx;
		const found = candidates(ctx);
		const seen = new Set<number>();
		for (const f of found.sort((a, b) => a.start - b.start)) {
			if (seen.has(f.start)) continue;
			seen.add(f.start);
			const slot = doc.text.slice(f.start, f.end);
			const note = /^(?:TODO|TBD|FIXME)$/.test(slot);
			ctx.report({
				start: f.start,
				end: f.end,
				message: note
					? `"${slot}" is a note to yourself left in the letter: finish that part, or remove the note, before sending.`
					: `"${slot}" is a slot that was never filled in: replace it before sending. A client who sees it knows they got a form letter.`,
			});
		}
	},
};
