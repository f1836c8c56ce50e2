// Workload generator: decline letters in Markdown and plain text, from a fixed seed, so every run lints the same bytes.
// A letter has front matter (Markdown), a greeting, the client's request quoted back, paragraphs that mix tactful and
// clumsy phrasing (jargon, passive voice, weasel words, blame), headings, lists, code blocks, links and a sign-off.
// Long letters repeat the body pattern with fresh names, dates and numbers, so no two paragraphs are the same text.
//
//   node bench/generate.mjs            writes $TMPDIR/tactful-bench/ (the 2,000-letter directory and a 2k-word letter)
//   import { letter, corpus } from './generate.mjs'

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const SEED = 0x7ac7f1;
/** Bump when the generator's output changes, so cached workloads on disk are rebuilt. */
export const GENERATOR_VERSION = 6;

/** mulberry32: a 32-bit PRNG, small and fast, good enough to vary text. */
export function prng(seed) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n) => Math.floor(next() * n);
	const pick = (list) => list[int(list.length)];
	const chance = (p) => next() < p;
	return { next, int, pick, chance };
}

const NAMES = ['Dana', 'Lee', 'Priya', 'Tomasz', 'Amara', 'Jonas', 'Mei', 'Rafael', 'Ines', 'Kwame', 'Sofia', 'Hamid', 'Greta', 'Luis', 'Noor', 'Oskar'];
const SURNAMES = ['Lindgren', 'Okafor', 'Moreau', 'Haas', 'Tanaka', 'Novak', 'Silva', 'Brennan', 'Kowalski', 'Adeyemi', 'Fischer', 'Duarte'];
const COMPANIES = ['Northwind Logistics', 'Brightside Dental', 'Kestrel Apparel', 'Harbour & Pine', 'Quayline Foods', 'Atlas Print Works', 'Juniper Health', 'Orchard Lane Books'];
const THINGS = ['the website redesign', 'the spring catalogue', 'the mobile app release', 'the warehouse fit-out', 'the annual report', 'the brand refresh', 'the onboarding videos', 'the data migration', 'the kitchen renovation', 'the training programme'];
const ASKS = ['an earlier delivery date', 'a 25% discount', 'three extra landing pages', 'a full refund', 'weekend support', 'a second round of revisions at no charge', 'unlimited liability', 'a rush order', 'a fixed price for the whole year'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const GREETINGS = ['Hi {name},', 'Dear {name},', 'Hello {name},', 'Dear Ms {surname},', 'Good morning {name},'];
const SIGN_OFFS = ['Best regards,', 'Kind regards,', 'Best,', 'Warm wishes,', 'Thanks,', 'Yours sincerely,'];

// Sentences by role. {x} slots are filled per use. Some are deliberately clumsy: jargon Tactful flags ("bandwidth",
// "circle back", "out of scope", "per our SOW"), passive voice and weasel words write-good flags ("was decided",
// "very", "really"), and words alex flags ("guys", "crazy", "simply").
const ACKNOWLEDGE = [
	'Thank you for asking us about {ask} for {thing}.',
	'Thanks for your message on {day}, and for trusting us with {thing} again this year.',
	'I really appreciate you thinking of us for {thing}.',
	'Thank you for the detailed brief you sent on {date}.',
];
const UNDERSTAND = [
	'I understand the launch on {date} makes {ask} important for your team.',
	'You mentioned that {company} needs {thing} finished before the board meeting in {month}.',
	'As I understand it, you would like {ask} because the budget for {month} is already tight.',
	'Could you tell me whether the {n} extra pages are needed for the launch itself, or for the weeks after?',
];
const QUOTES = [
	'Can you get {thing} to us by {date}? Our investors are visiting that week.',
	'We were hoping for {ask}, given how long we have worked together.',
	'Is there any way to add {n} more pages without changing the price?',
	'Honestly we expected this to be done already, so please prioritise it.',
];
const REFUSAL = [
	'Unfortunately we can\'t deliver {thing} by {date}.',
	'I\'m afraid we are unable to offer {ask} this time.',
	'We are unable to take on {n} extra pages within the current budget.',
	'Unfortunately {ask} is not something we can agree to.',
];
const EXPLAIN_GOOD = [
	'Our team is fully booked until {date}, and rushing the testing phase would put the quality of {thing} at risk.',
	'The print slot at the mill is fixed for {day} {date}, and the paper has to dry for {n} days before binding.',
	'Each page needs about {n} hours of design and review, because every template has to work on phones as well.',
	'Our pricing already includes the discount we agreed in {month}, and a further cut would mean paying our freelancers less.',
];
const EXPLAIN_BAD = [
	'We simply don\'t have the bandwidth right now, as it was decided by management that {thing} is out of scope.',
	'Per our SOW this is out of scope, and going forward we need to leverage our existing capacity constraints.',
	'It is very clearly not possible, and the schedule was changed by the other team without telling us.',
	'Frankly this is crazy, guys: the request was sent really late and we were never told about the deadline.',
	'Let\'s circle back and touch base once the action items from the last deep dive are closed.',
];
const ALTERNATIVES = [
	'What we could do instead is deliver the homepage by {date} and the remaining {n} pages the week after.',
	'One option is to phase the work: a first release in {month} with the core features, and the rest in a second phase.',
	'We could offer a smaller package with {n} pages at the original price, or refer you to a studio that specialises in rush work.',
	'In the meantime we can share the drafts on {day} so your team can start reviewing them.',
];
const POSITIVE = [
	'We can have the first draft with you on {day} {date}.',
	'We will make sure the core pages are ready for the investor visit.',
	'We recommend starting with the pages your visitors use most.',
];
const EMPATHY = [
	'I know this is not the answer you were hoping for, and I am sorry it makes {month} harder for you.',
	'I realise this puts you in a tight spot with the board, and I wish the timing were different.',
	'I understand this is disappointing after everything your team has put into {thing}.',
];
const OPEN = [
	'I am happy to talk this through on a call this week, and I will check in once the first phase is live.',
	'Please let me know which option works best, and I will get back to you with a schedule by {day}.',
	'If you would like to discuss the scope, feel free to reply here or book a time with me.',
];
const FILLER = [
	'The revised plan keeps the {n} review meetings we agreed in {month}, so nothing changes on your side there.',
	'Our designers have already finished the style guide, the icon set and {n} of the page layouts.',
	'The copy for the product pages is with your marketing team, and we expect their comments by {date}.',
	'Testing covers {n} browsers and both phone sizes, which is what took most of the time last spring.',
	'Your operations lead asked about the hosting costs, which stay the same under every option below.',
	'The photographs from the {month} shoot are edited and ready, and we have kept the raw files in case you need them.',
	'There is no change to the invoice schedule, and the second payment is still due on {date}.',
	'So the last stage is really very important, and it is being reviewed by our senior editor.',
];
const HEADINGS = ['Where things stand', 'What we can offer', 'Timeline', 'Costs', 'Next steps', 'Options for {month}', 'Why the date is fixed', 'What is already done'];
const LIST_ITEMS = [
	'Homepage and contact page by {date}',
	'Product pages ({n} in total) the week after',
	'A review call on {day} at 10:00',
	'Final handover with [the checklist]({url}) and source files',
	'Training for up to {n} of your staff',
	'Hosting and support for {n} months at the current rate',
];
const CODE = [
	'| phase | pages | date |\n|-------|-------|------|\n| 1 | {n} | {date} |\n| 2 | {n} | {date} |',
	'deadline = "{date}"\nextra_pages = {n}\nstatus = "we can\'t, out of scope, no bandwidth"',
	'$ tactful check letters/{name}.md\nno-jargon  "bandwidth" -> "time"',
];
const NON_LETTER = [
	'Attendees: {name}, {name} and the design team.',
	'The sprint review moved to {day}; {n} tickets are still open.',
	'Action items: update the roadmap, send the {month} figures, book the venue.',
	'We agreed to keep the current hosting provider until {date}.',
	'Budget for {month} is approved; the print run is {n} copies.',
];

function filler(r) {
	const fill = (template) => template.replace(/\{(\w+)\}/g, (_, slot) => {
		switch (slot) {
			case 'name': return r.pick(NAMES);
			case 'surname': return r.pick(SURNAMES);
			case 'company': return r.pick(COMPANIES);
			case 'thing': return r.pick(THINGS);
			case 'ask': return r.pick(ASKS);
			case 'month': return r.pick(MONTHS);
			case 'day': return r.pick(DAYS);
			case 'date': return `${1 + r.int(28)} ${r.pick(MONTHS)}`;
			case 'n': return String(2 + r.int(40));
			case 'url': return `https://example.com/${r.pick(['plan', 'schedule', 'brief', 'handover'])}/${r.int(10000)}`;
			default: return slot;
		}
	});
	return fill;
}

const countWords = (s) => (s.match(/\S+/g) ?? []).length;

/**
 * One letter of about `words` words (whitespace-separated tokens of the source, markup included).
 * `format` is 'markdown' or 'plaintext'. Same seed, same arguments → same text. With `forced`, the letter starts with
 * front matter `tactful: letter` (plain text too), so Tactful runs every rule whatever its size: its detector rightly
 * does not take a 20k-word document with fifty headings for a letter, and would then only check phrases.
 */
export function letter(words, format = 'markdown', seed = SEED, { forced = false } = {}) {
	const r = prng(seed ^ words ^ (format === 'markdown' ? 0x51 : 0xa7));
	const fill = filler(r);
	const md = format === 'markdown';
	const out = [];
	let count = 0;
	const add = (block) => {
		out.push(block);
		count += countWords(block);
	};
	const sentences = (pool, n) => Array.from({ length: n }, () => fill(r.pick(pool))).join(' ');
	const quote = (s) => s.split('\n').map((l) => `> ${l}`).join('\n');

	if (md) add(`---\ntitle: "Re: ${fill('{ask}')}"\nclient: ${fill('{company}')}\ndate: 2025-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}\n${forced ? 'tactful: letter\n' : ''}---`);
	else if (forced) add('---\ntactful: letter\n---');
	add(fill(r.pick(GREETINGS)));
	add(`${fill(r.pick(ACKNOWLEDGE))} ${fill(r.pick(UNDERSTAND))}`);
	add(quote(sentences(QUOTES, 2)));
	add(`${fill(r.pick(REFUSAL))} ${fill(r.pick(EXPLAIN_GOOD))}`);

	// Body sections until the size is reached; the closing moves take about 80 words.
	const closing = 80;
	while (count + closing + 40 < words) {
		const kind = r.int(8);
		if (kind === 0) add(md ? `## ${fill(r.pick(HEADINGS))}` : `${fill(r.pick(HEADINGS)).toUpperCase()}`);
		else if (kind === 1) add(Array.from({ length: 2 + r.int(4) }, () => `${md ? '- ' : '* '}${md ? fill(r.pick(LIST_ITEMS)) : fill(r.pick(LIST_ITEMS)).replace(/\[([^\]]+)\]\(([^)]+)\)/, '$1 ($2)')}`).join('\n'));
		else if (kind === 2 && md) add('```text\n' + fill(r.pick(CODE)) + '\n```');
		else if (kind === 3) add(quote(sentences(QUOTES, 1 + r.int(2))));
		else if (kind === 4) add(sentences([...EXPLAIN_BAD, ...FILLER], 3 + r.int(3)));
		else if (kind === 5) add(`${sentences(ALTERNATIVES, 1)} ${sentences(POSITIVE, 1)} ${sentences(FILLER, 1 + r.int(3))}`);
		else if (kind === 6 && md) add(`${sentences(FILLER, 2)} See [the ${fill('{month}')} schedule](${fill('{url}')}) and the \`plan-v${r.int(9)}.pdf\` attachment for details.`);
		else add(sentences([...FILLER, ...EXPLAIN_GOOD], 3 + r.int(4)));
	}
	add(`${fill(r.pick(ALTERNATIVES))} ${fill(r.pick(POSITIVE))}`);
	add(`${fill(r.pick(EMPATHY))} ${fill(r.pick(OPEN))}`);
	add(`${r.pick(SIGN_OFFS)}\n${r.pick(NAMES)} ${r.pick(SURNAMES)}`);
	return out.join('\n\n') + '\n';
}

/** Meeting notes: prose that is not a decline letter, which Tactful must leave alone. */
export function notes(words, format = 'markdown', seed = SEED) {
	const r = prng(seed ^ words ^ 0x3c);
	const fill = filler(r);
	const out = [format === 'markdown' ? `# Notes, ${fill('{day} {date}')}` : `Notes, ${fill('{day} {date}')}`];
	let count = 4;
	while (count < words) {
		const block = r.chance(0.4)
			? Array.from({ length: 2 + r.int(3) }, () => `- ${fill(r.pick(NON_LETTER))}`).join('\n')
			: Array.from({ length: 2 + r.int(3) }, () => fill(r.pick([...NON_LETTER, ...FILLER]))).join(' ');
		out.push(block);
		count += countWords(block);
	}
	return out.join('\n\n') + '\n';
}

export const SIZES = [200, 2_000, 20_000, 200_000, 1_000_000];

/** A 40-word letter: for the CLI, the cost of starting up and checking almost nothing. */
const TINY = 'Hi Dana,\n\nThanks for asking about the earlier date. Unfortunately we can\'t move it, because the print slot is fixed. We can send the first half on Friday. Sorry for the trouble, and let me know what works.\n\nBest,\nLee\n';

/**
 * The CLI corpus: `n` files of 120–700 words, 70% Markdown, 30% plain text, one in ten meeting notes.
 * Returns [{ name, text }].
 */
export function corpus(n = 2000, seed = SEED) {
	const r = prng(seed ^ 0xc0);
	const files = [];
	for (let i = 0; i < n; i++) {
		const md = r.next() < 0.7;
		const size = 120 + r.int(580);
		const s = seed + i * 7919;
		const text = r.next() < 0.1 ? notes(size, md ? 'markdown' : 'plaintext', s) : letter(size, md ? 'markdown' : 'plaintext', s);
		files.push({ name: `letter-${String(i).padStart(4, '0')}.${md ? 'md' : 'txt'}`, text });
	}
	return files;
}

/**
 * Writes the CLI workloads under `dir` (again only when the generator changed): `letters/` with the corpus and
 * `letter-2k.md`. Returns { dir, letters, files (paths, sorted), words (corpus total), letter2k }.
 */
export function writeWorkloads(dir, { corpusSize = 2000 } = {}) {
	const stamp = join(dir, 'VERSION');
	const want = `${GENERATOR_VERSION} ${SEED} ${corpusSize}`;
	const letters = join(dir, 'letters');
	const files = corpus(corpusSize);
	if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== want) {
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(letters, { recursive: true });
		for (const f of files) writeFileSync(join(letters, f.name), f.text);
		writeFileSync(join(dir, 'letter-2k.md'), letter(2_000, 'markdown', SEED, { forced: true }));
		writeFileSync(join(dir, 'letter-tiny.md'), TINY);
		writeFileSync(stamp, want);
	}
	return {
		dir,
		letters,
		files: files.map((f) => join(letters, f.name)),
		words: files.reduce((n, f) => n + countWords(f.text), 0),
		letter2k: join(dir, 'letter-2k.md'),
		tiny: join(dir, 'letter-tiny.md'),
	};
}

export { countWords };

if (import.meta.url === `file://${process.argv[1]}`) {
	const { letters } = writeWorkloads(join(tmpdir(), 'tactful-bench'));
	console.log(`workloads in ${letters}`);
	for (const size of SIZES) for (const format of ['markdown', 'plaintext']) console.log(format, size, countWords(letter(size, format)));
}
