/**
 * Word tokens for the step detectors: lower-cased, apostrophes unified, contractions expanded ("can't" → "can not",
 * "we'll" → "we will", "let's" → "let us"), so a detector writes one form of each phrase. Every token keeps the span
 * of the text it came from; the two halves of a contraction share it.
 */

export interface Token {
	/** The normalised word ("not" for the n't of "can't"), or the punctuation mark itself. */
	w: string;
	start: number;
	end: number;
	/** Punctuation that ends a clause: , ; : . ! ? … — ( ) and quotes. */
	punct: boolean;
	/** A number: 10, 3rd, 18:00, ten, half. */
	num: boolean;
}

const PUNCT = new Set([',', ';', ':', '?', '!', '.', '…', '—', '–', '(', ')', '"', '“', '”']);

/** Numbers with their separators (18:00, 3.5, 1,000, 3rd), words with inner apostrophes, clause punctuation. */
const TOKEN = /[£$€¥₹]|\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th|am|pm|k)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*['’]?|[,;:?!.…—–()"“”]|--|(?<=\s)-(?=\s)/gu;

const WHOLE_WORDS: Record<string, string[]> = {
	"can't": ['can', 'not'],
	cannot: ['can', 'not'],
	cant: ['can', 'not'],
	"won't": ['will', 'not'],
	wont: ['will', 'not'],
	"shan't": ['shall', 'not'],
	"ain't": ['is', 'not'],
	"let's": ['let', 'us'],
	lets: ['let', 'us'],
	gonna: ['going', 'to'],
	wanna: ['want', 'to'],
	gotta: ['have', 'to'],
	im: ['i', 'am'],
	ive: ['i', 'have'],
	"y'all": ['you'],
	dont: ['do', 'not'],
	doesnt: ['does', 'not'],
	didnt: ['did', 'not'],
	isnt: ['is', 'not'],
	arent: ['are', 'not'],
	wasnt: ['was', 'not'],
	werent: ['were', 'not'],
	couldnt: ['could', 'not'],
	wouldnt: ['would', 'not'],
	shouldnt: ['should', 'not'],
	havent: ['have', 'not'],
	hasnt: ['has', 'not'],
	hadnt: ['had', 'not'],
};

/** Words before "'s" that make it "is" rather than a possessive. */
const S_IS = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'when', 'everything', 'nothing', 'something', 'this', 'which', 'why', 'today', 'tomorrow', 'date', 'deadline', 'answer', 'one']);

const WHOLE = new Map(Object.entries(WHOLE_WORDS));
const SUFFIX: Record<string, string> = { "'re": 'are', "'m": 'am', "'ll": 'will', "'ve": 'have', "'d": 'would' };

/** The words of a token with an apostrophe, or that is an informal contraction ("dont", "gonna"). */
function expand(lower: string): readonly string[] {
	const w = lower.replace(/’/g, "'").replace(/'$/, '');
	const whole = WHOLE.get(w);
	if (whole) return whole;
	if (!w.includes("'")) return [w];
	if (w.endsWith("n't")) return [w.slice(0, -3), 'not'];
	const q = w.lastIndexOf("'");
	const base = w.slice(0, q);
	const suffix = w.slice(q);
	if (SUFFIX[suffix]) return [base, SUFFIX[suffix]];
	if (suffix === "'s") return S_IS.has(base) ? [base, 'is'] : [base];
	return [w];
}

/** Tokenises `text` (a sentence) whose first character sits at `offset` in the document. Linear in the text. */
export function tokenize(text: string, offset = 0): Token[] {
	const out: Token[] = [];
	TOKEN.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = TOKEN.exec(text)) !== null) {
		const start = offset + m.index;
		const end = start + m[0].length;
		const c = m[0].charCodeAt(0);
		// A hyphen between spaces is a dash ("Yes - we can"), not part of a word.
		const isWord = !PUNCT.has(m[0]) && m[0] !== '--' && m[0] !== '-';
		if (!isWord) {
			const p = m[0] === '“' || m[0] === '”' ? '"' : m[0] === '–' || m[0] === '--' || m[0] === '-' ? '—' : m[0] === '…' ? '.' : m[0];
			out.push({ w: p, start, end, punct: true, num: false });
			continue;
		}
		if (c >= 48 && c <= 57) {
			out.push({ w: m[0].toLowerCase(), start, end, punct: false, num: true });
			continue;
		}
		const lower = m[0].toLowerCase();
		if (!WHOLE.has(lower) && lower.indexOf("'") < 0 && lower.indexOf('’') < 0) {
			out.push({ w: lower, start, end, punct: false, num: NUMBER_WORDS.has(lower) });
			continue;
		}
		for (const w of expand(lower)) out.push({ w, start, end, punct: false, num: NUMBER_WORDS.has(w) });
	}
	return out;
}

/** Words that negate what follows them in the same clause. */
export const NEGATORS = new Set(['not', 'never', 'no', 'unable', 'nobody', 'nothing', 'none', 'neither', 'nor', 'hardly', 'barely', 'without', 'nowhere', 'cannot']);

/** Words that end the reach of a negation or a condition (with clause punctuation). */
export const CLAUSE_BREAKS = new Set(['but', 'however', 'although', 'though', 'whereas', 'and', 'or', 'so', 'because', 'since', 'while', 'which', 'instead', 'unfortunately', 'yet']);

/** Words that make a clause hypothetical or conditional. */
export const CONDITIONALS = new Set(['if', 'unless', 'whether', 'suppose', 'supposing']);

const NUMBER_WORDS = new Set([
	'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'thousand',
	'half', 'third', 'quarter', 'dozen', 'couple', 'first', 'second', 'several', 'double', 'twice',
]);
