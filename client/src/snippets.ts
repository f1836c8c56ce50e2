/**
 * The source of snippets/markdown.json and snippets/plaintext.json. The seven step snippets are the engine's
 * STEP_INFO sentences (the same text "Tactful: Insert step…" and the server's "add the missing step" fixes insert);
 * the follow-up, the whole-letter skeletons and the directive snippets are written here.
 * test/vscode-static.test.ts fails when the JSON files differ from this; rewrite them with
 *   npx tsx client/src/snippets.ts
 */
import { writeFileSync } from 'node:fs';
import { STEP_INFO } from '../../server/src/engine/steps/info';
import { STEPS } from '../../server/src/engine/types';

export interface SnippetEntry {
	prefix: string;
	body: string[];
	description: string;
}

export type SnippetLanguage = 'markdown' | 'plaintext';

/** Rule ids offered by the directive snippets (the first is the default). Each must exist in the engine. */
export const DIRECTIVE_RULES = [
	'no-jargon',
	'acknowledge-before-refusal',
	'missing-understand',
	'missing-acknowledge',
	'missing-explain',
	'missing-alternatives',
	'missing-positive',
	'missing-empathy',
	'missing-open',
];

/** Whole-letter skeletons: each makes all seven moves, in order, when every placeholder keeps its default. */
export const LETTERS: Record<string, { description: string; body: string[] }> = {
	'decline-letter-deadline': {
		description: 'A whole decline letter: the client wants an earlier deadline (all seven moves).',
		body: [
			'Hi ${1:Dana},',
			'',
			'I understand you would like ${2:the new booking site} to go live on ${3:14 March} rather than ${4:28 March}, because ${5:your spring campaign starts that week}. Is the campaign tied to that exact day, or would a soft launch that week also work for you?',
			'',
			'Thank you for telling us early, and for trusting us with something that matters this much to your business.',
			'',
			'I have gone through the plan with the team. The reason we are keeping the later date is that an earlier one would mean skipping ${6|the accessibility review,the last round of testing,the content check with your editors|}, and that step is what keeps your customers from running into problems on launch day.',
			'',
			'Here is what I suggest instead: ${7|we launch the booking pages on your date and add the remaining pages two weeks later,we keep the original date and put up a campaign page that collects sign-ups in the meantime,we bring a second developer onto the project if the extra cost works for you|}.',
			'',
			'We can ${8:have a preview ready for you by Wednesday}, so you can see exactly what would be live on day one.',
			'',
			'I know this is not the date you were hoping for, and I am sorry that it complicates your campaign planning.',
			'',
			'${9|I am happy to talk it through on a call this week,Let me know which option suits you and I will update the plan the same day,I will call you on Monday to agree the next steps|}. We are looking forward to seeing the site go live with you.',
			'',
			'${10|Best regards,Kind regards,Warm wishes|},',
			'${11:Sam}',
			'$0',
		],
	},
	'decline-letter-discount': {
		description: 'A whole decline letter: the client asks for a discount (all seven moves).',
		body: [
			'Dear ${1:Mr Okafor},',
			'',
			'I understand that ${2:the budget for this quarter is tighter than planned}, and that a lower price would make it easier to go ahead with ${3:the kitchen renovation}.',
			'',
			'Thank you for ${4|being so open about it,considering us for the work,your loyalty over the past years|}; it means a lot that you came to us first.',
			'',
			'We have looked at the numbers again, and we are keeping the quoted price. The reason is that ${5:our rates cover the hours each job really takes and the specialists we bring in}, and a discount would mean cutting that time, which would show in the result.',
			'',
			'What we could do instead is ${6|spread the payment over three instalments,start with the rooms that matter most this year and quote the rest later,hold the current price for you until the autumn|}.',
			'',
			'We can also ${7:send you an itemised breakdown}, so you can see where every part of the budget goes and decide what to keep.',
			'',
			'I realise this may be disappointing, especially when you are working hard to make the numbers add up.',
			'',
			'${8|Please let me know what you think,I would be glad to go through the options with you on a call,I will check in with you next week|}, and we would be delighted to work with you on this.',
			'',
			'${9|Kind regards,Best wishes,With thanks|},',
			'${10:Priya Shah}',
			'$0',
		],
	},
	'decline-letter-scope': {
		description: 'A whole decline letter: the client wants more scope for the same budget or date (all seven moves).',
		body: [
			'Hi ${1:Marco},',
			'',
			'If I have understood correctly, you would like to add ${2:a customer login area} to ${3:the website project} within the current budget and timeline. Could you tell me which parts of it your customers need first?',
			'',
			'Thank you for sharing the idea, and for the trust you have shown in our work so far.',
			'',
			'I would rather be straight with you: this is more than a small change. The reason is that ${4:a login area needs its own design, security checks and testing}, about ${5:three extra weeks} of work, and squeezing that into the current plan would put the launch date and the quality of everything else at risk.',
			'',
			'What we could do instead is ${6|treat it as a second phase right after launch,swap it for a feature of similar size from the current plan,quote it separately so you can decide with the full picture|}.',
			'',
			'We can ${7:send you a short estimate for the login area by Friday} and keep the launch date exactly as it is.',
			'',
			'I appreciate this is disappointing when you were hoping for a quick yes, and that it leaves you with one more decision to make.',
			'',
			'${8|Let me know how you would like to proceed,I am happy to discuss it on our next call,I will follow up as soon as the estimate is ready|}; we are keen to build this with you.',
			'',
			'${9|Best regards,Kind regards,Cheers|},',
			'${10:Lena}',
			'$0',
		],
	},
	'decline-letter-referral': {
		description: 'A whole decline letter that refers the client to another provider (all seven moves).',
		body: [
			'Dear ${1:Ms Laurent},',
			'',
			'I understand you are looking for ${2:someone to translate your product manuals into Japanese} by ${3:the end of next month}.',
			'',
			'Thank you for thinking of us, and for your kind words about ${4:our work on your German catalogue}.',
			'',
			'This time we are not the right team for the job. The reason is that ${5:none of our translators specialises in technical Japanese}, and I would rather tell you now than deliver something below the standard you expect from us.',
			'',
			'What I can suggest is ${6:Kenji Mori at Hoshi Translations}, ${7|whom we have worked with for years,who specialises in technical manuals,who has helped several of our clients|}; I would be glad to introduce you.',
			'',
			'We can still ${8:take care of the German and French editions}, so those stay with a team you know.',
			'',
			'I know it is a nuisance to brief a new supplier, and I am sorry this adds a step for you.',
			'',
			'${9|Please let me know if you would like that introduction,I am happy to set up a call with the three of us,I will check in next week to see how it is going|}, and we would love to help with your next project.',
			'',
			'${10|Kind regards,Best regards,All the best|},',
			'${11:Tomás}',
			'$0',
		],
	},
};

const FOLLOWUP: SnippetEntry = {
	prefix: 'decline-followup',
	description: 'A short follow-up a few days after a decline: checks in and keeps the door open.',
	body: [
		'Hi ${1:Dana},',
		'',
		'I wanted to follow up on my message from ${2:Tuesday} about ${3:the launch date}. ${4|Have you had a chance to look at the options?,Did one of the options work for your team?,Is there anything I can make clearer?|}',
		'',
		'${5:If it helps, I can walk you through the plan in fifteen minutes this week.} Whatever you decide, we will do our best to make it work well for you.',
		'',
		'${6|Best regards,Kind regards,Warm wishes|},',
		'${7:Sam}',
		'$0',
	],
};

const ruleChoice = `\${1|${DIRECTIVE_RULES.join(',')}|}`;

function directives(language: SnippetLanguage): Record<string, SnippetEntry> {
	const line = (words: string) => (language === 'markdown' ? `<!-- ${words} -->` : words);
	const out: Record<string, SnippetEntry> = {
		'Tactful: disable a rule on the next line': {
			prefix: 'tactful-disable-next-line',
			body: [line(`tactful-disable-next-line ${ruleChoice}`), '$0'],
			description: 'Switches one Tactful rule off for the next line.',
		},
		'Tactful: disable a rule on this line': {
			prefix: 'tactful-disable-line',
			body: [line(`tactful-disable-line ${ruleChoice}`)],
			description: 'Switches one Tactful rule off for the line the directive is on.',
		},
		'Tactful: disable a rule for a passage': {
			prefix: 'tactful-disable',
			body: [line(`tactful-disable ${ruleChoice}`), '$0', line('tactful-enable $1')],
			description: 'Switches one Tactful rule off between this directive and the matching tactful-enable.',
		},
		'Tactful: disable a rule in the whole file': {
			prefix: 'tactful-disable-file',
			body: [line(`tactful-disable-file ${ruleChoice}`), '$0'],
			description: 'Switches one Tactful rule off in the whole file.',
		},
	};
	if (language === 'markdown') {
		out['Tactful: front matter'] = {
			prefix: 'tactful-front-matter',
			body: ['---', 'tactful: ${1|letter,template,off|}', '---', '', '$0'],
			description: 'Tells Tactful what this file is: a decline letter, a template for one, or neither (off).',
		};
	}
	return out;
}

function capitalise(s: string): string {
	return s[0].toUpperCase() + s.slice(1);
}

/** Every snippet for one language, keyed by the name VS Code shows. */
export function snippetsFor(language: SnippetLanguage): Record<string, SnippetEntry> {
	const out: Record<string, SnippetEntry> = {};
	for (const step of STEPS) {
		const info = STEP_INFO[step];
		out[`Decline step ${info.order}: ${info.title}`] = { prefix: `decline-${step}`, body: [info.snippet], description: info.purpose };
	}
	out['Decline follow-up'] = FOLLOWUP;
	for (const [prefix, letter] of Object.entries(LETTERS)) {
		const topic = prefix.slice('decline-letter-'.length);
		out[`Decline letter: ${capitalise(topic)}`] = { prefix, body: letter.body, description: letter.description };
	}
	return { ...out, ...directives(language) };
}

/** The files under snippets/, path → content. */
export function snippetFiles(): Map<string, string> {
	const files = new Map<string, string>();
	for (const language of ['markdown', 'plaintext'] as const) {
		files.set(`snippets/${language}.json`, JSON.stringify(snippetsFor(language), null, '\t') + '\n');
	}
	return files;
}

if (/client[\\/]src[\\/]snippets\.ts$/.test(process.argv[1] ?? '')) {
	for (const [path, content] of snippetFiles()) writeFileSync(path, content);
	console.log(`wrote ${[...snippetFiles().keys()].join(', ')}`);
}
