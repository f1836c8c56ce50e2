import type { Step } from '../types';
import { snippetToPlain } from '../text/snippet';

export interface StepInfo {
	step: Step;
	/** Position in the model, 1–7. */
	order: number;
	title: string;
	/** What the move does for the client, one sentence. */
	purpose: string;
	/** A sentence that makes the move, in LSP snippet syntax, inserted by "add the missing step" fixes. */
	snippet: string;
}

/** The seven moves of a tactful decline, with the sentence Tactful offers when one is missing. */
export const STEP_INFO: Record<Step, StepInfo> = {
	understand: {
		step: 'understand',
		order: 1,
		title: 'Understand the request',
		purpose: 'Shows the client you grasped what they asked for and why it matters to them.',
		snippet: 'I understand that ${1:having the site live before the launch event} matters a great deal to you${2:, and I want to make sure I have the full picture: ${3:what is driving the new date}?}',
	},
	acknowledge: {
		step: 'acknowledge',
		order: 2,
		title: 'Acknowledge and thank',
		purpose: 'Thanks the client for the request and the trust behind it before any bad news.',
		snippet: 'Thank you for ${1|asking us,thinking of us for this,your trust in our team|} ${2:and for explaining the situation so clearly}.',
	},
	explain: {
		step: 'explain',
		order: 3,
		title: 'Explain honestly',
		purpose: 'Gives a specific, plain-language reason, so the refusal reads as a judgement, not a brush-off.',
		snippet: 'The reason is ${1:that our team is committed to two launches that week}, and ${2:taking this on would mean cutting corners on your project}.',
	},
	alternatives: {
		step: 'alternatives',
		order: 4,
		title: 'Offer an alternative',
		purpose: 'Puts a compromise, a partial or later delivery, or a referral on the table.',
		snippet: 'What we could do instead is ${1|deliver the first phase by your date,start on the full scope on a later date,introduce you to a trusted partner who can help|}${2: — would that work for you?}',
	},
	positive: {
		step: 'positive',
		order: 5,
		title: 'Say what you can do',
		purpose: 'Frames the answer around what is possible rather than what is not.',
		snippet: 'We can ${1:have the core pages ready by ${2:the 14th}}, and we recommend ${3:adding the rest in a second release}.',
	},
	empathy: {
		step: 'empathy',
		order: 6,
		title: 'Show empathy',
		purpose: 'Recognises that the answer is a disappointment or an inconvenience for the client.',
		snippet: 'I realise this ${1|is not the answer you were hoping for,puts you in a difficult position,may be disappointing|}, and I am sorry for the inconvenience.',
	},
	open: {
		step: 'open',
		order: 7,
		title: 'Keep the door open',
		purpose: 'Invites a reply and promises a follow-up, so the relationship continues.',
		snippet: '${1|I am happy to talk this through,Let me know if you would like to discuss it,I will follow up|} ${2:on a call this week}${3:, and we would love to help with the next stage}.',
	},
};

/** The sentence for a step, as a snippet or as plain text with the default wording. */
export function stepSnippet(step: Step, format: 'snippet' | 'plain' = 'snippet'): string {
	const s = STEP_INFO[step].snippet;
	return format === 'snippet' ? s : snippetToPlain(s);
}
