import type { Fix } from '../types';
import type { Rule, RuleContext } from './rule';
import { PhraseTable, phraseSource, reportPhrases, sentenceAt, sentenceWindow, type Around, type PhraseEntry, type PhraseMatch } from './phrase';

/** Words that introduce a reason: when one follows in the same or the next sentence, the excuse is explained. */
/** Words that bring a reason. Whole words only: "sincere" does not start "since …". */
const REASON = new RegExp(
	phraseSource(
		'\\b(?:because|since|so that|in order to|which is why|(?:it|this|that|which) (?:means|protects|keeps|lets|allows|covers|ensures|stops|prevents|pays for|guarantees|gives)|that way|meaning|otherwise|the reason|why:|to (?:protect|keep|make sure|ensure|cover|avoid|stay|be fair|allow|give|guarantee|prevent|comply)|as (?:we|our|each|every|the|this|it|they|a))(?![\\w\\u2019\\u0027])|:\\s+\\S',
	),
	'i',
);

/** A refusal word in the sentence: "our policy is to refund within 14 days" is no excuse for anything. */
const NEGATIVE = /\b(?:not|no|never|only|unable|cannot|can['’]?t|won['’]?t|don['’]?t|doesn['’]?t|isn['’]?t|decline|refuse|against)\b/i;

/** The rest of the sentence after the match, and the next sentence, give a reason. */
function explained(m: PhraseMatch, ctx: RuleContext): boolean {
	const i = sentenceAt(ctx.sentences, m.start);
	if (i < 0) return false;
	const rest = ctx.doc.reader.slice(m.end, Math.min(ctx.sentences[i].end, m.end + 300));
	const next = i + 1 < ctx.sentences.length ? sentenceWindow(ctx, ctx.sentences[i + 1].start, 300, i + 1) : '';
	return REASON.test(rest) || REASON.test(next);
}

/** The sentence of the match and the one before it ("We can't refund it. It's company policy."). */
function refusalNear(m: PhraseMatch, ctx: RuleContext): boolean {
	const i = sentenceAt(ctx.sentences, m.start);
	return i >= 0 && (NEGATIVE.test(sentenceWindow(ctx, m.start, 300, i)) || (i > 0 && NEGATIVE.test(sentenceWindow(ctx, ctx.sentences[i - 1].end, 300, i - 1))));
}

/**
 * Snippet fixes: the writer types the real reason where the vague one was, or in a sentence of its own right after
 * (for a rule or habit that is stated but not explained). The plain text of the snippet names what to write.
 */
const giveReason = (m: PhraseMatch, _ctx: RuleContext, around: Around): Fix[] => {
	const comma = around.atStart && !/^\s*,/.test(around.after) ? ',' : '';
	const lead = around.atStart ? 'Because' : 'because';
	return [
		{
			title: 'Give the specific reason instead',
			edits: [{ start: m.start, end: m.end, newText: `${lead} the specific reason${comma}`, snippet: `${lead} \${1:the specific reason}${comma}` }],
		},
	];
};
const sayWhy = (lead: string) => (m: PhraseMatch, ctx: RuleContext): Fix[] => {
	const i = sentenceAt(ctx.sentences, m.start);
	if (i < 0) return [];
	const at = ctx.sentences[i].end;
	return [{ title: 'Add the reason behind it', edits: [{ start: at, end: at, newText: ` ${lead} the reason.`, snippet: ` ${lead} \${1:the reason}.` }] }];
};

const entries: (PhraseEntry & { needsRefusal?: boolean })[] = [
	{
		match: 'for (?:various|a variety of|a number of|several|many|numerous|different|certain|some|multiple|a few) reasons',
		notBefore: '\\s*[:—–]|,? (?:including|mainly|mostly|chiefly|primarily|namely|such as|like|the (?:main|biggest|first))\\b',
		fixes: giveReason,
	},
	{
		match:
			'(?:due to|for|because of|owing to) (?:internal|organi[sz]ational|organi[sz]ation|administrative|operational|logistical|business|commercial|company|policy) (?:reasons?|matters|issues|constraints|factors|decisions|considerations|policies|policy|processes|changes)',
		fixes: giveReason,
	},
	{
		match:
			'(?:(?:for|due to) )?(?:reasons|circumstances|factors) (?:beyond|outside(?: of)?) (?:our|my) control' +
			'|(?:due to|owing to|because of|given) (?:the )?(?:unforeseen|unexpected|unavoidable|certain|current|present|exceptional|special|various|recent) (?:circumstances|events|developments|situation|factors)',
		fixes: giveReason,
	},
	{
		match:
			"(?:company|council|school|store|shop|bank|hotel|club|trust|agency|firm|practice|clinic|surgery|venue|studio|office|head office|management|board|college|university|hospital|department|library|government|federal|state|corporate|group) polic(?:y|ies)|(?:our|the company's|the firm's|house|internal|standard) polic(?:y|ies)|(?:it's|it is|that's|that is)(?: (?:just|simply))? (?:our )?policy|policy is policy|against (?:our )?policy",
		needsRefusal: true,
		fixes: sayWhy('The policy is there because'),
	},
	{
		match:
			"(?:it's|it is|that's|that is|this is)(?: (?:just|simply))? (?:how|the way) (?:(?:we|I) do things|(?:we|I) work|things are|it is|(?:we|I) operate|it works|(?:we|I) run things|(?:we|I) do it)(?: (?:here|around here))?" +
			"|it is what it is|(?:that's|that is|it's|it is) how (?:it's|it has|things have|we've|we have) always been(?: done)?|rules are rules|those are the rules|that's the rule|(?:I|we) (?:have|had) (?:our|my) reasons|for obvious reasons" +
			"|(?:it's|it is) (?:just |simply )?not possible (?:right now|at the moment|at this time)|(?:it's|it is) (?:a bit |rather |quite |very )?complicated",
		fixes: sayWhy('The reason is that'),
	},
];

const table = new PhraseTable(entries);
const policies = new Set<PhraseEntry>(entries.filter((e) => e.needsRefusal));

export const noVagueExcuse: Rule = {
	meta: {
		id: 'no-vague-excuse',
		step: 'explain',
		severity: 'warning',
		description: 'Reasons that explain nothing ("for various reasons", "due to internal reasons", "company policy" with no why).',
		rationale:
			'The explanation is what makes a no feel fair. A vague excuse sounds like a brush-off, or like something is being hidden; one specific, honest reason (the time it takes, what it would cost, the quality risk) lets the client accept the answer and plan around it.',
		examples: [
			{ bad: 'Due to internal reasons we are unable to file your return by Friday.' },
			{ bad: "We can't refund the course. It's company policy." },
			{ bad: "We don't release stems. It's just how we do things here." },
			{ good: 'Our company policy is not to refund annual plans, because the annual price is already 30% lower than monthly.' },
			{ good: 'For two reasons: the press is booked, and the ink needs a day to dry.' },
		],
		fixable: false,
	},
	check(ctx) {
		reportPhrases(ctx, table, '"{0}" tells the client nothing. Give the specific reason (the time it takes, the cost, the quality risk) so the no feels fair rather than like a brush-off.', {
			safe: false,
			accept: (m, c) => !explained(m, c) && (!policies.has(m.entry) || refusalNear(m, c)),
		});
	},
};
