import type { Rule } from './rule';
import { PhraseTable, reportPhrases } from './phrase';

/** Words that give the reason right there, so "out of scope" is explained rather than hidden behind. */
const EXPLAINS = '(?:because|since|as (?:the|our|we|it|this)|which (?:means|is why|covers|includes|is)|given that|the (?:contract|agreement|proposal|quote|brief|SOW|retainer) (?:covers|includes|lists|only))';

const table = new PhraseTable([
	{ match: 'bandwidth', suggestions: ['time', 'capacity'], notAfter: '(?:network|internet|server|upload|download)\\s+' },
	{ match: 'circle back', suggestions: ['follow up', 'come back to you'] },
	{ match: 'circl(?:ed|es|ing) back', suggestions: (m) => (/ed/i.test(m) ? ['followed up'] : /ing/i.test(m) ? ['following up'] : ['follows up']) },
	{ match: 'touch base', suggestions: ['talk', 'check in'] },
	{ match: 'touch(?:ed|es|ing) base', suggestions: (m) => (/ed/i.test(m) ? ['talked'] : /ing/i.test(m) ? ['talking'] : ['talks']) },
	{ match: 'synerg(?:y|ies)', suggestions: ['benefit', 'fit'] },
	{ match: 'leverag(?:e|ing)', suggestions: (m) => (/ing$/i.test(m) ? ['using', 'making use of'] : ['use', 'make use of']), notBefore: '\\s+(?:ratio|buyout)' },
	{
		match: 'out of scope',
		suggestions: ['not part of what we agreed', 'outside what we agreed'],
		message: '"{0}" is contract jargon: say what was agreed and why this falls outside it.',
		// Explained in the same sentence: "out of scope because the contract covers the website only".
		notBefore: `[^.!?\\n]{0,60}?\\b${EXPLAINS}`,
		notAfter: `\\b${EXPLAINS}[^.!?]*`,
	},
	{ match: 'scope creep', suggestions: ['extra work beyond what we agreed'] },
	{ match: 'ad[- ]hoc', suggestions: ['one-off', 'as they come in'] },
	{ match: 'heads[- ]down', suggestions: ['fully busy'] },
	{ match: 'go-forward', suggestions: ['future'] },
	{ match: 'pursuant to', suggestions: ['under'] },
	{ match: 'compliance framework', suggestions: ['the rules we must follow'] },
	{ match: 'share of voice', suggestions: ['how often you are mentioned next to your competitors'] },
	{ match: 'earned media', suggestions: ['press coverage'] },
	{ match: 'spin(?:ning|s)? up', suggestions: (m) => (/ning/i.test(m) ? ['setting up'] : /s up/i.test(m) ? ['sets up'] : ['set up']) },
	// "action" as a verb: "we can't action this", "to action ad-hoc requests".
	{ match: 'action(?:ed|ing)?', after: "\\b(?:to|can't|cannot|can|will|won't|we'll|I'll|we|I|be|been|get|not|please|and) $", notAfter: '\\bcalls? to $', notBefore: '\\s+(?:plan|plans|point|points|item|items|list|figure|figures|movie|film|hero)\\b', suggestions: (m) => (/ed$/i.test(m) ? ['dealt with', 'handled'] : /ing$/i.test(m) ? ['dealing with', 'handling'] : ['deal with', 'handle']) },
	{ match: 'low-hanging fruit', suggestions: ['quick wins', 'easy improvements'] },
	{ match: 'move the needle', suggestions: ['make a real difference'] },
	{ match: 'deep dive', suggestions: ['close look', 'detailed review'] },
	{ match: 'blocked on', suggestions: ['waiting on'] },
	{ match: 'align on', suggestions: ['agree on'] },
	{ match: 'sync up', suggestions: ['talk', 'catch up'] },
	{ match: 'loop back', suggestions: ['follow up', 'come back to you'] },
	{ match: 'headcount', suggestions: ['people', 'staff'] },
	{ match: 'EOD', suggestions: ['the end of the day'], exactCase: true },
	{ match: 'COB', suggestions: ['the close of business'], exactCase: true },
	{ match: 'action items?', suggestions: (m) => (/s$/i.test(m) ? ['next steps'] : ['next step']) },
	{ match: 'take (?:this|it) offline', suggestions: ['talk about this separately'] },
	{ match: 'resourc(?:e|ing) constraints?', suggestions: ['not enough people free'] },
	{ match: 'capacity constraints?', suggestions: ['not enough people free'] },
	{ match: 'paradigm shift', suggestions: ['big change'] },
	{ match: 'per (?:our|the) SOW', suggestions: ['under our agreement'] },
	{ match: 'risk appetite', suggestions: ['how much risk we can take on'] },
	{ match: '(?:zero[- ]trust|security) posture', suggestions: ['security rules'] },
	{ match: 'decisioning(?: framework| criteria| process| model)?', suggestions: ['decision process', 'criteria'] },
]);

export const noJargon: Rule = {
	meta: {
		id: 'no-jargon',
		step: 'explain',
		severity: 'warning',
		description: 'Business jargon and acronyms that hide the reason behind a refusal.',
		rationale:
			'An explanation only builds trust if the client can follow it. Jargon such as "bandwidth" or "out of scope" sounds like a formula and makes the reason feel evasive; plain words make it sound honest.',
		examples: [
			{ bad: 'We don\'t have the bandwidth for this right now.', fixed: 'We don\'t have the time for this right now.' },
			{ bad: 'Let\'s circle back next month.', fixed: 'Let\'s follow up next month.' },
			{ good: 'Our network bandwidth is fine; the delay is on the printer\'s side.' },
		],
		fixable: true,
	},
	check(ctx) {
		reportPhrases(ctx, table, '"{0}" is jargon: say it in plain words so the client can follow your reasoning.', { safe: true });
	},
};
