/**
 * The shape of a letter: the greeting at the top, the sign-off and signature at the bottom, and document-level cues
 * that tell a one-to-one letter from a README, meeting notes, a newsletter or a blog post.
 */
import { memoKey, memoOf, perChunk, type Chunk, type ProseDoc } from '../text/markup';
import type { Sentence } from '../text/sentences';
import type { Evidence } from './analysis';

const HEADER = /^(?:subject|re|fwd?|to|from|date|cc|bcc|sent|attn|attention|object)\s*:/i;
const GREETING = /^(?:hi|hello|hey|hiya|heya|howdy|g'?day|dear|good (?:morning|afternoon|evening|day)|morning|afternoon|evening|greetings|to whom it may concern|bonjour|hallo|ciao|hola|salut|yo)\b/i;
/** A greeting to a group, with nobody named: "Hi all", "Hello team", "Dear valued customers" (not "Hi team at Bloom"). */
const PLURAL_GREETING = /^\S+(?:\s+(?:morning|afternoon|evening|there))?\s+(?:all|everyone|everybody|team|folks|guys|y'all|customers|members|subscribers|colleagues|friends|parents|readers|partners|community|supporters|patrons|clients|residents|neighbou?rs|staff|ladies(?:\s+and\s+gentlemen)?|valued\s+\S+|all\s+\S+)[\s,!:.—-]*$/i;
/** A greeting to a group named by a plural noun in small letters: "Hello gardeners!", "Dear members,". */
const LOWER_PLURAL = /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood\s+(?:morning|afternoon|evening)|[Gg]reetings|[Ww]elcome)[\s,]+(?:all\s+|fellow\s+|dear\s+)?\p{Ll}[\p{L}-]*s[\s,!:.—-]*$/u;
/** A group addressed by a bare noun: "Team,", "All,", "Everyone —". */
const BARE_GROUP = /^(?:team|all|everyone|everybody|folks|guys|y'all|colleagues|friends|people|crew|gang)[\s,!:.—-]*$/i;
const NOT_A_NAME = /^(?:unfortunately|however|sadly|firstly|first|ok|okay|yes|no|well|so|also|again|look|honestly|frankly|basically|regrettably|alright|right|now|listen|thanks|update|note|hello|summary|background|agenda|attendees|notes|minutes|today|overview|introduction|context|fyi|ps|important|reminder|question|answer|update|status|welcome|hint|tip|warning|result|results|conclusion|decision|problem|solution|step|steps)$/i;
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*[,:!]$/u;

/** A closing formula, optionally followed by a name on the same line ("Best, Tom"). */
const SIGN_OFF = new RegExp(
	'^(?:(?:with\\s+)?(?:(?:very\\s+)?(?:best|warm|warmest|kind|kindest|many|fond|all\\s+the\\s+best|all\\s+my\\s+best|my\\s+best)\\s+)?(?:regards|wishes)|' +
		'best|cheers|thanks|thank\\s+you|thanks\\s+again|thank\\s+you\\s+again|thanks\\s+so\\s+much|thank\\s+you\\s+so\\s+much|many\\s+thanks|with\\s+thanks|' +
		'sincerely|yours(?:\\s+(?:sincerely|truly|faithfully|ever|respectfully))?|(?:very\\s+)?(?:truly|sincerely|faithfully|respectfully|cordially)\\s+yours|' +
		'all\\s+the\\s+best|all\\s+best|talk\\s+soon|speak\\s+soon|chat\\s+soon|warmly|take\\s+care|respectfully|best\\s+wishes|cordially|' +
		'until\\s+(?:next\\s+time|soon)|have\\s+a\\s+(?:great|good|nice|lovely|wonderful)\\s+(?:day|week|weekend|evening)|see\\s+you\\s+soon|' +
		'with\\s+(?:gratitude|appreciation|best\\s+wishes|kind\\s+regards)|kr|br|rgds|thx|ta|love|peace|onwards|stay\\s+well|be\\s+well|' +
		'mit\\s+freundlichen\\s+gr[üu](?:ß|ss)en|cordialement|saludos|un\\s+saluto|cordiali\\s+saluti|distinti\\s+saluti)' +
		"(?:[\\s,.!—–-]+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})?[\\s,.!—–-]*$",
	'iu',
);
/** A long closing line that ends in a comma before the name: "Thanks again for your patience,". */
const LONG_SIGN_OFF = /^(?:thanks|thank you|many thanks|with thanks|looking forward|i look forward|hoping|hope to|speak|talk|all the best)\b.{0,80},$/i;
const VOCATIVE = /^(\S+)\s+\p{Lu}[\p{L}'’-]*\s*[,—–-]/u;
const VOCATIVE_OPENERS = new Set(['sorry', 'thanks', 'cheers', 'ok', 'okay', 'right', 'so', 'no', 'yes', 'hey', 'ah', 'oh', 'look', 'listen', 'morning', 'afternoon']);
const PS = /^(?:p\.?\s?s\.?|n\.?\s?b\.?)(?:\s|:|$)/i;

export interface Shape {
	greeting: Evidence | null;
	/** A greeting to a group ("Hi all", "Dear customers"): newsletters and status updates, not a letter to one client. */
	pluralGreeting: boolean;
	/** No greeting, but the first sentence names the reader ("Sorry Jen, we …"): a short message to one person. */
	vocative: boolean;
	signOff: Evidence | null;
	/** True when the sign-off is only a formula ("Best,"): its sentence makes no move. */
	signOffFormula: boolean;
	/** The name, title and contact lines after the sign-off (or closing the letter without one). */
	signature: Evidence | null;
	/** Index of the first sentence of the closing (sign-off or signature); sentences.length when there is none. */
	closingFrom: number;
	/** Index of the greeting sentence, or -1. */
	greetingIndex: number;
	/** Sentences that are header lines ("Subject: …"). */
	headers: Set<number>;
	/** Document-level cues against a letter, with a reason each. */
	penalties: { weight: number; reason: string }[];
}

const DISCLAIMER = /\b(?:confidential|privileged|intended (?:solely )?for|disclaimer|if you (?:have )?received this|virus|please consider the environment|sent from my)\b/i;

/** A company suffix or "No." (a registration number) at the end of a signature line, not the end of a sentence. */
const SIGNATURE_ABBREVIATION = /\b(?:ltd|inc|co|corp|llc|plc|srl|gmbh|jr|sr|phd|esq|no)\.$/i;

function isSignatureLine(t: string): boolean {
	// Long signature lines are read as one wrapped sentence ("Ltd | Unit 4, Vale Road\nTel: … | Fax: …"): each line counts.
	if (t.includes('\n')) return t.split('\n').every((line) => isSignatureLine(line.trim()));
	if (DISCLAIMER.test(t) && t.length <= 400) return true;
	if (PS.test(t)) return false;
	// Fields set apart by bars or bullets ("Tel: … | Mob: …").
	if (/[|•·]/.test(t) && t.length <= 140 && (!/[.!?]$/.test(t) || SIGNATURE_ABBREVIATION.test(t))) return true;
	if (t.length > 70) return false;
	// Contact details and titles: phone numbers, "Director, Penrose & Vale", "Tel. +44 …".
	if (/^[+(\d][\d\s().+/-]{5,}$/.test(t)) return true;
	if (/^(?:tel|phone|mobile|mob|cell|fax|email|e-mail|web|www|skype|linkedin|twitter|office|direct|m|t|e|w)\b\.?\s*[:.]?/i.test(t) && t.length <= 60) return true;
	const words = t.split(/\s+/).length;
	if (words > 9) return false;
	// No sentence punctuation at the end, or an abbreviation (Ltd., Inc.).
	return !/[!?]$/.test(t) && (!/\.$/.test(t) || SIGNATURE_ABBREVIATION.test(t) || words <= 3);
}

export function readShape(doc: ProseDoc, sentences: readonly Sentence[]): Shape {
	const headers = new Set<number>();
	let greeting: Evidence | null = null;
	let greetingIndex = -1;
	let pluralGreeting = false;
	const n = sentences.length;
	// The greeting: one of the first sentences, after any e-mail header lines and a title heading.
	for (let i = 0; i < n && i < 6; i++) {
		const s = sentences[i];
		const t = s.text.trim();
		if (HEADER.test(t)) {
			headers.add(i);
			continue;
		}
		if (doc.blocks[s.block]?.kind === 'heading') continue;
		const g = GREETING.exec(t);
		if (g || (NAME_LINE.test(t) && !NOT_A_NAME.test(t.replace(/[\s,:!]+$/, '')))) {
			// The salutation ends at the first comma, colon, exclamation mark or dash, or at the end of a short line.
			const cut = /[,:!—–]|\s-\s/.exec(t.slice(g ? g[0].length : 0));
			const len = cut ? (g ? g[0].length : 0) + cut.index + cut[0].trimEnd().length : t.length <= 60 ? t.length : g![0].length;
			const start = s.start + (s.text.length - s.text.trimStart().length);
			greeting = { start, end: start + len, cue: 'greeting' };
			greetingIndex = i;
			pluralGreeting = PLURAL_GREETING.test(t.slice(0, len)) || BARE_GROUP.test(t.slice(0, len)) || LOWER_PLURAL.test(t.slice(0, len));
		}
		break;
	}

	// The closing: from the end, signature lines, then the sign-off.
	let signOff: Evidence | null = null;
	let signOffFormula = false;
	let signature: Evidence | null = null;
	let closingFrom = n;
	let k = n - 1;
	const trailing: number[] = [];
	for (; k > greetingIndex && k >= n - 10; k--) {
		const t = sentences[k].text.trim();
		if (SIGN_OFF.test(t) || (LONG_SIGN_OFF.test(t) && trailing.length > 0)) {
			signOff = { start: sentences[k].start, end: sentences[k].end, cue: 'sign-off' };
			signOffFormula = SIGN_OFF.test(t);
			closingFrom = k;
			break;
		}
		if (PS.test(t)) {
			trailing.length = 0;
			continue;
		}
		if (!isSignatureLine(t)) break;
		trailing.push(k);
	}
	if (signOff && trailing.length > 0) {
		const first = sentences[Math.min(...trailing)];
		const last = sentences[Math.max(...trailing)];
		signature = { start: first.start, end: last.end, cue: 'signature' };
	} else if (!signOff) {
		// No sign-off: a few short name-like lines after the last full sentence ("Jo", "— Tom Hale, Brightline").
		const names = trailing.filter((i) => !DISCLAIMER.test(sentences[i].text));
		const from = names.length > 0 ? Math.min(...names) : n;
		const before = sentences[from - 1]?.text.trim() ?? '';
		const nameLike = (i: number) => sentences[i].text.trim().split(/\s+/).length <= 6 && !/[.!?]$/.test(sentences[i].text.trim());
		if (names.length > 0 && names.length <= 4 && from > Math.max(0, greetingIndex + 1) && /[.!?)"”]$/.test(before) && names.every(nameLike)) {
			signature = { start: sentences[from].start, end: sentences[n - 1].end, cue: 'signature' };
			closingFrom = from;
		}
	}

	const firstText = sentences.find((_, i) => !headers.has(i))?.text.trim() ?? '';
	const opener = VOCATIVE.exec(firstText);
	const vocative = !greeting && opener !== null && VOCATIVE_OPENERS.has(opener[1].toLowerCase());
	return { greeting, pluralGreeting, vocative, signOff, signOffFormula, signature, closingFrom, greetingIndex, headers, penalties: documentPenalties(doc, pluralGreeting) };
}

const COVER_LETTER = /\b(?:hiring\s+manager|(?:my|attached|enclosed)\s+(?:cv|résumé|resume|portfolio|application|candidacy|experience|qualifications|background|skills)|(?:i\s+am|i'm|i\s+would\s+like\s+to\s+be)\s+(?:applying|writing\s+to\s+apply|interested\s+in\s+the\s+(?:position|role|post|vacancy)|considered)|apply(?:ing)?\s+for\s+(?:the|a|this|your)\s+(?:[\w-]+\s+){0,3}(?:position|role|job|post|vacancy)|(?:a\s+new|discuss\s+the|suited\s+to\s+the|for\s+this)\s+(?:role|job|position)|(?:the|this)\s+(?:position|role|vacancy|post)\s+(?:of|at|as|advertised|with)|job\s+(?:posting|description|advert)|(?:an|the|for\s+an?)\s+interview|opportunity\s+to\s+(?:join|contribute|bring))\b/gi;
/** A customer writing to a company about their own order: the customer demands, the company would decline. */
const COMPLAINT = /\b(?:to\s+the\s+customer\s+(?:service|services|care|support)\s+team|my\s+order\s+(?:number|no\.?|ref(?:erence)?)|writing\s+to\s+complain|\border\s+(?:no\.?\s*|number\s*|#\s*|ref(?:erence)?\s*)?\(?\d[\d-]{3,}|i\s+(?:ordered|purchased|bought)\b|\border\s+[a-z]{1,4}-?\d{3,}|(?:is|this\s+is)\s+(?:really\s+|just\s+|simply\s+|completely\s+)?not\s+acceptable|stopped\s+working|arrived\s+(?:damaged|broken|late)|(?:is|was)\s+faulty|i\s+refuse\s+to\s+pay|i(?:\s+would|'d|’d)?\s+(?:like|want|expect)\s+a\s+(?:full\s+)?(?:refund|replacement)|writing\s+to\s+(?:ask|request)\s+(?:for\s+)?a\s+(?:full\s+)?(?:refund|replacement)|take\s+this\s+further|no\s+(?:option|choice)\s+but\s+to|kept\s+me\s+(?:on\s+hold|waiting)|(?:make|making|lodge|lodging|file|filing|raise|raising)\s+a\s+(?:formal\s+)?complaint|this\s+is\s+(?:completely\s+|totally\s+|simply\s+)?unacceptable|i\s+(?:expect|demand|want|require)\s+(?:a\s+(?:full\s+)?(?:refund|replacement|apology|explanation)|compensation|my\s+money)|chargeback|(?:trading\s+standards|small\s+claims|consumer\s+rights)|delivery\s+of\s+my|(?:i|we)\s+(?:ordered|purchased|bought|paid\s+for)\s+(?:a|an|the|my|our|\d))\b/gi;
/** An employer answering a job applicant: the applicant asked for a job, not a client for a service. */
const HIRING = /\b(?:(?:for|of)\s+the\s+(?:role|position|post)\s+of|applying\s+for\s+the\s+(?:[\w-]+\s+){0,3}(?:role|position|post|job|vacancy)|your\s+(?:job\s+)?(?:application|interview|candidacy)|(?:successful|other|strong|shortlisted)\s+candidates?|shortlist(?:ed)?|keep\s+your\s+(?:details|cv|résumé|resume)\s+on\s+file|future\s+(?:roles|vacancies|openings|positions|opportunities)|offer(?:ing)?\s+you\s+the\s+(?:position|role|post|job)|(?:chose|selected|appointed|preferred)\s+(?:a|another)\s+candidate|you\s+interviewed|(?:role|position|vacancy|post)\s+comes?\s+up|the\s+panel\s+(?:last|on|this))\b/gi;
const NEWSLETTER = /\b(?:newsletter|unsubscribe|subscribers?|this\s+(?:month|issue|edition|week)'?s?|in\s+this\s+issue|round-?up|digest|announcements?|upcoming\s+events|save\s+the\s+date|read\s+more)\b/gi;
// Who attended and who chaired count as the labels of minutes ("Attendees: …", "Chair: …"), not as words: a letter about
// a conference speaks of its attendees, and a signature may read "Programme Chair".
const MINUTES = /\b(?:agenda|minutes|action\s+items?|next\s+meeting|notes\s+from|discussed)\b|\b(?:attendees|present|apologies|decisions?|owner|follow-?ups?|chair|facilitator)[ \t]*:/gi;
const GENERIC_CLIENT = /\b(?:(?:a|the|your|every|any|each|many|most|some|difficult|demanding)\s+(?:client|customer)s?|clients|customers)\b/gi;
const BLOG = /\b(?:how\s+to|tips?|here's\s+how|in\s+this\s+(?:post|article|guide)|step\s+\d|takeaways?|learn\s+how|we'll\s+cover|when\s+(?:a|your)\s+client)\b/gi;

const OUT_OF_OFFICE = /\b(?:out\s+of\s+(?:the\s+)?office|no\s+access\s+to\s+(?:e-?mail|my\s+inbox)|(?:not|won't|will\s+not)\s+have\s+(?:any\s+)?access\s+to\s+(?:e-?mail|my\s+(?:e-?mail|inbox|messages))|(?:unable|not\s+able)\s+to\s+(?:respond|reply)\s+to\s+(?:messages|e-?mails)|limited\s+access|(?:upon|on)\s+my\s+return|until\s+I\s+(?:return|am\s+back|get\s+back)|automatic\s+reply|auto-?reply|away\s+from\s+(?:the\s+office|my\s+desk))\b/gi;
/** A candidate answering a job offer: turning down a role offered to the writer is not declining a client's request. */
const JOB_OFFER = /\b(?:offer\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}(?:role|position|post|job)|(?:job|employment)\s+offer|offer\s+of\s+employment)\b/gi;
/**
 * A notice to every customer (a price rise, new terms): nobody asked for anything, so its "we're no longer able to
 * absorb the costs" turns down no one.
 */
const NOTICE = /\b(?:(?:will|shall|is\s+going\s+to|are\s+going\s+to)\s+(?:increase|rise|go\s+up|change)\s+(?:from|to|by)|price\s+(?:increase|rise|change)s?|(?:new|updated|revised)\s+(?:prices|pricing|rates|fees|price\s+list|terms\s+of\s+service)|(?:changes?|update)\s+to\s+(?:your|our)\s+(?:[\w-]+\s+){0,3}(?:pricing|prices|rates|fees|plan|subscription|terms)|(?:we(?:'re|’re|\s+are)\s+writing|this\s+is)\s+to\s+(?:let\s+you\s+know|inform\s+you|notify\s+you|advise\s+you)|(?:effective|starting|from)\s+(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:\d{4}\s*,?\s+)?(?:the|our|your|all|prices?|rates?|fees?)\b)/gi;
/** A short title line (no sentence punctuation) directly followed by a list item: a plain-text section. */
const SECTION_LABEL = /^[ \t]*[A-Z][^\n.!?,:]{0,30}:?[ \t]*\r?\n[ \t]*(?:[-*•]|\d+[.)])[ \t]/gm;

/**
 * A title underlined with = - ~ whose underline is about as long as the title ("Release notes\n~~~~~~~~~~~~~"), not a
 * signature separator under a name ("Tom\n---").
 */
function underlinedTitle(text: string): boolean {
	const re = /^([^\n]*\S)[ \t]*\r?\n[ \t]*(={3,}|-{3,}|~{3,})[ \t]*\r?$/gm;
	for (let m = re.exec(text), seen = 0; m !== null && seen < 50; m = re.exec(text), seen++) {
		const title = m[1].trim();
		if (title.length >= 6 && Math.abs(title.length - m[2].length) <= 3 && !/[.,;:!?]$/.test(title)) return true;
	}
	return false;
}

/** Counts the lines that open with a speaker ("dan: …", "[10:42] Priya: …"), collecting the speakers. */
function speakerLines(text: string, speakers: Set<string>): number {
	let lines = 0;
	const re = /^[ \t]*(?:\[[\d:. ]{3,12}\][ \t]*)?([A-Za-z][\w.-]{1,19}):[ \t]+\S/gm;
	for (let m = re.exec(text); m !== null && lines < 50; m = re.exec(text)) {
		if (HEADER.test(`${m[1]}:`) || /^(?:note|ps|nb|re|fyi|update|edit|q|a|tl;dr|summary|answer|question|action|todo|warning|tip)$/i.test(m[1])) continue;
		speakers.add(m[1].toLowerCase());
		lines++;
	}
	return lines;
}

function countMatches(re: RegExp, text: string, cap: number): number {
	re.lastIndex = 0;
	let count = 0;
	while (count < cap && re.exec(text) !== null) count++;
	return count;
}

/**
 * The topics the letter-shape cues count in prose, in the order `countTopics` answers, each with the count that is
 * enough (counting stops there).
 */
export const TOPICS: ReadonlyArray<readonly [RegExp, number]> = [
	[COVER_LETTER, 3],
	[NEWSLETTER, 4],
	[HIRING, 4],
	[COMPLAINT, 3],
	[MINUTES, 5],
	[GENERIC_CLIENT, 3],
	[BLOG, 2],
	[OUT_OF_OFFICE, 2],
	[JOB_OFFER, 1],
	[NOTICE, 4],
];
const TOPIC_AT = TOPICS.map(([re]) => new RegExp(re.source, 'iy'));
/**
 * Where any topic matches: its alternatives are the topics' expressions (none has a capturing group). Each of them
 * opens with `\b`, said once here in front of them all: the scan then drops a position inside a word after one
 * check instead of eight, which halves its time.
 */
const ANY_TOPIC = new RegExp(`\\b(?:${TOPICS.map(([re]) => re.source.replace(/^\\b/, '')).join('|')})`, 'gi');

/**
 * For each topic, what `countMatches(pattern, prose, cap)` gives, in one scan of the prose rather than one per topic.
 * The scan stops at every position where some topic matches, moving on one character at a time, so a match that
 * starts inside or at the start of another topic's match is still seen; there each topic is tried in place, from
 * where its own last match ended, as its global search would go on.
 */
export function countTopics(prose: string): number[] {
	// One per topic (a literal: packed small integers).
	const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
	const from = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
	let open = TOPICS.length;
	ANY_TOPIC.lastIndex = 0;
	for (let m = ANY_TOPIC.exec(prose); m !== null && open > 0; m = ANY_TOPIC.exec(prose)) {
		const at = m.index;
		for (let k = 0; k < TOPICS.length; k++) {
			if (at < from[k] || counts[k] >= TOPICS[k][1]) continue;
			const re = TOPIC_AT[k];
			re.lastIndex = at;
			if (!re.test(prose)) continue;
			from[k] = re.lastIndex;
			if (++counts[k] === TOPICS[k][1]) open--;
		}
		ANY_TOPIC.lastIndex = at + 1;
	}
	return counts;
}

/**
 * How many runs of non-white-space `text` holds, counting up to `cap`: what `/\S+/g` would match, without a match
 * array and a string per word (they were a sixth of what a full lint allocated).
 */
export function countWords(text: string, cap: number): number {
	let count = 0;
	let inWord = false;
	for (let i = 0; i < text.length && count < cap; i++) {
		const space = isWhiteSpace(text.charCodeAt(i));
		if (!space && !inWord) count++;
		inWord = !space;
	}
	return count;
}

/** JavaScript's `\s`: white space and line terminators. */
function isWhiteSpace(c: number): boolean {
	if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
	if (c < 160) return false;
	return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What the document-level cues count in one stretch of text (a Markdown chunk, or a whole plain-text document). */
interface ShapeCounts {
	applying: number;
	newsletter: number;
	hiring: number;
	complaint: number;
	minutes: number;
	generic: number;
	blog: number;
	outOfOffice: number;
	jobOffer: number;
	notice: number;
	sections: number;
	words: number;
	fence: boolean;
	/** Lines that open with a speaker, and the speakers. */
	chatLines: number;
	speakers: string[];
}

function countShape(prose: string, text: string): ShapeCounts {
	const speakers = new Set<string>();
	const topics = countTopics(prose);
	return {
		applying: topics[0],
		newsletter: topics[1],
		hiring: topics[2],
		complaint: topics[3],
		minutes: topics[4],
		generic: topics[5],
		blog: topics[6],
		outOfOffice: topics[7],
		jobOffer: topics[8],
		notice: topics[9],
		sections: countMatches(SECTION_LABEL, text, 2),
		words: countWords(prose, 3001),
		fence: /^[ \t]*(?:```|~~~)/m.test(text),
		chatLines: speakerLines(text, speakers),
		speakers: [...speakers],
	};
}

const SHAPE_COUNTS = memoKey();
/** The document-level cues look at the first 200,000 characters only. */
const SHAPE_LIMIT = 200_000;

const chunkShapeCounts = (chunk: Chunk, source: string) => countShape(chunk.prose, source);

/**
 * The counts of the whole document: for Markdown, the sum of its chunks' counts, each kept with its chunk (a re-lint
 * after an edit counts the edited chunk only); for plain text, one count over the text.
 */
function shapeCounts(doc: ProseDoc): ShapeCounts {
	if (!doc.chunks) return countShape(doc.prose.slice(0, SHAPE_LIMIT), doc.text.slice(0, SHAPE_LIMIT));
	const sum: ShapeCounts = { applying: 0, newsletter: 0, hiring: 0, complaint: 0, minutes: 0, generic: 0, blog: 0, outOfOffice: 0, jobOffer: 0, notice: 0, sections: 0, words: 0, fence: false, chatLines: 0, speakers: [] };
	const speakers = new Set<string>();
	// Indexed loops over the chunks here and in the rules that run on every keystroke: until V8 optimises them, a
	// `for…of` makes an object per chunk, hundreds per keystroke in a long letter (most of what the first keystrokes
	// after opening one allocate).
	for (let k = 0; k < doc.chunks.length; k++) {
		const { start, chunk } = doc.chunks[k];
		if (start >= SHAPE_LIMIT) break;
		// memoOf first: the text slice is made only for a chunk that has not been counted yet.
		const c = memoOf<ShapeCounts>(chunk, SHAPE_COUNTS) ?? perChunk(chunk, SHAPE_COUNTS, chunkShapeCounts, chunk.source ?? doc.text.slice(start, start + chunk.prose.length));
		// Field by field (a new count needs a line here): a loop over the names reads them by key, several times slower.
		sum.applying += c.applying;
		sum.newsletter += c.newsletter;
		sum.hiring += c.hiring;
		sum.complaint += c.complaint;
		sum.minutes += c.minutes;
		sum.generic += c.generic;
		sum.blog += c.blog;
		sum.outOfOffice += c.outOfOffice;
		sum.jobOffer += c.jobOffer;
		sum.notice += c.notice;
		sum.sections += c.sections;
		sum.words += c.words;
		sum.chatLines += c.chatLines;
		sum.fence ||= c.fence;
		for (let k2 = 0; k2 < c.speakers.length; k2++) speakers.add(c.speakers[k2]);
	}
	sum.speakers = [...speakers];
	return sum;
}

const PAGE_FIELDS = ['title', 'author', 'authors', 'date', 'tags', 'categories', 'layout', 'slug', 'description', 'draft', 'permalink'];
const LETTER_FIELDS = ['to', 'from', 'recipient', 'subject', 'opening', 'closing', 'signature', 'address', 'cc'];

/** Cues across the whole document that it is something other than a letter to one client. */
function documentPenalties(doc: ProseDoc, pluralGreeting: boolean): { weight: number; reason: string }[] {
	const out: { weight: number; reason: string }[] = [];
	if (pluralGreeting) out.push({ weight: 4, reason: 'greets a group' });
	const headings = doc.blocks.filter((b) => b.kind === 'heading').length;
	if (headings >= 2) out.push({ weight: headings >= 4 ? 3 : 2, reason: `${headings} headings` });
	const c = shapeCounts(doc);
	if (doc.markdown && c.fence) out.push({ weight: 2, reason: 'code blocks' });
	// A site generator's front matter (title, author, date, tags…) heads a post or a page, not a letter; a letter
	// template's (pandoc's: to, from, subject, opening, closing…) heads a letter.
	const fields = doc.frontMatter?.fields;
	if (fields && !LETTER_FIELDS.some((key) => fields[key] !== undefined)) {
		let page = 0;
		for (const key of PAGE_FIELDS) if (fields[key] !== undefined) page++;
		if (page >= 2) out.push({ weight: 3, reason: 'front matter of a post or page' });
	}
	const topic = (count: number, from: number, reason: string) => {
		if (count >= from) out.push({ weight: count >= from + 2 ? 5 : 3, reason });
	};
	// The phrases are the writer's own application ("my CV", "apply for the … role"): two of them already say so.
	if (c.applying >= 2) out.push({ weight: c.applying >= 3 ? 5 : 3, reason: 'reads like a job application' });
	topic(c.newsletter, 2, 'reads like a newsletter');
	if (c.chatLines >= 3 && c.speakers.length >= 2) out.push({ weight: 4, reason: 'reads like a chat log' });
	if (c.hiring >= 3) out.push({ weight: 5, reason: 'reads like a reply to a job applicant' });
	if (c.complaint >= 2) out.push({ weight: c.complaint >= 3 ? 5 : 2, reason: "reads like a customer's complaint" });
	topic(c.minutes, 3, 'reads like meeting notes');
	if (c.generic >= 3) out.push({ weight: 2, reason: 'talks about clients in general' });
	if (c.blog >= 2) out.push({ weight: 1, reason: 'reads like an article' });
	if (c.outOfOffice >= 2) out.push({ weight: 5, reason: 'reads like an automatic reply' });
	if (c.jobOffer >= 1) out.push({ weight: 4, reason: 'answers a job offer' });
	if (c.notice >= 2) out.push({ weight: c.notice >= 3 ? 5 : 3, reason: 'reads like a notice to customers' });
	if (c.sections >= 2) out.push({ weight: 2, reason: 'sections with lists' });
	// A plain-text document that opens with a title line ("Contributed Software", "INSTALLATION NOTES") is a README or
	// notes; a letter opens with a greeting, a name or its first sentence.
	if (!doc.markdown) {
		const first = /^\s*([^\n]*)\n[ \t]*\r?\n/.exec(doc.text.slice(0, 400))?.[1]?.trim() ?? '';
		if (first && first.length <= 60 && !/[.,:;!?)]$/.test(first) && !GREETING.test(first) && !HEADER.test(first) && /^\p{Lu}/u.test(first) && first.split(/\s+/).length >= 2 && first.split(/\s+/).every((w) => /^(?:\p{Lu}|\d|of|and|the|for|to|in|on|a|an|with|&|-|–|—)/u.test(w))) {
			out.push({ weight: 2, reason: 'opens with a title' });
		}
		const head = doc.text.length > SHAPE_LIMIT ? doc.text.slice(0, SHAPE_LIMIT) : doc.text;
		// Titles underlined with = - ~ (plain-text READMEs and notes) and Q./A. pairs (a FAQ).
		if (underlinedTitle(head)) out.push({ weight: 3, reason: 'underlined titles' });
		if (countMatches(/^[ \t]*(?:Q|A)(?:\.|:|\))[ \t]/gm, head, 3) >= 3) out.push({ weight: 3, reason: 'reads like a FAQ' });
	}
	if (c.words > 1500) out.push({ weight: c.words > 3000 ? 2 : 1, reason: 'long for a letter' });
	return out;
}
