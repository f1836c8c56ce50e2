import type { Fix } from '../types';
import type { Rule, RuleContext } from './rule';
import { atSentenceStart, inQuotes } from './phrase';
import { memoKey, perChunk, type Chunk } from '../text/markup';

/**
 * Capitalised words of four letters or more that are names, not shouting. Words of three letters or fewer (except a
 * few emphatic words such as NOT and ALL), and words with digits, are taken for acronyms (VAT, CEO, MP4, AKANDE24); the
 * `allow` option adds more. A run with no word of VOICE in it is a name or a title, whatever its length.
 */
const ACRONYMS = new Set(
	(
		'ASAP HTML HTTP HTTPS JSON YAML JPEG TIFF DOCX XLSX PPTX ASCII NASA NATO UNESCO UNICEF FIFA UEFA OPEC IKEA LEGO ASOS AIDS COVID SARS ' +
		'HVAC CMYK RGBA GDPR HIPAA CCPA IBAN SWIFT BACS CHAPS SEPA EBITDA CAPEX OPEX KPIS OKRS EULA SLAS TODO FIXME CEST AEST NZST HMRC RIBA ' +
		'RICS GMBH SARL NOSQL IMAP SMTP WIFI RSVP ISBN ISSN URLS HDMI OLED RFID NYSE NASDAQ FTSE DJIA SAAS PAAS IAAS EMEA APAC LATAM DACH ' +
		'UNHCR OECD IEEE ANSI OSHA COSHH CSCS DVLA DVSA ACAS FINRA SIPC FDIC MSRP CSAT CICD INCOTERMS APIS NAICS FOMO AFAIK IMHO NASCAR'
	).split(' '),
);

/** Short acronyms that keep their capitals when a shouted run is written out in normal case ("RGB", not "rgb"). */
const SHORT = new Set(
	(
		'RGB PDF VAT GST CEO CFO CTO COO CMO FAQ USA UK EU UAE USD GBP EUR AUD CAD SGD SEO API NDA SOW SLA KPI ROI ETA EOD COB CRM ERP CMS SMS ' +
		'PIN ATM GPS USB LED DIY HR PR QA UX UI ID TV PC AM PM GMT UTC BST EST PST CET NHS IRS DNS SSL VPN CSV PNG JPG GIF SVG RAW LLC LLP ' +
		'PLC LTD INC BBC AWS SQL CSS PS NB RSVP OK'
	).split(' '),
);

/**
 * Words that make a run in capitals a raised voice rather than a name, a title or a code: pronouns, auxiliaries,
 * negations, intensifiers and the imperatives people shout. "THE CONTRACT IS 12 MONTHS" and "it is NOT our job" shout;
 * "THE SALT HOUSE" (a title), "UKAS" or "MSKU" (codes) do not, however long they are.
 */
const VOICE = new Set(
	(
		'I IM ID ILL IVE ME MY MINE WE WERE US OUR OURS YOU YOURE YOUVE YOULL YOUR YOURS YOURSELF HE SHE IT ITS THEY THEM THEIR THIS THAT THESE THOSE ' +
		'IS ISNT ARE ARENT AM WAS WASNT WERENT BE BEEN BEING WILL WONT SHALL CAN CANT CANNOT MUST MUSTNT SHOULD SHOULDNT WOULD WOULDNT COULD COULDNT ' +
		'DO DOES DOESNT DID DIDNT DONT HAVE HAS HASNT HAVENT HAD HADNT NOT NO NEVER NONE NOTHING NOBODY NOWHERE ALL ANY EVERY EVERYTHING ' +
		'ONLY VERY REALLY SO TOO MUCH MORE MOST PLEASE NOW ALWAYS AGAIN STILL EVER ALREADY YET JUST SIMPLY EXTREMELY ABSOLUTELY TOTALLY COMPLETELY ' +
		'DEFINITELY CERTAINLY SERIOUSLY HONESTLY LITERALLY ENTIRELY FULLY UTTERLY CLEARLY OBVIOUSLY STOP READ CHECK CALL SEND PAY NOTE FINAL URGENT ' +
		'IMPORTANT ZERO WITHOUT BEFORE AFTER UNTIL NEED NEEDS WANT WANTS SORRY THANKS YES OK OKAY WHY HOW WHAT WHEN WHERE WHO ' +
		'TODAY TOMORROW TONIGHT YESTERDAY WEEKEND MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY JANUARY FEBRUARY MARCH APRIL MAY ' +
		'JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ONCE TWICE FIRST SECOND THIRD'
	).split(' '),
);
/** Short words that are emphasis, never acronyms: "it is NOT our job", "ALL sales are final". */
const EMPHATIC_SHORT = new Set('NOT ALL ANY NOW YOU WHY DID WAS ARE CAN HAS HAD SAY OUR'.split(' '));
const voiced = (w: string) => VOICE.has(w.replace(/[^A-Za-z]/g, '').toUpperCase());

/** An e-mail disclaimer or legal notice: "THIS EMAIL AND ANY ATTACHMENTS ARE CONFIDENTIAL …". */
const DISCLAIMER = /\b(?:confidential(?:ity)?|intended (?:solely |only )?for (?:the )?(?:use|named|addressee)|received this (?:e-?mail|message|communication) in error|views or opinions|legally privileged|unauthori[sz]ed (?:use|disclosure|copying)|disclaimer)\b/i;

const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Short words that open or close a shouted sentence as words, not acronyms: "WE", "NOT", "ON". */
const SHORT_WORD = /^(?:A|I|AN|AND|ARE|AS|AT|BE|BUT|BY|CAN|DO|FOR|HE|IF|IN|IS|IT|ME|MY|NO|NOT|OF|ON|OR|OUR|SO|THE|TO|UP|US|WE|YOU|WHY|HOW|NOW|ALL|ANY|GET|GOT|HAS|HAD|HAVE|WAS|WHO|YES)$/;
const WORD = /[A-Za-z0-9][A-Za-z0-9'’&-]*/g;
/** What may sit between two words of one shouted run: spaces, commas, a dash, a slash or a number; not a sentence end. */
const JOIN = /^[ \t,/&–—-]*(?:\d[\d,]*[ \t,/&–—-]+)*$/;
/** Slots of a template are written in capitals on purpose: [CLIENT NAME], {{NAME}}, <NAME>. */
const SLOTS = /\[[^\]\n]{0,80}\]|\{\{[^}\n]{0,80}\}\}|<[^>\n]{0,60}>/g;

interface Word {
	start: number;
	end: number;
	text: string;
}

/** A word in capitals; `gap` when a word not in capitals stands between it and the previous one in its block. */
interface CapsWord extends Word {
	gap: boolean;
}

/** What one block holds for this rule: its words in capitals and its runs of marks ("!!", "?!"), slots left out. */
interface BlockScan {
	caps: CapsWord[];
	marks: Array<{ start: number; text: string }>;
}

const withoutSlots = (slice: string) => slice.replace(SLOTS, (s) => ' '.repeat(s.length));

/**
 * Only a run holding a word of four capital letters or more, or a short emphatic word ("NOT"), can be reported
 * (other short words are acronyms): a block without one has nothing to scan. It may match inside a word with small letters too; that only costs a scan.
 */
const FOUR_CAPITALS = /[A-Z](?:[A-Z0-9'’&-]*[A-Z]){3}|\b(?:NOT|ALL|ANY|NOW|YOU|WHY|DID|WAS|ARE|CAN|HAS|HAD|SAY|OUR)\b/;

function scanCaps(slice: string, offset: number): CapsWord[] {
	const caps: CapsWord[] = [];
	if (!FOUR_CAPITALS.test(slice)) return caps;
	let gap = false;
	for (const m of slice.matchAll(WORD)) {
		// A number neither breaks a run in capitals nor joins one: "THE CONTRACT IS 12 MONTHS".
		if (/^\d[\d,]*$/.test(m[0])) continue;
		if (!isCaps(m[0])) {
			gap = true;
			continue;
		}
		caps.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, text: m[0], gap });
		gap = false;
	}
	return caps;
}

function scanBlock(prose: string, start: number, end: number): BlockScan {
	const slice = withoutSlots(prose.slice(start, end));
	const marks: BlockScan['marks'] = [];
	for (const m of slice.matchAll(/[!?]{2,}/g)) if (m[0].includes('!')) marks.push({ start: start + m.index!, text: m[0] });
	return { caps: scanCaps(slice, start), marks };
}

const SCANS = memoKey();

const scanChunk = (chunk: Chunk): BlockScan[] => chunk.blocks.map((b) => scanBlock(chunk.prose, b.start, b.end));

/** A chunk's scan of a block, moved to where the chunk starts in the document. */
function shiftScan(scan: BlockScan, by: number): BlockScan {
	return { caps: scan.caps.map((w) => ({ ...w, start: w.start + by, end: w.end + by })), marks: scan.marks.map((m) => ({ start: m.start + by, text: m.text })) };
}

function isCaps(w: string): boolean {
	return /[A-Z]/.test(w) && !/[a-z]/.test(w);
}

function isAcronym(w: string, allow: Set<string>): boolean {
	const letters = w.replace(/[^A-Za-z]/g, '');
	const key = w.replace(/['’]S$/, '').replace(/[^A-Z0-9&]/g, '');
	return (letters.length <= 3 && !EMPHATIC_SHORT.has(key)) || /\d/.test(w) || ACRONYMS.has(key) || allow.has(key) || ROMAN.test(letters);
}

/** The run in normal case: acronyms and "I" stay as they are, the first word gets a capital at a sentence start. */
function calm(words: Word[], text: string, runStart: number, atStart: boolean, allow: Set<string>): string {
	let out = '';
	let last = runStart;
	words.forEach((w, i) => {
		out += text.slice(last, w.start);
		const keep = ACRONYMS.has(w.text) || SHORT.has(w.text) || allow.has(w.text) || /\d/.test(w.text);
		let t = /^I(?:['’](?:M|LL|D|VE))?$/.test(w.text) ? w.text.replace(/['’][A-Z]+$/, (s) => s.toLowerCase()) : keep ? w.text : w.text.toLowerCase();
		if (i === 0 && atStart) t = t.charAt(0).toUpperCase() + t.slice(1);
		out += t;
		last = w.end;
	});
	return out;
}

/**
 * Fixes for a run of marks: one mark instead ("!!!" → "!" or "."; "?!" → "?"). `words`, when given, is the shouted run
 * before the marks, written out in normal case; then the calm full stop comes first and neither fix is safe (names
 * inside the run may lose their capitals).
 */
function exclamationFixes(end: number, marks: string, words: string, start: number): Fix[] {
	const endings = marks.includes('?') ? ['?'] : words ? ['.', '!'] : ['!', '.'];
	return endings.map((p, i) => ({
		title: words ? `Write "${words}${p}" in normal case` : `Replace "${marks}" with "${p}"`,
		edits: [{ start, end, newText: words + p }],
		safe: i === 0 && !words,
	}));
}

export const noShouting: Rule = {
	meta: {
		id: 'no-shouting',
		step: null,
		severity: 'warning',
		description: 'Words or sentences in capitals, and runs of exclamation marks ("!!!", "?!").',
		rationale:
			'Capitals and stacked exclamation marks read as raised voice, so a firm no comes across as anger. The rule belongs to no single move of the seven: it is about tone across the whole letter, and a calm letter can still lack any move, or make them all. Write in normal case and let the words carry the weight.',
		examples: [
			{ bad: 'Thanks so much for the kind words!!!', fixed: 'Thanks so much for the kind words!' },
			{ bad: 'Please CHECK YOUR PROOFS before approving them.', fixed: 'Please check your proofs before approving them.' },
			{ good: 'Colours are shown in RGB on screen and printed in CMYK, as the FAQ on our website explains.' },
			{ good: 'Dear [CLIENT NAME], your order {{ORDER_ID}} is ready.' },
		],
		fixable: true,
		options: {
			allow: { type: 'string[]', default: [], description: 'Words in capitals that are names or acronyms, not shouting (e.g. "ACME").' },
		},
	},
	check(ctx) {
		const allow = new Set(((ctx.options.allow as string[] | undefined) ?? []).map((w) => String(w).toUpperCase()));
		const { doc, analysis } = ctx;
		// Names and titles in the greeting and the signature are not shouting; "!!!" still is.
		const stop = analysis.signOff ? analysis.signOff.start : doc.text.length;
		const checkBlock = (block: { start: number; end: number; kind: string }, scan: BlockScan) => {
			if (block.kind === 'heading') return;
			let caps = scan.caps;
			if (block.start >= stop) caps = [];
			// Legal boilerplate is set in capitals by custom, not by the writer's temper.
			else if (caps.length > 0 && DISCLAIMER.test(doc.reader.slice(block.start, Math.min(block.end, block.start + 2000)))) caps = [];
			else if (block.end > stop) caps = scanCaps(withoutSlots(doc.reader.slice(block.start, block.end)).slice(0, stop - block.start), block.start);
			const covered = checkCaps(ctx, caps, allow, analysis.greeting);
			checkMarks(ctx, scan.marks, covered);
		};
		if (doc.chunks) {
			// Markdown: each chunk's scan is kept with the chunk, so a re-lint scans the edited chunk only.
			for (let k = 0; k < doc.chunks.length; k++) {
				const { start, chunk, firstBlock } = doc.chunks[k];
				const scans = perChunk(chunk, SCANS, scanChunk);
				for (let i = 0; i < scans.length; i++) {
					const scan = scans[i];
					const block = doc.blocks[firstBlock + i];
					// Most blocks have nothing to check: no capitals, no marks, and no sign-off inside them (the part before
					// a sign-off is scanned again).
					if (scan.caps.length === 0 && scan.marks.length === 0 && !(block.start < stop && block.end > stop)) continue;
					if (start === 0) checkBlock(block, scan);
					else checkBlock(block, shiftScan(scan, start));
				}
			}
		} else {
			for (const block of doc.blocks) checkBlock(block, scanBlock(doc.prose, block.start, block.end));
		}
	},
};

/** Reports shouted runs; returns where the "!!" that end them start, which their finding covers. */
function checkCaps(ctx: RuleContext, caps: readonly CapsWord[], allow: Set<string>, greeting: { start: number; end: number } | null): Set<number> {
	const text = ctx.doc.text;
	const covered = new Set<number>();
	const runs: Word[][] = [];
	let run: Word[] = [];
	let prevEnd = -1;
	for (const w of caps) {
		if (w.gap && run.length) {
			runs.push(run);
			run = [];
		}
		if (greeting && w.start >= greeting.start && w.end <= greeting.end) {
			if (run.length) runs.push(run);
			run = [];
			continue;
		}
		if (run.length && !JOIN.test(text.slice(prevEnd, w.start))) {
			runs.push(run);
			run = [];
		}
		run.push(w);
		prevEnd = w.end;
	}
	if (run.length) runs.push(run);
	for (const words of runs) {
		if (!words.some((w) => !isAcronym(w.text, allow))) continue;
		// Acronyms at either end stay out of the span: "FAQ PLEASE READ IT" starts at PLEASE.
		const edge = (w: Word) => isAcronym(w.text, allow) && !SHORT_WORD.test(w.text) && !/['’]/.test(w.text);
		while (edge(words[0])) words.shift();
		while (edge(words[words.length - 1])) words.pop();
		// A name, a title or a code in capitals is not a raised voice: a shouted run says something ("IS", "NOT", "YOU").
		const loudMarks = /^[!?]*![!?]*/.exec(text.slice(words[words.length - 1].end, words[words.length - 1].end + 20))?.[0] ?? '';
		if (!words.some((w) => voiced(w.text)) && loudMarks.length < 2) continue;
		const start = words[0].start;
		const end = words[words.length - 1].end;
		if (inQuotes(ctx.doc, start, end)) continue;
		// A label such as "NOTE:" or "PS:" opening a line is a convention, not a raised voice.
		if (words.length === 1 && text[end] === ':' && atSentenceStart(ctx, start)) continue;
		const calmText = calm(words, text, start, atSentenceStart(ctx, start), allow);
		const phrase = text.slice(start, end);
		const message = `"${phrase}" is in capitals, which reads as shouting. Write it in normal case and let the words carry the weight.`;
		const marks = /^[!?]*![!?]*/.exec(text.slice(end, end + 20))?.[0] ?? '';
		if (marks.length >= 2) {
			covered.add(end);
			const fixes = exclamationFixes(end + marks.length, marks, calmText, start);
			const loud = `"${phrase}${marks}" is in capitals with "${marks}", which reads as shouting. Write it in normal case with one mark and let the words carry the weight.`;
			ctx.report({ start, end: end + marks.length, message: loud, fixes });
		} else {
			ctx.report({ start, end, message, fixes: [{ title: `Write "${calmText}" in normal case`, edits: [{ start, end, newText: calmText }] }] });
		}
	}
	return covered;
}

function checkMarks(ctx: RuleContext, marks: BlockScan['marks'], covered: Set<number>): void {
	for (const m of marks) {
		const start = m.start;
		const end = start + m.text.length;
		if (covered.has(start) || inQuotes(ctx.doc, start, end)) continue;
		ctx.report({ start, end, message: `"${m.text}" reads as raised voice. One mark is enough.`, fixes: exclamationFixes(end, m.text, '', start) });
	}
}
