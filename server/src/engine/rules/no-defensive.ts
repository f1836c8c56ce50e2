import type { Rule } from './rule';
import { PhraseTable, removalFix, removeMatch, replacementFixes, reportPhrases, usesCurly, voiceOf, type Around, type PhraseEntry, type PhraseMatch } from './phrase';

const SAID = '(?:said|mentioned|explained|stated|noted|told you|pointed out|made clear)';
const AGAIN = '(?:before|already|earlier|previously|several times|many times|multiple times|more than once|twice|repeatedly)';

/** A comma (or colon) follows: "To recap," fits; otherwise the phrase leads into more words ("…on the phone, …"). */
const pauseAfter = (around: Around) => /^\s*[,:;—–]/.test(around.after);

/** Replacement fixes whose first is safe only when `safe` holds for this match. */
const replace = (suggestions: string[], safe: boolean) => (m: PhraseMatch, _ctx: unknown, around: Around) =>
	replacementFixes(m, suggestions, safe, { atStart: around.atStart, curly: usesCurly(m.text, around) });

const entries: PhraseEntry[] = [
	{
		// "As I already said", "as I said before", "like I said", "as previously mentioned", "as stated above"
		match:
			`(?:as|like) (?:I|we)(?:'ve| have)? (?:already|previously|clearly) ${SAID}(?: ${AGAIN})?` +
			`|(?:as|like) (?:I|we)(?:'ve| have)? ${SAID} ${AGAIN}` +
			'|like I said' +
			"|(?:I|we)(?:'ve| have) been doing this (?:job |work )?(?:for )?(?:\\w+ )?(?:years|decades)" +
			"|(?:I'm|I am|we're|we are) not being (?:awkward|difficult|funny|unreasonable|petty|rude|picky|fussy|obstructive|unhelpful)" +
			'|(?:I|we) would (?:also )?(?:like to )?point out|(?:I|we) must point out|may I point out' +
			'|as (?:I|we) (?:said|told you|explained) (?:on the (?:phone|call)|in (?:my|our) (?:last |previous |earlier )?(?:email|e-mail|message|letter|note)|last (?:week|time)|yesterday)' +
			'|as (?:stated|set out|specified|written|laid out|explained|outlined|detailed|shown) (?:in|on) (?:our|the|your|my) (?:[\\w-]+ )?(?:website|site|web page|page|form|sign|booking form|terms|contract|agreement|policy|t&cs|conditions|tenancy|documentation|handbook|guide|paperwork|small print|letter|email|e-mail|message|reply)(?: and conditions)?' +
			'|as (?:previously|already) (?:stated|mentioned|discussed|explained|advised|noted|communicated|indicated|outlined)' +
			'|as (?:stated|mentioned|explained|noted|advised) (?:previously|already|before|earlier|above)',
		fixes: (m, ctx, around) => replace(pauseAfter(around) ? ['To recap', 'As a reminder'] : ['As we discussed', 'As I mentioned'], pauseAfter(around))(m, ctx, around),
		message: '"{0}" tells the client they should have listened the first time. Make the point again as if for the first time: a short recap is kinder.',
	},
	{
		match: '(?:as )?per my (?:last|previous|earlier|prior|original) (?:email|e-mail|mail|message|letter|note|reply)',
		message: '"{0}" tells the client they should have listened the first time. Make the point again as if for the first time: a short recap is kinder.',
		fixes: (m, ctx, around) => {
			const noun = /(\w+ [\w-]+)$/.exec(m.text.replace(/\s+/g, ' '))![1].toLowerCase();
			const options = [`To recap my ${noun}`, `As I mentioned in my ${noun}`];
			return replace(pauseAfter(around) ? options : options.reverse(), pauseAfter(around))(m, ctx, around);
		},
	},
	{
		// "You were told this at the consultation", "as you were advised"
		match: '(?:as )?you were (?:clearly |already )?(?:told|informed|advised|warned|reminded)',
		notBefore: ' (?:\\w+ )?(?:wrong|incorrect\\w*|by mistake|by our|that we could)',
		notAfter: "(?:sorry|apologi[sz]e|regret|shame|pity)(?: that)? $",
	},
	{
		match:
			'(?:I|we)(?:\'ve| have) already (?:told|explained to|said to|informed) you' +
			"|(?:I|we) (?:already )?told you (?:that |this |so )?(?:last (?:time|week|month|year)|before|already|twice|on the (?:phone|call)|yesterday)" +
			"|(?:we(?:'ve| have)|I(?:'ve| have)) (?:already )?had this (?:conversation|discussion|talk|argument) (?:before|already|twice|more than once|(?:two|three|four|five|several|many) times)",
		message: '"{0}" tells the client they should have listened the first time. Make the point again as if for the first time: a short recap is kinder.',
	},
	{
		match: 'for the (?:second|third|fourth|fifth|last|umpteenth|hundredth) time',
		message: '"{0}" tells the client they should have listened the first time. Make the point again as if for the first time: a short recap is kinder.',
		sentenceStart: true,
		before: '\\s*,',
		fixes: removeMatch,
	},
	{
		// "It's written in black and white in the form" → "It's written in the form"
		match: 'in black and white',
		inSentence: '\\b(?:written|stated|set out|says|said|spelled out|spelt out|signed|agreed)\\b',
		message: '"{0}" tells the client they should have read it. Point to where it is written, kindly, or quote it.',
		fixes: removeMatch,
	},
	{
		// "Obviously I can't refund you" → "I can't refund you"; not "you're obviously disappointed".
		match: 'obviously',
		// Defensive when it props up a no ("Obviously I can't refund you"); "obviously that's your call" defers.
		inSentence: "\\b(?:not|no|never|nothing|cannot|unable|without)\\b|n't\\b",
		message: '"{0}" implies the client should have known. Leave it out: the point stands without it.',
		notBefore: ',?(?: [^\\s.!?]+){0,3} (?:disappointed|disappointing|frustrat\\w*|upset|annoy\\w*|keen|eager|important|excited|busy|stress\\w*|worried|concerned|inconvenien\\w*|love|happy|glad|delighted|want|care|a (?:blow|shame|pity)|not (?:what|the news))\\b',
		fixes: removeMatch,
	},
	{
		// "Clearly you missed…", "you clearly didn't read…": the "clearly" goes, the rest stays for the writer to judge.
		match: 'clearly,? you|you (?:very |quite )?clearly',
		message: '"{0}" implies the client should have known. Leave it out: the point stands without it.',
		before: " (?:\\w+ )?(?:didn't|did not|don't|do not|haven't|have not|hadn't|weren't|aren't|missed|misunderstood|misread|forgot|ignored|overlooked|skipped|failed|need(?:ed)? to|should|must|can't|cannot|won't|were expecting|expected|assumed|thought|had in mind|were hoping)\\b",
		fixes: (m, ctx, around) => {
			const at = /clearly,?/i.exec(m.text)!;
			const start = m.start + at.index;
			return [removalFix(ctx.doc.text, start, start + 'clearly'.length, around.atStart && at.index === 0)];
		},
	},
	{
		match: 'clearly (?:stated|explained|written|set out|marked|shown|indicated|outlined|specified|laid out)',
		message: '"{0}" implies the client should have known. Leave it out: the point stands without it.',
		notAfter: "(?:\\bwill|'ll|\\bto|\\bbe|\\bbeen)(?: \\w+)? $",
		fixes: (m, ctx) => [removalFix(ctx.doc.text, m.start, m.start + 'clearly'.length, false)],
	},
	{
		match: 'with all due respect|no offen[cs]e(?:,? but)?|needless to say|(?:quite )?frankly|to be frank|quite honestly|if I(?:\'m| am) (?:being )?honest',
		notAfter: '(?:speak|talk|speaking|talking|tell you|discuss) $',
		message: '"{0}" warns that something unwelcome is coming, so the client braces for a fight. Leave it out and make the point plainly.',
		fixes: removeMatch,
	},
	{
		// "For the record, I did send it"; not "for the record, your team was a pleasure".
		match: 'for the record',
		inSentence: "\\b(?:not|no|never|nothing|cannot|(?:I|we) (?:did|had|told|said|sent|mentioned|explained))\\b|n't\\b",
		message: '"{0}" sets up a point scored against the client. Leave it out and make the point plainly.',
		fixes: removeMatch,
	},
	{
		// "With respect, …" opening a sentence; not "we treat everyone with respect".
		match: 'with (?:the greatest |great )?respect',
		message: '"{0}" warns that something unwelcome is coming, so the client braces for a fight. Leave it out and make the point plainly.',
		sentenceStart: true,
		before: '\\s*,',
		fixes: removeMatch,
	},
	{
		match: "(?:I'm|I am|we're|we are) not sure why you|(?:I|we) (?:don't|do not|fail to) (?:know|understand|see) why you",
		suggestions: (m) => [`${voiceOf(m).would} like to understand why you`],
		message: '"{0}" sounds like an accusation. If you need their reasons, ask for them openly.',
	},
	{
		// "As you should know" → "As you may know"
		match: 'as you (?:should|must|surely|no doubt|ought to)(?: (?:already|well))? (?:know|be aware|remember|realise|realize|appreciate|have (?:seen|read|noticed|known))|as you (?:are|were) (?:surely|no doubt|well) aware|as you(?:\'ll| will) (?:no doubt |surely |already )?be aware|you can (?:hardly|scarcely) (?:dispute|argue|complain|claim|expect|blame|say|deny)',
		suggestions: (m) => [
			m
				.replace(/\s+/g, ' ')
				.replace(/\b(?:are|were) (?:surely|no doubt|well) aware/i, 'may be aware')
				.replace(/\b(?:should|must|surely|no doubt|ought to)(?: (?:already|well))? /i, 'may '),
		],
		safe: true,
		message: '"{0}" scolds the client for not knowing. "As you may know" gives the same reminder kindly.',
	},
	{
		match: 'just to be clear|let me be (?:very |absolutely |perfectly |crystal )?clear|to be (?:perfectly|absolutely|crystal|very) clear|I want to (?:be|make (?:it|this)) (?:very |absolutely )?clear',
		fixes: (m, ctx, around) => replace(pauseAfter(around) ? ['To clarify'] : [], true)(m, ctx, around),
		message: '"{0}" reads as impatience. "To clarify", or simply the point itself, is kinder.',
	},
	{
		// "Going forward, please check your proofs" → "Next time, it may help to check your proofs"
		match: '(?:going forward|moving forward|in (?:the )?future|next time|from now on),? (?:please|you (?:should|must|need to|will need to))',
		suggestions: ['next time, it may help to'],
		message: '"{0}…" lectures the client about next time. Frame it as help: what would make the next order go smoothly.',
	},
	{
		match: "(?:not|isn't|wasn't) (?:my|our) (?:fault|problem|responsibility|concern|job)|(?:the )?(?:mistake|error|fault|problem|blame) (?:is|was|lies) not (?:ours|mine|with us|with me)",
		message: '"{0}" sounds defensive: the client wants to know what happens next, not who is to blame. Say what you can do about it.',
	},
	{
		match: "(?:it's|it is|that's|that is|this is|is|are|was|were)(?: (?:frankly|honestly|quite|simply|just|a bit|rather|really|totally|completely|frankly))? (?:ridiculous|absurd|outrageous|unreasonable|insane|crazy|silly|laughable)",
		notBefore: ' how\\b',
		message: '"{0}" dismisses the client\'s request. Treat it as a fair question and answer it with your reason.',
	},
	{
		match: "(?:may I|can I|let me|(?:I|we)(?:'d| would)(?: like to)?|(?:I|we) (?:must|have to|need to)|I'll|we'll) remind you(?: (?:again|once again))?(?: that)?",
		fixes: (m, ctx, around) =>
			replace(/that$/i.test(m.text) ? ['as a reminder,'] : /^\s*:/.test(around.after) ? ['as a reminder'] : [], true)(m, ctx, around),
		message: '"{0}" talks down to the client. If the point needs repeating, repeat it kindly: "As a reminder," is enough.',
	},
	{
		match: "(?:I|we)(?:'d| would) have (?:thought|expected)",
		message: '"{0}" is passive-aggressive: it tells the client they fell short of what you expected. Say plainly what you need from them.',
	},
	{
		match: "you(?:'re| are) (?:simply |just |clearly )?(?:wrong|mistaken|confused)",
		suggestions: (_m, around) => (/^\s*(?:about\b|[.!?,;])/.test(around.after) ? ["I think there's been a misunderstanding"] : []),
		message: '"{0}" starts an argument. Describe the misunderstanding, not the client\'s mistake.',
	},
	{
		match: "(?:I|we) (?:don't|do not) appreciate",
		before: ' (?:your|the|being|it when|this|that)\\b',
	},
	{
		match: 'you (?:need|have|must|ought) to (?:understand|realise|realize|appreciate|remember)',
		suggestions: (m) => [/remember$/i.test(m) ? 'it may help to remember' : 'it may help to know'],
		message: '"{0}" lectures the client. Offer the context as useful information instead.',
	},
];

// The fix builders read the match, what is around it and the rest of its line (removalFix): reports are kept per chunk.
const table = new PhraseTable(entries, { localFixes: true });

export const noDefensive: Rule = {
	meta: {
		id: 'no-defensive',
		step: 'empathy',
		severity: 'warning',
		description: 'Defensive, point-scoring or passive-aggressive phrases ("as I already said", "per my last email", "obviously").',
		rationale:
			'A decline lands better when the client feels you are on their side. Reminders that you said it before, "obviously" and "with all due respect" tell them they should have known, so they read the rest of the letter as a telling-off rather than a reason.',
		examples: [
			{ bad: 'As I already said, the quote covers three concepts.', fixed: 'To recap, the quote covers three concepts.' },
			{ bad: 'Per my last email, the deposit is non-refundable.', fixed: 'To recap my last email, the deposit is non-refundable.' },
			{ bad: "Obviously, we can't print on Sunday.", fixed: "We can't print on Sunday." },
			{ bad: 'With all due respect, the contract sets the date.', fixed: 'The contract sets the date.' },
			{ good: "As I mentioned on the phone, I know you're obviously disappointed, and we'll treat this with respect." },
		],
		fixable: true,
	},
	check(ctx) {
		reportPhrases(ctx, table, '"{0}" sounds defensive. The client reads it as a telling-off; state the point plainly and kindly instead.', { safe: false });
	},
};
