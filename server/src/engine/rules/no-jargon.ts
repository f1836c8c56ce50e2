import type { Rule } from './rule';
import { PhraseTable, reportPhrases } from './phrase';

const table = new PhraseTable([
	{ match: 'bandwidth', suggestions: ['time', 'capacity'], notAfter: '(?:network|internet|server|upload|download)\\s+' },
	{ match: 'circle back', suggestions: ['follow up', 'come back to you'] },
	{ match: 'touch base', suggestions: ['talk', 'check in'] },
	{ match: 'synerg(?:y|ies)', suggestions: ['benefit', 'fit'] },
	{ match: 'leverag(?:e|ing)', suggestions: (m) => (/ing$/i.test(m) ? ['using', 'making use of'] : ['use', 'make use of']), notBefore: '\\s+(?:ratio|buyout)' },
	{ match: 'out of scope', suggestions: ['not part of what we agreed', 'outside what we agreed'], message: '"{0}" is contract jargon: say what was agreed and why this falls outside it.' },
	{ match: 'low-hanging fruit', suggestions: ['quick wins', 'easy improvements'] },
	{ match: 'move the needle', suggestions: ['make a real difference'] },
	{ match: 'deep dive', suggestions: ['close look', 'detailed review'] },
	{ match: 'going forward', suggestions: ['from now on', 'in future'] },
	{ match: 'action items?', suggestions: (m) => (/s$/i.test(m) ? ['next steps'] : ['next step']) },
	{ match: 'take (?:this|it) offline', suggestions: ['talk about this separately'] },
	{ match: 'resourcing constraints?', suggestions: ['not enough people free'] },
	{ match: 'capacity constraints?', suggestions: ['not enough people free'] },
	{ match: 'paradigm shift', suggestions: ['big change'] },
	{ match: 'per (?:our|the) SOW', suggestions: ['under our agreement'] },
	{ match: 'SLA', suggestions: ['agreed response time'], message: '"{0}" is an acronym the client may not know: spell out what it promises.' },
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
