// Paraphrase tables for the seven step detectors: each sentence is scored on its own, as the detectors see it inside
// a letter. Positive rows must make the move; negative rows must not (they are the near misses: the same words in
// another role, a negation, thanks for patience rather than for the request, a vague excuse).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseLetter, scoreText } from '../../server/src/engine/steps/detect';
import { analyseMarkup } from '../../server/src/engine/text/markup';
import { splitSentences } from '../../server/src/engine/text/sentences';
import * as engine from '../../server/src/engine/index';
import { THRESHOLD } from '../../server/src/engine/steps/cues';
import type { Step } from '../../server/src/engine/index';

const TABLES: Record<Step, { yes: string[]; no: string[] }> = {
	understand: {
		yes: [
			'I understand you need the files by Monday for the board meeting.',
			'Could you tell me what\'s driving the new date?',
			'If I\'ve understood correctly, you\'d like the whole campaign live on 6 May rather than 20 May.',
			'I can see why an earlier launch matters so much with the trade fair coming up.',
			'You mentioned that the venue has asked for final numbers by Friday.',
			'As I understand it, the grant deadline is what makes the new date so important.',
			'Is the date of the investor visit fixed, or could it still move?',
			'You\'re hoping to have the kitchen finished before your family arrives for Christmas.',
			'I know how important it is for your team to have the new menu printed before the relaunch.',
			'So I can plan properly, which of the three reports does the auditor need first?',
			'We understand that the refund would help cover the cost of the replacement flights.',
			'It sounds like the main worry is having something to show the board in March.',
			'Just to check I have this right: you want the annual plan at the monthly price?',
			'I gather from your email that the translation is needed for the signing on Friday morning.',
			'What would be the most useful part to have ready for the trade show?',
			'Your request to add two extra dashboards before the quarterly review came through this morning.',
			'I hear you on the budget pressure this quarter.',
			'Do you need all forty pages by Thursday, or only the clauses on price and delivery?',
			'Thank you for your email asking whether we could fit the boiler service in before the frost.',
			'Thanks for the note about splitting the invoice across two quarters.',
			"So if I've got this right, the real worry is the scaffolding being up for the photos.",
			'I totally get wanting the raw footage so your team can cut its own trailer.',
			'You rang this morning to ask whether the kitchen could be fitted a week early.',
			'We have received your appeal of the parking charge issued on 3 May.',
		],
		no: [
			'We regret to inform you that your request to defer your place to September 2027 has been declined.',
			'Everything else on the list is fine and we\'ll see you at 7.',
			'Please understand that we cannot make exceptions.',
			'You need to understand that our policy applies to everyone.',
			'As you know, our rates are fixed for the year.',
			'Would you like to talk it through on a call?',
			'Does that work for you?',
			'Let me know if you have any questions.',
			'What do you think?',
			'If you need anything else, just ask.',
			'You may want to consider another agency for this.',
			'I understand this is frustrating.',
			'Did you read the terms before signing?',
			'Could you let me know if Thursday works?',
			'Re: your request for a refund of the deposit.',
			'Thank you for asking about the launch.',
			"Just text back which you'd like.",
		],
	},
	acknowledge: {
		yes: [
			'Thank you for thinking of us for the expansion.',
			'Thanks so much for getting in touch about the spring campaign.',
			'It was good to hear you\'re keen to launch before the holidays.',
			'I really appreciate you coming to us with this.',
			'Many thanks for your note following Tuesday\'s meeting, and for the confidence you have shown in us.',
			'We\'re grateful for your trust over the past three years.',
			'Thank you, Maria, for the detailed brief.',
			'I\'m flattered that you asked us first.',
			'We value your business and the partnership we\'ve built.',
			'Lovely to get your message about the wedding flowers.',
			'It\'s kind of you to think of our studio for this.',
			'Cheers for the heads-up about the new launch date.',
			'Your loyalty over the years means a lot to us.',
			'Thank you very much for your mail and for to choose again our agency.',
			'I love the idea of a pop-up shop in the station.',
			'It has been a real pleasure working with you on the first two phases.',
			'We were delighted that you thought of us for the retreat.',
			'Appreciate you reaching out so early.',
		],
		no: [
			'We regret to inform you that the request has been declined.',
			'Thank you for your understanding.',
			'Thanks for your patience while we looked into this.',
			'Thanks in advance for your cooperation.',
			'I would appreciate it if you could send the files by Friday.',
			'We would be grateful if you could confirm by return.',
			'Thanks to the new software, our invoices now go out automatically.',
			'I appreciate this is not what you were hoping for.',
			'We would be happy to see you at the open day.',
			'Thank you for considering our alternative proposal.',
			'I appreciate your flexibility on this.',
		],
	},
	explain: {
		yes: [
			'Our printer needs ten working days for a run of this size.',
			'The reason is that our team is committed to two launches that week.',
			'We are fully booked until the end of March.',
			'Squeezing both into half the time would mean publishing copy your lawyers haven\'t signed off.',
			'Rushing the process could compromise the final output.',
			'A legal translation must be done by one translator and then checked by a second one.',
			'Our insurance does not cover work at height on weekends.',
			'Turning those clients away would put the jobs of four of our team at risk.',
			'The price already reflects the 15% loyalty discount we applied in January.',
			'Since the venue only has one kitchen, we cannot cater two sittings at once.',
			'Our developers are tied up with a security release until the 20th.',
			'Each mural takes about three weeks to dry and seal properly.',
			'Because the timber has to acclimatise for a week before fitting, an earlier start would risk warped floors.',
			'The licence we hold only covers use in the UK and Ireland.',
			'We have three other weddings booked that weekend.',
			'Our costs for paper have gone up by a third since the spring.',
			'Dropping the testing phase would leave bugs that your customers would find first.',
			'A backdated certificate would be a false record and would put our accreditation at risk.',
			'As a registered charity we are required to spend donations on everyone we support.',
			'The loft boards are too fragile to stand on, and the hatch is narrower than the tank.',
			'Why we hold off: at eleven, her adult teeth are still maturing.',
			'Felling it without written consent is a criminal offence.',
			'The oak is covered by a Tree Preservation Order.',
			'We are bookkeepers, not tax advocates.',
		],
		no: [
			'Due to internal reasons, we are unable to proceed.',
			'Unfortunately this is not possible at this time.',
			'It\'s just how we do things here.',
			'For reasons beyond our control, the order cannot be changed.',
			'We cannot do this.',
			'As you know, we always aim to help.',
			'We have been working with restaurants since 2015.',
			'Due to unforeseen circumstances, the session is cancelled.',
			'This is company policy.',
			'Thank you for thinking of us.',
			'We can deliver the first half by the 3rd.',
			"It's just how we do things here.",
			"It's $900 as the quote says.",
		],
	},
	alternatives: {
		yes: [
			'What we could do instead is deliver the landing page on your date.',
			'We can have the first half ready by the 3rd.',
			'One option would be to launch with the core pages and add the blog in June.',
			'I\'d be happy to introduce you to a colleague who specialises in rush print jobs.',
			'How about a phased launch, with the shop going live first?',
			'Alternatively, we could run the workshop online next month.',
			'If you can wait until March, we could take on the full redesign.',
			'In the meantime, we can send you the brand guidelines so your team can start.',
			'My suggestion would be to split the order into two deliveries.',
			'We could offer a smaller package that covers the two sites you need first.',
			'I can recommend a translator I trust who has capacity this week.',
			'Would a shorter version of the report work for the board meeting?',
			'We could start the first phase on the 14th and follow with the rest in May.',
			'A lighter edit of the video could be ready by Friday.',
			'Rather than a discount, we can add two extra revision rounds at no charge.',
			'I\'d suggest keeping the original date and adding a preview on your launch day.',
			'If it helps, our Leeds branch has the same model in stock.',
			"If that doesn't suit, the November course has four places left.",
			'As a gesture of goodwill, we have added a free month to your plan.',
			'She could also join the Saturday group, which covers the same ground.',
		],
		no: [
			'We cannot offer any alternatives at this stage.',
			'There is no other option.',
			'You may want to look elsewhere.',
			'We could have done this if you had asked earlier.',
			'Rushing would compromise the quality of the work.',
			'We are fully booked until March.',
			'Thank you for the offer.',
			'Could you send the files by Friday?',
			'I understand you need this by Monday.',
			'Let me know if you have any questions.',
			'You can also reach me on 01632 960 447.',
		],
	},
	positive: {
		yes: [
			'We can have the first half ready by the 3rd.',
			'What we can do is bring in a second editor for the final week.',
			'We\'d be happy to hold your preferred dates for next spring.',
			'Our team can still deliver the homepage and checkout on time.',
			'We are able to offer a 10% discount on orders over 500 units.',
			'The revised menu can be ready for tasting on Tuesday.',
			'I\'ll make sure your order is first in the queue when the press is free.',
			'We will deliver the core pages on your date.',
			'A partial refund of the unused months is possible.',
			'Weekend callouts are available at our standard emergency rate.',
			'We do offer a lighter maintenance plan that covers security updates.',
			'I can prepare a summary of the contract in Italian for the meeting.',
			'Here is what we can manage by Friday.',
			'We\'re glad to extend the payment terms to 45 days.',
			'We could deliver the artwork in two batches.',
			"What I'd happily do instead is edit the first three chapters this week.",
			"We'd suggest booking the smaller room for the workshop.",
			"I've got two fitting slots free on Thursday.",
			'We would gladly take any bedding or bed frames in good condition.',
		],
		no: [
			'We can\'t move the deadline.',
			'I can see why you\'d want that.',
			'We can\'t wait to see it live.',
			'We will have to decline this time.',
			'We would love to help, but our calendar is full.',
			'If we can find a slot, we will let you know.',
			'I\'ll get back to you next week.',
			'Can we set up a call?',
			'We will not be able to offer a refund.',
			'I cannot promise anything.',
			'We can only say that the decision is final.',
		],
	},
	empathy: {
		yes: [
			'I know this puts you in a tight spot.',
			'I realise this isn\'t quite the answer you were hoping for.',
			'I\'m sorry this adds pressure at an already busy time.',
			'I can imagine how frustrating it is to hear this so close to the launch.',
			'This must be disappointing after all the planning you\'ve put in.',
			'I know you were counting on having the new site before Christmas.',
			'I appreciate this is not quite what you had in mind.',
			'I wish we could say yes to this one.',
			'We understand this makes your week more difficult, and we are sorry for that.',
			'I\'m aware the timing is less than ideal for you.',
			'Sorry to disappoint you on this.',
			'I understand your frustration with the delay on the supplier\'s side.',
			'We apologise for the inconvenience this causes.',
			'I know the sales team is leaning on you for an early start.',
			'It can\'t be easy to go back to the board with this.',
			'I hate to let you down on this one.',
			"I know money is tight with the move, and I don't want this to add to it.",
			'I know a chain delay is stressful enough without the van date slipping too.',
			'I can see why that surcharge feels steep for a ten-minute visit.',
			'I realise you were keen to have everything in one go.',
			'I appreciate that this leaves a gap in your spring programme.',
			'I know facing the hearing on your own is daunting.',
			"Sorry, I know you've had this holiday booked since January.",
			'I know that means more travelling for you, sorry.',
			'This must feel like a poor way to thank you for ten years with us.',
			"That's rotten luck with the snow, and I'd feel the same in your shoes.",
		],
		no: [
			'I\'m sorry, but that\'s not possible.',
			'I\'m sorry you feel that way.',
			'Sorry for the slow reply.',
			'It is difficult to say when the parts will arrive.',
			'We are disappointed that you cancelled at such short notice.',
			'Our team has worked hard on this.',
			'Thank you for your patience.',
			'We cannot move the deadline.',
			'We wish you every success with the launch.',
			'The request was difficult to assess.',
			'We\'re sorry if you were confused by our terms.',
			'I understand that you are hoping to have the work finished by Easter.',
			'We are disappointed with the delay on our side.',
		],
	},
	open: {
		yes: [
			'Happy to jump on a call to talk it through.',
			'I\'ll check back in next month.',
			'Let me know if you have questions.',
			'Please don\'t hesitate to call me; I\'m in the office until six.',
			'I\'ll send a revised timeline by Thursday either way.',
			'Would you like to go through the options together on Friday?',
			'We\'d love to work with you on the next campaign.',
			'Feel free to reply here if anything changes.',
			'If your timeline shifts, our door is always open.',
			'I look forward to hearing what you think.',
			'Shall we set up a quick call this week?',
			'Give me a ring whenever suits you.',
			'I\'ll be in touch as soon as a slot frees up.',
			'Does Thursday at ten work for a quick chat?',
			'I hope we can work together again in the autumn.',
			'You can reach me on 020 7946 0958 any time this week.',
			'You may send further evidence to this office by 15 December.',
			'Just send me their names by noon tomorrow.',
			'Kindly revert with your preferred option by Friday.',
			'Pop me a message and I will find you a slot.',
			'Swing by Saturday if you want to go over it in person.',
		],
		no: [
			'Applications need to reach us at least six weeks before the event.',
			'A drop in numbers means the coach is cancelled.',
			'Please do not contact us about this again.',
			'This decision is final.',
			'We will not reconsider.',
			'We cannot move the deadline.',
			'Thank you for your email.',
			'Let me be clear about our terms.',
			'Our team is fully booked until March.',
			'I know this is disappointing.',
			'We hope you understand.',
			'We are happy to confirm your booking.',
			"We're really looking forward to it.",
			'I know how much you were looking forward to having her.',
		],
	},
};

function scoreOf(text: string, step: Step): number {
	return scoreText(text, 0).scores[step] ?? 0;
}

describe('step detectors: paraphrase tables', () => {
	for (const [step, table] of Object.entries(TABLES) as [Step, { yes: string[]; no: string[] }][]) {
		describe(step, () => {
			test(`the table has at least 15 positive and 10 negative sentences`, () => {
				assert.ok(table.yes.length >= 15, `${table.yes.length} positive`);
				assert.ok(table.no.length >= 10, `${table.no.length} negative`);
			});
			for (const s of table.yes) {
				test(`makes the move: ${s}`, () => assert.ok(scoreOf(s, step) >= THRESHOLD[step], `score ${scoreOf(s, step)}: ${JSON.stringify(scoreText(s, 0).hits.map((h) => `${h.cue.target}:${h.cue.id}`))}`));
			}
			for (const s of table.no) {
				test(`does not make the move: ${s}`, () => assert.ok(scoreOf(s, step) < THRESHOLD[step], `score ${scoreOf(s, step)}: ${JSON.stringify(scoreText(s, 0).hits.map((h) => `${h.cue.target}:${h.cue.id}`))}`));
			}
		});
	}
});

describe('sentence readings shared between documents', () => {
	// A sentence's reading is kept by its text, so a second document with the same sentence reuses it (the list of moves
	// is the reading's own array); clearSentenceReadings forgets them, so the next read makes new ones.
	const text = "Hi Sam,\n\nThank you for asking about an earlier launch. Unfortunately we can't move the date, because the build needs two weeks of testing.\n\nBest,\nLee";
	const moves = () => {
		const doc = analyseMarkup(text, 'markdown');
		return analyseLetter(doc, splitSentences(doc)).moveSteps;
	};
	test('a second read of the same sentences reuses their readings', () => {
		const first = moves();
		assert.ok(first.length >= 2, `${first.length} sentences make a move`);
		moves().forEach((steps, i) => assert.equal(steps, first[i], `sentence ${i} read again`));
	});
	test('clearSentenceReadings makes the next read start afresh, with the same result', () => {
		const first = moves();
		engine.clearSentenceReadings();
		const again = moves();
		assert.deepEqual(again, first);
		again.forEach((steps, i) => assert.notEqual(steps, first[i], `sentence ${i} still has its old reading`));
	});
});

describe('refusal cues said without "we can\'t"', () => {
	const refusal = (s: string) => scoreText(s, 0).scores.refusal ?? 0;
	const cueIds = (s: string) => scoreText(s, 0).hits.filter((h) => h.cue.target === 'refusal').map((h) => h.cue.id);
	test('a bare "No." or "Nope!" is a refusal; "No. 5", "No, that\'s fine" and "no" inside a sentence are not that cue', () => {
		for (const s of ['No.', 'Nope!', 'No!']) assert.ok(refusal(s) >= THRESHOLD.refusal, s);
		for (const s of ['No. 5 Main Street is ours.', "No, that's fine.", 'There is no problem with Friday.']) assert.ok(!cueIds(s).includes('No.'), s);
	});
	test('a refusal without a subject: "Not doing the third floor"', () => {
		assert.ok(refusal('Not doing the third floor windows without access round the back.') >= THRESHOLD.refusal);
		assert.ok(refusal('It is not doing any harm to wait.') < THRESHOLD.refusal);
	});
	test('putting it off, and "would not be safe to", are soft refusals that turn the request down', () => {
		for (const s of ["I'd like to hold off until the summer session instead.", 'A full certified translation in 24 hours would not be safe to promise.']) {
			const r = scoreText(s, 0);
			assert.ok((r.scores.refusal ?? 0) >= 2 && r.hits.some((h) => h.cue.signal), s);
		}
		assert.ok(refusal('Please hold off on paying until the invoice arrives.') < 2);
	});
	test('the sentence after a soft refusal is its reason', () => {
		const text = "Hi Nadia,\n\nThanks for your message about Leo. I'd like to hold off until the summer session instead. His scales and sight-reading aren't yet where they need to be for a confident pass.\n\nHappy to chat at pick-up.\n\nSarah\n";
		const r = engine.lint(text, { languageId: 'plaintext' });
		assert.equal(r.letter, true);
		assert.equal(r.steps.explain, true);
	});
});

test('"the price you asked about is fine with us" says yes', () => {
	assert.ok((scoreText('The price you asked about is fine with us.', 0).scores.accept ?? 0) >= 2);
	assert.equal(scoreText('That is fine with us.', 0).hits.filter((h) => h.cue.id === 'the price is fine with us').length, 1);
});
