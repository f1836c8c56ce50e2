import type { Fix } from '../types';
import type { Rule } from './rule';
import { PhraseTable, phraseMatches, removeSentenceFix, replacementFixes, sentenceAt, usesCurly, type PhraseEntry } from './phrase';

const INTENSIFIER = '(?:so|very|really|truly|deeply|terribly|awfully|incredibly|extremely|sincerely|genuinely)';

type Kind = 'stacked' | 'grovel' | 'apology';

const entries: (PhraseEntry & { kind: Kind })[] = [
	{ kind: 'stacked', match: `${INTENSIFIER}(?:,? ${INTENSIFIER})+,? sorry`, suggestions: ['really sorry', 'sorry'], safe: true },
	{
		kind: 'grovel',
		match:
			"please forgive (?:me|us)|(?:I|we) beg your (?:pardon|forgiveness)|(?:I|we) (?:can't|cannot) (?:apologi[sz]e|say sorry) enough|a thousand apologies|(?:I|we) (?:humbly|profusely) apologi[sz]e",
	},
	{
		kind: 'apology',
		match: "sorry|apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies)|(?:I|we) regret|regrettably|my bad|forgive (?:me|us)",
		// Someone else's apology, or none: "no need to apologise", "your apology", "I don't regret".
		notAfter: "(?:no need to|don't|do not|never|you|you've|your|their|his|her|no|not|n't) $",
	},
];

const table = new PhraseTable(entries);
const kindOf = new Map<PhraseEntry, Kind>(entries.map((e) => [e, e.kind]));

/** Only an apology: "Sorry again for all of this!", "Please forgive me for the confusion." (no refusal or reason inside). */
const APOLOGY_ONLY_BEFORE = /^\W*(?:(?:and|but|so|again|once again|once more|also|oh)[,\s]+)?(?:(?:I|we)(?:['’]m|['’]re| am| are| do| really| truly| sincerely| must)*\s+)?(?:\w+\s+)?$/i;
const APOLOGY_ONLY_AFTER = /^(?:\s+(?:again|once again|for|about|to hear|to have|if)\b[^,;:]*)?[\s.!]*$/i;
/** An apology that names the client's disappointment is the empathy move itself: it is flagged, never removed. */
const EMPATHY = /\b(?:inconvenien\w*|disappoint\w*|frustrat\w*|hop(?:ed|ing)|hard|difficult|stress\w*|upset|news|answer|wait\w*|delay\w*)\b/i;

export const noOverApology: Rule = {
	meta: {
		id: 'no-over-apology',
		step: 'empathy',
		severity: 'warning',
		description: 'Too many apologies: several in one letter, two in one sentence, stacked intensifiers ("so, so sorry") or grovelling.',
		rationale:
			'One sincere apology for the inconvenience is empathy. Apologising again and again makes the writer sound unsure of the decision, invites the client to push back, and buries the reason and the alternative under regret.',
		examples: [
			{ bad: "I'm so, so sorry, but the venue needs a deposit.", fixed: "I'm really sorry, but the venue needs a deposit." },
			{
				bad: "I'm sorry for the wait. I do apologise that we can't hold the date. Sorry again!",
				good: "I'm sorry this isn't the answer you hoped for. I know it makes planning harder.",
			},
			{ good: 'Please forget about the apology: it was our mistake, not yours.' },
		],
		fixable: true,
		options: {
			max: { type: 'number', default: 2, description: 'How many apologies a letter may make before the ones after the first are flagged.' },
		},
	},
	check(ctx) {
		const max = Math.max(0, Math.floor(Number(ctx.options.max ?? 2)));
		const found = [...phraseMatches(ctx, table)];
		const over = found.length > max;
		let lastSentence = -1;
		found.forEach((m, i) => {
			const kind = kindOf.get(m.entry)!;
			const sentence = sentenceAt(ctx.sentences, m.start);
			const sameSentence = sentence >= 0 && sentence === lastSentence;
			lastSentence = sentence;
			let message: string;
			if (kind === 'stacked') message = `"${m.text}" stacks up the regret. One plain "sorry" sounds more sincere and keeps the focus on what you can do.`;
			else if (kind === 'grovel') message = `"${m.text}" grovels: it makes the decision sound like a wrong you did. Apologise once for the inconvenience, then move on to the reason and the alternative.`;
			else if (over && i > 0) message = `Apology ${i + 1} of ${found.length} in this letter. Keep one sincere apology; more make you sound unsure of the decision and invite the client to push back.`;
			else if (sameSentence) message = 'A second apology in the same sentence. Once is enough: it reads as more sincere.';
			// "Sorry again" is the second apology by its own account: flagged once it reaches the allowed count.
			else if (i > 0 && i + 1 >= max && (/^[^\S\n]+again\b/i.test(m.around.after) || /\bonce (?:again|more),?[^\S\n]*$/i.test(m.around.before)))
				message = `"${m.text} again" repeats an apology you have already made. Once is enough: it reads as more sincere.`;
			else return;
			let fixes: Fix[] = [];
			if (kind === 'stacked') fixes = replacementFixes(m, m.entry.suggestions as string[], true, { atStart: m.around.atStart, curly: usesCurly(m.text, m.around) });
			else if (sentence >= 0) {
				const s = ctx.sentences[sentence];
				// The writer keeps the first apology; a later sentence that is nothing but an apology can go.
				const short = m.start - s.start <= 80 && s.end - m.end <= 200;
				const before = () => ctx.doc.reader.slice(s.start, m.start);
				const after = () => ctx.doc.reader.slice(m.end, s.end);
				if (i > 0 && short && APOLOGY_ONLY_BEFORE.test(before()) && APOLOGY_ONLY_AFTER.test(after()) && !EMPATHY.test(after())) fixes = [removeSentenceFix(ctx, sentence)];
			}
			ctx.report({ start: m.start, end: m.end, message, fixes });
		});
	},
};
