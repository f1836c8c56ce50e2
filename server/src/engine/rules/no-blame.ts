import type { Rule } from './rule';
import { PhraseTable, reportPhrases, type PhraseEntry } from './phrase';

/** A past participle or past tense verb (regular, or a common irregular one) starts the text after the match. */
const PAST =
	' (?:\\w+ed|read|told|known|seen|sent|done|made|given|taken|written|thought|brought|spoken|said|gone|come|kept|paid|left|let|put|set|chosen|understood|forgotten|forgot|got|gave|came|went|wrote|took|saw|knew|spoke|chose|sat|stood|heard|met|run|ran|bought|caught|meant|found)\\b';

/** Past participles that report what happened to the client, not what they did wrong ("you should have received"). */
const NOT_FAULT = ' (?:received|got|gotten|had|been (?:told|informed|given|sent|notified|contacted|offered|warned|updated|kept|charged|billed|asked|consulted))\\b';

/** Negated or conditional context: "it's not your fault", "if you didn't get it", "I hope you never have to". */
const NOT_BLAMING = "(?:\\bnot|n't|\\bno|\\bnever|\\bhardly|\\bnone of(?: (?:this|that|it)(?: (?:is|was))?)?|\\bin no way|\\bnothing to do with|\\bif|\\bunless|\\bwhether|\\bin case|\\bhope|\\bsure|\\bsorry|\\bthank(?:s| you)|\\bglad|\\bworry)(?: \\w+){0,2} $";

const entries: PhraseEntry[] = [
	{
		match: 'you failed to',
		notAfter: NOT_BLAMING,
		suggestions: ["you weren't able to", "you didn't get a chance to"],
	},
	{
		match: "(?:it's|it is|it was|that's|that is|that was|this is|this was|is|was|are|were)(?: (?:all|entirely|completely|totally|really|partly|largely))? your (?:fault|mistake|error|problem|responsibility)|(?:that's|that is|it's|it is) on you|your (?:fault|mistake|error),? not (?:ours|mine|ours)",
		notAfter: NOT_BLAMING,
		message: '"{0}" puts the fault on the client. Describe what happened and what you can do now; assigning fault only makes them defend themselves.',
	},
	{
		match: "you should(?:'ve| have)",
		before: PAST,
		notBefore: NOT_FAULT,
		notAfter: NOT_BLAMING,
		// Only where "you should have" opens its clause: "which it might have helped to have read" is no sentence.
		suggestions: (_m, around) => (/\b(?:which|that|what|who|whom|where|when)\s*$/i.test(around.before) ? [] : ['it might have helped to have', 'ideally, you would have']),
	},
	{
		match: "if you(?:'d| had)",
		before: PAST,
		notBefore: `${NOT_FAULT}| (?:liked|preferred|wanted|asked me|asked us)\\b`,
		message: '"{0}…" replays what the client should have done. Say what would help from here instead ("With the files by Monday, we can…").',
	},
	{
		match: "you (?:didn't|did not) (?:even )?(?:bother|read|check|listen|pay attention|follow|care|think|look|respond|reply|answer)|you (?:didn't|did not) even",
		notAfter: NOT_BLAMING,
	},
	{
		match: 'you never',
		before: PAST,
		notAfter: NOT_BLAMING,
	},
	{
		match: 'you (?:keep|kept)(?: on)? (?!(?:getting better|growing|coming back|trusting|choosing|supporting|recommending|sending us)\\b)\\w+ing',
		notAfter: NOT_BLAMING,
	},
	{
		match: 'you were (?:supposed|meant|required|obliged|expected) to|you chose not to',
		notAfter: NOT_BLAMING,
		suggestions: ['the plan was for you to', "we'd agreed that you would"],
	},
	{
		match: 'you forgot to|you (?:signed|agreed) (?:up )?(?:to|for) (?:this|these|that|it|them|the terms)(?: when you (?:joined|signed|booked|registered))?',
		notAfter: NOT_BLAMING,
		suggestions: ["you didn't get a chance to", 'it looks like you didn\'t'],
	},
	{
		match: 'you (?:misunderstood|misread|misinterpreted)',
		notAfter: NOT_BLAMING,
		suggestions: (_m, around) => (/^\s*[.!?,;]/.test(around.after) ? ['there may have been a misunderstanding'] : ['there may have been a misunderstanding about']),
	},
	{
		match: 'you (?:ignored|caused|created (?:this|the) (?:problem|delay|issue|mess))',
		notAfter: NOT_BLAMING,
	},
	{
		match: 'because of you',
		notAfter: '(?:thank|thanks|grateful|happy|proud|possible|success|successful|grew|grown|growing|thriving|here|all|only)\\b[^.!?]{0,40}$',
		notBefore: ',? (?:that )?(?:we|our|I)\\b[^.!?]{0,40}\\b(?:grew|grown|thriv\\w*|succeed\\w*|better|happy|proud|possible|able)\\b',
		message: '"{0}" puts the fault on the client. Name the cause itself (the late files, the changed brief) without pointing at them.',
	},
];

const table = new PhraseTable(entries);

export const noBlame: Rule = {
	meta: {
		id: 'no-blame',
		step: 'empathy',
		severity: 'warning',
		description: 'Sentences that put the fault on the client ("you failed to", "your fault", "you should have").',
		rationale:
			'Even when the client caused the problem, blaming them turns a decline into an argument: they stop listening to your reasons and start defending themselves. Describing what happened neutrally, and what you can do now, shows you are on their side.',
		examples: [
			{ bad: 'You were supposed to send the photos by Monday.', fixed: 'The plan was for you to send the photos by Monday.' },
			{ bad: 'You failed to mention the venue colours until the day before.', fixed: "You weren't able to mention the venue colours until the day before." },
			{ bad: 'You should have checked the proof before approving it.', fixed: 'It might have helped to have checked the proof before approving it.' },
			{ good: "None of this is your fault, and you should have received the invoice by now." },
			{ good: "If you'd like, we can talk it through on Friday." },
		],
		fixable: false,
	},
	check(ctx) {
		reportPhrases(ctx, table, '"{0}" blames the client. Describe what happened neutrally and move to what you can do; blame makes them defend themselves instead of reading your reasons.', { safe: false });
	},
};
