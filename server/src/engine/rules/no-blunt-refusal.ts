import type { Rule } from './rule';
import { PhraseTable, removalFix, reportPhrases, voiceOf, WINDOW, type PhraseEntry } from './phrase';

/** Who refuses: the writer, their team, or their firm speaking of itself. */
const SUBJ = "(?:we|I|(?:the|our)(?: [a-z]+){0,2} (?:firm|company|practice|agency|studio|committee|panel|board|council|school|trust|university|college|bank|hotel|clinic|surgery|department|office|club|society|fund|foundation|charity|library|team|crew|staff|drivers|kitchen|workshop|headteacher|head teacher|principal|trustees))";
const ADV = '(?:simply|just|completely|totally|absolutely|frankly|practically|virtually|quite|literally|really|therefore|unfortunately|currently|still|sadly|afraid)';

/**
 * Words after "can't" that make it a figure of speech or an honest fact, not a refusal: "can't wait", "can't thank
 * you enough", "can't tell you how pleased", "can't guarantee", "cannot offer it to anyone else on the list".
 */
const CANT_OK =
	' (?:' +
	[
		"(?:\\w+ )?(?:thank|praise|recommend|commend|rate|stress|emphasi[sz]e|overstate|say|apologi[sz]e|speak \\w+ highly of)\\b[^.!?]{0,40}\\benough\\b",
		'wait', 'help (?:but|feeling|thinking|noticing|wondering|smiling|it)', 'begin to', 'tell you (?:how|what|enough)', 'express (?:how|what|our|my)',
		'imagine', 'believe', 'agree more', 'deny', 'fault', 'blame you', 'complain', 'resist', 'ignore', 'overstate', 'emphasi[sz]e',
		'see (?:why not|any reason|anything|any (?:problem|issue|fault|error|sign)|what|where|why)', 'see(?=\\s*[.!?,;]|$)',
		// A hedge about the future, not a door shut: "I can't see us doing that one safely".
		'see (?:us|me|myself|it|that|this|them|him|her) \\w+ing', 'vouch', 'warrant', 'remember', 'recall', 'access', 'open (?:the |your |this |that |any )?(?:file|files|attachment|attachments|link|links|document|documents|pdf|email|message|spreadsheet|invoice)', 'download', 'reach', 'get through', 'hear', 'understand',
		'be (?:sure|certain|happier|more|prouder|thankful|grateful|too careful|everywhere)', 'guarantee', 'promise', 'predict', 'foresee',
		'know', 'tell (?:yet|for sure|whether|if|from)', 'say (?:for sure|yet|exactly|whether|which|when|how|for certain)',
		'take (?:full |all the |any |the )?credit', 'argue with', 'stop (?:thinking|smiling|talking)', 'get enough', 'go wrong', 'miss',
		// A third party, not the client, is what "can't" is about: "cannot offer it to anyone on our waiting list".
		'(?:\\w+ ){1,2}(?:it|them|that|this|these|those|the \\w+) to (?:anyone|anybody|someone|other|another)',
	].join('|') +
	')\\b';

/**
 * A limit that lifts when something happens ("can't start until the permits arrive", "not able to confirm it yet"):
 * a fact, not a no. "Until Thursday" or "until the end of May" is a date, and still a refusal of the earlier one.
 */
const WHEN =
	'(?:the )?(?:end|start|beginning|middle|next|following|weekend|week|month|year|new year|spring|summer|autumn|fall|winter|morning|afternoon|evening|' +
	'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|' +
	'tomorrow|today|tonight|\\d)';
const FOR_NOW = `[^.!?;:\\n]{0,60}\\b(?:(?:until|till) (?!${WHEN})(?:the|we|you|they|it|I|our|your|their|a|an|he|she|after|this|that|everything|all)\\b|yet\\s*(?:[.,;:!?]|$))`;

/** A condition, a doubt or a report, not a refusal: "if we can't…", "I don't think we won't…", "nothing we can't fix". */
const NOT_DECLARING = "\\b(?:if|unless|whether|in case|what|why|how|nothing|anything|something|everything|worry|worried|fear|think|hope|sure|know|realise|realize|understand|say|said|saying)(?: that)? $";

/** Things "we won't" happily promises: "we won't let you down", "won't take long", "won't charge you for it". */
const WONT_OK =
	' (?:ever )?(?:' +
	[
		'let', 'take', 'hesitate', 'forget', 'disappoint', 'regret', 'charge', 'bill', 'invoice', 'rest', 'stop', 'leave', 'abandon', 'mind',
		'need', 'have to', 'keep you', 'go (?:over|beyond|anywhere)', 'exceed', 'cost', 'lose', 'miss', 'ignore', 'share', 'sell', 'pass',
		'spam', 'fill', 'send you', 'surprise', 'cut corners', 'compromise', 'publish', 'disclose', 'bother', 'make you', 'ask you', 'judge',
		'hold (?:it|that|this) against', 'be', 'hear', 'know', 'delay', 'add (?:any|hidden|extra)', 'increase', 'raise', 'give up', 'back out',
		'drop', 'walk (?:away|off|out)', 'quit', 'waste', 'rush you', 'pressure', 'push', 'settle', 'change (?:the|your|our) (?:price|rate|fee)',
	].join('|') +
	')\\b';

/** "is not possible" / "impossible" → the same copula with "not realistic" (or another adjective). */
function notAdjective(matched: string, adjective: string): string {
	const plain = matched.replace(/\s+/g, ' ').replace(new RegExp(` ${ADV}(?= )`, 'gi'), '');
	if (/possible$/i.test(plain) && !/impossible$/i.test(plain)) return plain.replace(/possible$/i, adjective);
	const head = plain.replace(/\s*impossible$/i, '');
	const formal = voiceOf(matched).formal;
	const m = /^(.*?)(?:(['’]s|['’]ll be|['’]d be)|(\bis|\bare|\bwas|\bwere|\bwill be|\bwould be))$/i.exec(head);
	if (!m) return `not ${adjective}`;
	const pron = m[1];
	const verb = (m[2] ?? m[3]).replace(/['’]/g, "'").toLowerCase();
	const neg: Record<string, [string, string]> = {
		"'s": ["isn't", 'is not'], is: ["isn't", 'is not'], are: ["aren't", 'are not'], was: ["wasn't", 'was not'], were: ["weren't", 'were not'],
		"'ll be": ["won't be", 'will not be'], 'will be': ["won't be", 'will not be'], "'d be": ["wouldn't be", 'would not be'], 'would be': ["wouldn't be", 'would not be'],
	};
	const [short, long] = neg[verb] ?? ["isn't", 'is not'];
	return `${pron.trimEnd()}${pron ? ' ' : ''}${formal && !m[2] ? long : short} ${adjective}`;
}

/** Rewrites of "we can't / we're unable to / we won't be able to …" that keep the following verb. */
function softer(matched: string): string[] {
	const v = voiceOf(matched);
	const tense = /\bwould|wouldn/i.test(matched) ? 'would' : /\b(?:will|won['’]t)\b/i.test(matched) ? 'will' : 'is';
	const be = { is: v.formal ? 'is not' : "isn't", will: v.formal ? 'will not be' : "won't be", would: v.formal ? 'would not be' : "wouldn't be" }[tense];
	return [`it ${be} realistic for ${v.obj} to`, `${v.would} struggle to`, ...(tense === 'is' ? [`${v.have} decided not to`] : [])];
}

/** A policy refusal ending in its verb, owned: "We don't offer" → "it isn't our practice to offer", "we're not set up to offer". */
function practiceRewrites(matched: string): string[] {
	const v = voiceOf(matched);
	const verb = /(\S+)$/.exec(matched)![1].toLowerCase();
	return [`it ${v.formal ? 'is not' : "isn't"} ${v.our} practice to ${verb}`, `${v.be} not set up to ${verb}`];
}

const entries: PhraseEntry[] = [
	{
		// we're unable to / we are not able to / we won't be able to / we would not be able to / we're not in a position to
		match: `${SUBJ}(?:(?: (?:am|are|is)|'m|'re)(?: ${ADV})? (?:unable|not able|not in a position)(?: ${ADV})? to| (?:aren't|isn't)(?: ${ADV})? (?:able|in a position) to| (?:won't|will not|wouldn't|would not|shan't|shall not)(?: ${ADV})? be able to)`,
		notBefore: `${CANT_OK}|${FOR_NOW}`,
		notAfter: `${NOT_DECLARING}|\\b(?:if|unless|otherwise)\\b[^.!?;]*$`,
		suggestions: softer,
	},
	{
		match: `${SUBJ} (?:can't|cannot|can not)(?: ${ADV})?`,
		notBefore: `${CANT_OK}|${FOR_NOW}`,
		// Also not a relative clause about a thing: "shipping a build we can't patch would put you at risk".
		notAfter: `${NOT_DECLARING}|\\b(?:a|an|any|every|some)\\s+[a-z]+\\s+$`,
		suggestions: softer,
	},
	{
		// "We won't be producing further concepts" → "We've decided against producing…"
		match: `${SUBJ}(?: won't| will not|(?:'re| are|'m| am) not going to) be`,
		before: ' \\w+ing\\b',
		notBefore: ' (?:charging|billing|invoicing|increasing|raising|changing the price|leaving|going anywhere|stopping|taking long|cutting corners|sharing|selling|passing|sending you|adding|needing|making you)\\b',
		notAfter: NOT_DECLARING,
		suggestions: (m) => {
			const v = voiceOf(m);
			return [`${v.have} decided against`, `${v.be} not planning on`];
		},
	},
	{
		match: `${SUBJ}(?: won't| will not|(?:'re| are|'m| am) not going to)`,
		notBefore: `${WONT_OK}|${FOR_NOW}`,
		notAfter: NOT_DECLARING,
		suggestions: (m) => {
			const v = voiceOf(m);
			return [`${v.have} decided not to`, `${v.would} rather not`];
		},
	},
	{
		match: `${SUBJ} (?:(?:must|have to|will|would|simply|flatly) )?refuse to`,
		suggestions: (m) => {
			const v = voiceOf(m);
			return [`${v.would} rather not`, `${v.have} decided not to`];
		},
	},
	{
		// "We don't offer refunds", "we never make exceptions", "we don't do Sunday drops", "I don't refund missed lessons"
		// A policy stated about something the client wants back or extra ("we don't release stems" is a plain fact).
		match: `${SUBJ} (?:don't|do not|never) (?:do|offer|give|issue|make|grant|accept|allow|provide|refund|waive|price-match)`,
		before: ' (?:any )?(?:refunds?|discounts?|exceptions?|extensions?|credits?|freebies|favou?rs|rush|weekends?|evenings?|same-day|free|partial|price[- ]match\\w*|deals|custom|bespoke|one-offs?|unpaid|spec(?:ulative)?|overnight|out-of-hours|after-hours|last-minute|early|late|missed|cancell?ed|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|bank holidays?|holidays?|cash|deposits?|fees?|lessons?|sessions?|bookings?)\\b',
		notAfter: NOT_DECLARING,
		suggestions: practiceRewrites,
	},
	{
		// "We don't reuse old units", "we never alter hired suits": the service itself refused as a policy.
		match: `${SUBJ} (?:don't|do not|never) (?:reuse|re-use|recycle|refurbish|repair|alter|modify|customi[sz]e|reprint|resell)`,
		notAfter: NOT_DECLARING,
		suggestions: practiceRewrites,
	},
	{
		// "We are not taking on new commissions" → "We've paused taking on new commissions"
		// "We are not taking on new commissions", "I'm not plastering that room until it's heated".
		match: `${SUBJ}(?: am| are|'m|'re) not (?:currently |presently )?(?!(?:being|going|saying|asking|trying|suggesting|expecting|charging|billing|judging|blaming|complaining|joking|kidding|worried|pushing|rushing|getting|feeling|looking|hearing|seeing|thinking|planning|leaving|ignoring|hiding|pretending|risking|cutting|compromising|skimping|gambling)\\b)(?:\\w{3,}ing(?: on)?)\\b`,
		notBefore: `${FOR_NOW}| (?:any more than|less|fewer|just|only)\\b`,
		notAfter: NOT_DECLARING,
		suggestions: (m) => {
			const v = voiceOf(m);
			return [`${v.have} paused ${(/(\w+ing(?: on)?)$/i.exec(m)?.[1] ?? 'doing this').toLowerCase()}`];
		},
	},
	{
		// "There's no way we can go to 12%" → "It isn't realistic for us to go to 12%"
		match: `(?:(?:there's|there is)(?: ${ADV})? )?no way(?: that)? (?:we|I)(?:'ll| will| can| could| would|'d)?`,
		notAfter: '\\bin $',
		suggestions: (m) => {
			const obj = /\bI(?:'|’|\s|$)/.test(m.replace(/^.*no way(?: that)?\s+/i, '')) ? 'me' : 'us';
			const be = /\b(?:could|would)|['’]d$/i.test(m) ? "wouldn't be" : /\b(?:will)|['’]ll$/i.test(m) ? "won't be" : "isn't";
			return [`it ${be} realistic for ${obj} to`, `${obj === 'me' ? "I'd" : "we'd"} struggle to`];
		},
	},
	{
		match: `(?:there's|there is)(?: ${ADV})? no way`,
		before: ' to ',
		notBefore: ' to (?:know|tell|predict|say|guess|be sure)\\b',
		suggestions: ["it isn't realistic"],
	},
	{
		// "It's impossible to…", "That would be impossible", "A refund is not possible", "it won't be possible"
		match:
			`(?:(?:it|that|this)(?:'s| is| was|'ll be| will be|'d be| would be)|is|are|was|were|will be|would be)(?: ${ADV})? impossible` +
			`|(?:(?:it|that|this)(?:'s| is| was)|is|are|was|were)(?: ${ADV})? not(?: ${ADV})? possible` +
			`|(?:(?:it|that|this) )?(?:isn't|aren't|wasn't|weren't|won't be|will not be|wouldn't be|would not be)(?: ${ADV})? possible`,
		notBefore: ` (?:for (?:anyone|anybody|any \\w+) )?to (?:say|know|tell|predict|foresee|overstate|exaggerate|resist|ignore|imagine|put into words)\\b|${FOR_NOW}`,
		notAfter: '\\b(?:if|unless|whether|when|as far as|where)(?: (?:it|that|this))? $',
		suggestions: (m) => [notAdjective(m, 'realistic'), notAdjective(m, 'feasible')],
		safe: true,
	},
	{
		match: `(?:${ADV} )?out of the question`,
		suggestions: ['not realistic for us', 'more than we can take on'],
		safe: true,
	},
	{
		// "That isn't something we can do" → "That isn't realistic for us"
		match: "(?:isn't|is not|'s not|aren't|are not|'re not) (?:really )?(?:something|anything) (?:that )?(?:we|I|the (?:journal|firm|company|practice|council|school|bank|board|committee|club|gallery|museum|team))(?:'re| are|'m| am)? (?:can|could|are able to|am able to|able to|do|offer|provide)(?: (?:do|offer|commit to|agree to|provide|accommodate|support|allow|manage|help with))?",
		notBefore: '\\s+(?:without|until|unless|on (?:our|my) own)\\b',
		suggestions: (m) => [`${/^(?:aren't|are not|'re not)/i.test(m) ? (/^aren't/i.test(m) ? "aren't" : /^'re/.test(m) ? "'re not" : 'are not') : /^isn't/i.test(m) ? "isn't" : /^'s/.test(m) ? "'s not" : 'is not'} realistic for ${/\bI\b/.test(m) ? 'me' : 'us'}`],
	},
	{
		// "It's not going to happen", "that's not happening"
		match: "(?:it|that|this)(?:'s| is|s)? (?:not (?:gonna|going to) happen|not happening)|(?:isn't|aren't|is not|are not) happening(?! (?:any ?more|again|now)\\b)",
		suggestions: (m) => [`${/^that/i.test(m) ? 'that' : /^this/i.test(m) ? 'this' : 'it'} won't be realistic for us`],
	},
	{
		// "There is absolutely nothing we can do."
		match: `(?:there(?:'s| is)(?: ${ADV})? )?nothing (?:more |else |at all )?(?:that )?(?:we|I) (?:can|could) do`,
		notAfter: `${NOT_DECLARING}|\\b(?:if|unless|whether)\\b[^.!?;]*$`,
	},
	{
		// "Impossible at that notice." as a sentence of its own.
		match: 'impossible',
		sentenceStart: true,
		suggestions: ['Not realistic'],
		safe: true,
	},
	{
		// "The answer is no", "I'm afraid the answer has to be no."
		match: "(?:the|my|our) answer(?: (?:is|has to be|must be|will have to be)|'s)(?: a)?(?: firm| flat| definite)? no\\b",
		notBefore: '\\s*[-–]?\\s*(?:longer|doubt|problem)\\b',
		suggestions: ["we've decided not to go ahead", "we won't be going ahead this time"],
	},
	{
		// "Can't do a copy of their logo, no chance." at the end of a clause.
		match: 'no way|no chance|not a chance',
		after: ',[^\\S\\n]*$',
		before: '\\s*[.!]',
		suggestions: ["I'm afraid not"],
	},
	{
		// Slamming the door: "Please do not contact us again about this."
		match: "(?:please )?(?:do not|don't) (?:contact|email|e-mail|call|phone|write to|message) (?:us|me|this office) (?:again|further)",
		// No rewrite: what to say instead depends on why the writer wants the conversation over.
		fixes: () => [],
	},
	{
		match: 'no can do',
		notBefore: '\\s*[.!,;]',
	},
	{
		// Flat interjections, as a sentence of their own: "No way.", "Absolutely not!", "Not a chance."
		match: 'no way|no chance|not a chance|absolutely not|definitely not|certainly not|no can do|nope',
		sentenceStart: true,
		before: '\\s*[.!,;]',
		suggestions: ["I'm afraid not"],
		safe: true,
	},
	{
		// A bare "No." opening a paragraph; not "No. 20".
		match: 'no',
		sentenceStart: true,
		after: '(?:^|\\n|[.!?]\\s)[^\\S\\n]*$',
		before: '\\s*[.!]+(?!\\s*\\d)',
		fixes: (m, ctx) => {
			// The full stop goes too when it follows on the same line. The check above reads the masked prose, where a
			// comment or code between the word and the stop is blank: the text may hold no stop there at all.
			const stop = /^[ \t]*[.!]+/.exec(ctx.doc.text.slice(m.end, m.end + WINDOW));
			const end = m.end + (stop?.[0].length ?? 0);
			return [removalFix(ctx.doc.text, m.start, end, true), { title: `Replace with "I'm afraid not"`, edits: [{ start: m.start, end: m.end, newText: "I'm afraid not" }] }];
		},
	},
	{
		// "Not doing the top floor without a ladder licence." (the subject left out)
		match: 'not (?:doing|touching|taking|offering|accepting|refunding|giving|changing|moving|extending|budging|selling|reusing|waiving)',
		sentenceStart: true,
	},
	{
		// "Can't match that quote, sorry." (the subject left out)
		match: "can't|cannot|won't",
		sentenceStart: true,
		notBefore: `${CANT_OK}|${WONT_OK}`,
	},
	{
		// "Friday won't work", "that wouldn't work for us"
		match: "(?:won't|will not|wouldn't|would not) work(?: for (?:us|me))?",
		notBefore: ' (?:properly|correctly|well|offline|on(?! (?:(?:a |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|day|date|night)s?|the \\d|\\d))|with|without|in|if|unless|until|anymore|any more|at all|again)\\b',
		notAfter: '\\b(?:if|unless|whether|why|how|worry|worried|afraid that|make sure)\\b[^.!?;]*$',
		suggestions: (m) => {
			const would = /would/i.test(m);
			const formal = voiceOf(m).formal;
			return [`${would ? (formal ? 'would not' : "wouldn't") : formal ? 'will not' : "won't"} be realistic for ${/me$/i.test(m) ? 'me' : 'us'}`, `would be a stretch for ${/me$/i.test(m) ? 'me' : 'us'}`];
		},
	},
	{
		// Ultimatums.
		match: "take it or leave it|no exceptions|(?:and )?that(?:'s| is) final|(?:and )?(?:this|the|our|my) decision(?:'s| is) final|end of (?:story|discussion)",
		fixes: (m, ctx, around) => [
			removalFix(ctx.doc.text, m.start, m.end, around.atStart),
			...(/^take/i.test(m.text) ? [{ title: 'Replace with "and I hope that still works for you"', edits: [{ start: m.start, end: m.end, newText: 'and I hope that still works for you' }] }] : []),
		],
	},
	{
		// "Your request has been declined": a closed door in the passive voice, with nobody behind it.
		match: '(?:has|have|had) been (?:declined|refused|rejected|denied|turned down)|(?:will|shall) not be (?:responded to|considered|accepted|entertained|answered|refunded|reviewed)',
		after: '\\b(?:request|application|appeal|claim|booking|order|proposal|submission|enquiry|inquiry|offer|bid|quote|ask|reservation|return|refund|extension|exemption|waiver|permit|licen[cs]e|transfer|change|correspondence|letter|e-?mail|message|call|query|queries|complaint)s?\\b[^.!?\\n]{0,60}$',
		suggestions: ['could not be approved this time', 'was not one we could approve'],
	},
	{
		// "The underwriter has declined your request": the same closed door, said by someone else.
		match: '(?:has|have|had) (?:declined|refused|rejected|denied|turned down)',
		before: ' your (?:request|application|appeal|claim|proposal|submission|booking)\\b',
		suggestions: ['was not able to approve'],
	},
	{
		match: '(?:non|not)[- ]negotiable|not up for (?:discussion|debate|negotiation)|(?:a )?non-?starter',
		suggestions: ['fixed'],
	},
];

// The fix builders read the match, what is around it and the rest of its line (removalFix): reports are kept per chunk.
// The first entries all start with the subject, whose "the/our … firm" branch is most of this table's scan (bench/analysis.md,
// session 8): matched once for them. Its variants end at different nouns and every entry goes on with a verb.
const table = new PhraseTable(entries, { localFixes: true, sharedPrefix: SUBJ });

export const noBluntRefusal: Rule = {
	meta: {
		id: 'no-blunt-refusal',
		step: 'positive',
		severity: 'warning',
		description: 'Flat refusals and ultimatums ("we can\'t", "it\'s impossible", "take it or leave it") instead of saying what you can do.',
		rationale:
			'A flat "we can\'t" ends the conversation: the client hears a closed door and nothing to act on. Framing the answer around what is possible (a later date, a smaller version, a referral) keeps them working with you. When a no has to be said, one soft, honest sentence with its reason is enough.',
		examples: [
			{ bad: 'It is impossible to deliver all 40 pages by Thursday.', fixed: 'It is not realistic to deliver all 40 pages by Thursday.' },
			{ bad: 'A full refund is out of the question.', fixed: 'A full refund is not realistic for us.' },
			{ bad: "Unfortunately we can't move the launch to Friday.", fixed: "Unfortunately it isn't realistic for us to move the launch to Friday." },
			{ bad: 'No. The price stays at $1,800.', fixed: 'The price stays at $1,800.' },
			{ bad: 'The quote is $1,800, take it or leave it.', fixed: 'The quote is $1,800.' },
			{ good: "We can't wait to see the finished site, and we can't thank you enough for the referral." },
			{ good: 'What we can do is deliver the homepage by Friday and the rest on the 14th.' },
		],
		fixable: true,
	},
	check(ctx) {
		reportPhrases(
			ctx,
			table,
			'"{0}" is a flat refusal: lead with what you can do (a later date, a smaller version, a referral), and if you must say no, say it once, softly, with the reason.',
			{ safe: false },
		);
	},
};
