// Letter detection: decline letters (any register, any industry, refusals said plainly or indirectly) are letters;
// everything else a writer keeps next to them is not — including the traps that share words with a decline: an
// acceptance e-mail, a blog post about saying no, a status update that reports a failure, a cover letter.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index';
import { analyseLetter } from '../../server/src/engine/steps/detect';
import { analyseMarkup } from '../../server/src/engine/text/markup';
import { splitSentences } from '../../server/src/engine/text/sentences';

interface Doc {
	name: string;
	text: string;
	md?: boolean;
}

const LETTERS: Doc[] = [
	{
		name: 'agency, plain "cannot"',
		text: 'Hi Priya,\n\nThanks for getting in touch about the spring campaign. Unfortunately we cannot bring the launch forward to 6 May, because the video edit needs the full two weeks.\n\nBest,\nTom\n',
		md: true,
	},
	{
		name: 'indirect: "we\'ll have to pass on this one"',
		text: 'Hey Marco,\n\nLove the idea of the pop-up, honestly. We\'ll have to pass on this one though — the whole crew is on the festival circuit all of July.\n\nCheers,\nJess\n',
	},
	{
		name: 'indirect: "this isn\'t something we\'re set up to do"',
		text: 'Dear Ms Okafor,\n\nThank you for your enquiry about overnight storage. This isn\'t something we\'re set up to do: our warehouse closes at 8pm and is not insured for stock left overnight.\n\nKind regards,\nDaniel Reyes\nReyes Logistics\n',
	},
	{
		name: 'indirect: "I\'m going to say no"',
		text: 'Sam,\n\nI\'ve thought about the extra dashboards a lot, and I\'m going to say no for this quarter. Adding them now would push the data migration past the audit.\n\nHappy to talk it through.\n\nAlex\n',
	},
	{
		name: 'formal: "we must respectfully decline"',
		text: 'Dear Mr. Lindqvist,\n\nWe have considered your request to cap our fees for the appeal. Having reviewed the file, we must respectfully decline, as the scope of the appeal is not yet known.\n\nYours sincerely,\nHelena Marsh\nMarsh & Partners LLP\n',
	},
	{
		name: 'indirect: "that falls outside what we offer"',
		text: 'Hi Tom,\n\nThanks for asking about logo animation. That falls outside what we offer — we are a print studio and do not have motion designers on the team. I can recommend a colleague who does lovely work.\n\nAll the best,\nRuth\n',
	},
	{
		name: 'plain text, hard-wrapped at 72 columns, CRLF',
		text: 'Dear Fiona,\r\n\r\nMany thanks for your note following Tuesday\'s meeting. I am afraid we are\r\nnot able to agree to exclusivity across the whole region, as around a\r\nthird of our work comes from independent restaurants there.\r\n\r\nI will send a revised clause by Friday.\r\n\r\nWith kind regards,\r\nOliver Penrose\r\n',
	},
	{
		name: 'non-native English',
		text: 'Dear Mr. Lindqvist,\n\nthank you very much for your mail. Unfortunately it is not possible for us to make all 40 pages until Thursday, because one translator makes around 8 pages for day.\n\nBest regards\nGiulia Bernasconi\nProject Manager\n',
	},
	{
		name: 'terse, no greeting',
		text: 'Thanks for your message about the stems. We don\'t release stems to artists after the mix is delivered.\n\nRegards,\nOakroom Studios\n',
	},
	{
		name: 'refund refused, SaaS, markdown',
		text: 'Hi Jordan,\n\nThank you for being with us for two years. I\'m sorry, but we\'re unable to refund the annual plan after the first 30 days, as the discount on annual billing assumes the full year.\n\nWhat I can do is pause your account for up to three months at no charge.\n\nBest,\n**Mia** — Customer Success\n',
		md: true,
	},
	{
		name: 'price freeze refused, keeps the original rate',
		text: 'Hello Mrs. Patel,\n\nThank you for your loyalty over the years. After going through our costs, we will be keeping the standard rate for next season, since fuel and green-waste fees have both gone up.\n\nWarm regards,\nGreenway Landscaping\n',
	},
	{
		name: 'unfortunately + a reason, implicit refusal',
		text: 'Hi Leon,\n\nThanks for thinking of us for the Sunday delivery. Unfortunately our drivers don\'t work Sundays under their current contract.\n\nLet me know if Monday morning could work.\n\nBest,\nPriya\n',
	},
	{
		name: 'lower-case text message, sorry after the refusal',
		text: 'hey Mo - can\'t do the Saturday shoot, sorry. we\'ve got a wedding booked that day and it\'s just me and Jess.\ncould do Sunday morning though, light\'s better then anyway. let me know?\n- Ali\n',
	},
	{
		name: 'a one-line message that names its reader',
		text: 'Sorry Jen, we won\'t be able to do the 6am start on Monday. Nobody on the crew can get to site before 7.\n',
	},
	{
		name: 'a cold form letter: the claim "has been unsuccessful"',
		text: 'Dear Sir or Madam,\n\nWith reference to your complaint dated 2 May, we have reviewed your claim for compensation and regret that it has been unsuccessful.\n\nYours faithfully,\nClaims Department\n',
	},
	{
		name: 'addressed to a client\'s team by name, "Hi team at Bloom"',
		text: 'Hi team at Bloom,\n\nThank you so much for asking me to illustrate the new packaging range. I love what you\'re doing with the compostable pouches.\n\nSadly I\'m going to have to say no for now. My calendar is full with a picture book until June, and I don\'t want to rush your artwork.\n\nIf you\'re able to wait until the summer, I\'d really love to come back to this. Otherwise I can recommend Jun Park, whose botanical work would suit the range beautifully.\n\nI\'m sorry I can\'t be more helpful right now — I know you were hoping to launch in spring.\n\nWarmly,\nEve\n',
		md: true,
	},
	{
		name: 'no explicit no: a reason, a counter-offer and regret',
		text: 'Hi Noor,\n\nGreat to hear the pilot went well with your first three schools! I can see why you\'d want to roll the app out to all forty by September — the new term is the obvious moment.\n\nI\'ve looked at it carefully, and forty schools by September isn\'t realistic for us. Each school needs its own data import and a half-day training session, and with our team of three that\'s roughly four months of work.\n\nCould we do it in two waves? Ten schools for September, chosen by you, and the other thirty over the autumn term. That way every school gets a proper start.\n\nI know the board was hoping for a single launch, so I\'m happy to join your next board meeting and explain the plan.\n\nSpeak soon,\nDaniel\n',
		md: true,
	},
	{
		name: 'indirect: "it\'s a no from the owner"',
		text: 'Dear Mr Hale,\n\nWhat a lovely plan for the anniversary weekend. I checked with the owner about bringing your two Labradors, and it\'s a no from her, I\'m afraid: the cottage has new wool carpets and the next guests have allergies.\n\nThe Old Forge down the lane takes dogs and has the same dates free.\n\nBest wishes,\nNina\n',
	},
	{
		name: 'counter-offer with no "no" in it: restated request, reason, something else',
		text: 'Hi Dev,\n\nYou\'d like the full brand refresh, logo, site and packaging, ready for the trade show on the 12th. Doing all three properly takes about six weeks, and rushing the packaging would mean printing proofs we have not tested.\n\nWhat I\'d suggest instead is the logo and a one-page site for the show, with the packaging to follow in April.\n\nShall we talk it through on Friday?\n\nMaya\n',
	},
	{
		name: 'partial decline: a clear yes and a clear no',
		text: 'Hi Carla,\n\nThanks for the two requests.\n\n1. Moving the delivery to Wednesday: yes, we can do that, no charge.\n2. Matching the other supplier\'s price: we can\'t do this one, as our oak is kiln-dried for four weeks and theirs is not.\n\nRegards,\nBen\n',
	},
	{
		name: 'a grant decision: "application" is the client\'s, not the writer\'s',
		text: 'Dear Ms Adeyemi,\n\nThank you for your application to the Small Arts Fund. The panel read every application this round with care, and I am sorry to tell you that your application was not successful. With 140 applications for 12 awards, the panel gave priority to projects that had not been funded before.\n\nThe autumn round opens on 1 September, and I would be glad to read a draft of a new application with you.\n\nYours sincerely,\nRuth Mensah\nGrants Officer\n',
	},
	{
		name: 'formal, subject left out: "…and are not in a position to"',
		text: 'Dear Mr Boyle,\n\nThank you for your letter about the parking permit for your van. We have looked at the address and are not in a position to issue a second permit, because the scheme allows one per household.\n\nA visitor permit costs £2 a day and can be bought online.\n\nYours sincerely,\nParking Services\n',
	},
	{
		name: 'the organisation speaks of itself: "The Board is unable to …"',
		text: 'Dear Dr Fenn,\n\nThank you for your request to defer your membership fee. The Board is unable to agree to a deferral this year, because the society\'s insurance is paid from the fees in January.\n\nYou can pay in three instalments instead; the form is attached.\n\nYours sincerely,\nMembership Secretary\n',
	},
	{
		name: 'a chat reply with no greeting or sign-off',
		text: 'oh no, sorry, there\'s no way we can fit a full colour repaint of the van by Thursday, the booth is booked all week 😬 what we can do is the two door panels with your logo by Thursday and the rest next Tuesday. want me to pencil that in?',
	},
	{
		name: 'a signature separator under the name is not a title underline',
		text: 'Hi Sara,\n\nThanks for asking about a Sunday install. We can\'t do Sundays, because our fitters are off that day, but Saturday morning is free if that helps.\n\nBest,\nTom\n---\nTom Reilly | Reilly Kitchens\n',
	},
	{
		name: 'an Australian greeting',
		text: "G'day Kev,\n\nThanks for thinking of us for the shed job. We can't start before the 20th, as the crew is on a school build until then. Happy to pencil you in for the 21st if that works?\n\nCheers,\nBaz\n",
	},
	{
		name: 'partial: a free week yes, "a full month is a step too far for us"',
		text: 'Hi Ros,\n\nThanks for ringing about the marquee. We can leave it up over the weekend at no charge, no bother. Keeping it for the whole fortnight for nothing is a step too far for us, though, as it is booked for a wedding on the 14th.\n\nAfter Monday it would be £60 a day. Shout if that works.\n\nCheers,\nAndy\n',
	},
	{
		name: 'status quo: "we\'ll leave the booking as it is"',
		text: 'Dear Mr Walsh,\n\nThank you for your message. The Friday performance is completely sold out, so there is nothing to move your seats into, and we\'ll leave the booking as it is for Wednesday.\n\nIf a return comes in, I\'ll let you know straight away.\n\nKind regards,\nBox Office\n',
	},
	{
		name: 'present progressive: "I\'m not fitting that boiler until …"',
		text: "Hi Dave,\n\nGot your text. I'm not fitting that boiler until the gas safety check is done, because I'd be the one signing it off. Once it's passed, give me a ring and I can be there the same week.\n\nPete\n",
	},
	{
		name: 'a cold formal refusal: "No refund is payable", "This decision is final"',
		text: 'Dear Ms Hart,\n\nWe refer to your email about the cancelled coach tour. Under section 4 of our terms no refund is payable for cancellations made within 7 days of departure.\n\nThis decision is final.\n\nCustomer Relations\n',
	},
	{
		name: 'an implicit decline: what a yes "would breach", then "ways forward"',
		text: 'Dear Mr Ade,\n\nThank you for writing about your mother\'s records. Releasing them to you without her consent would breach the confidentiality every patient is owed.\n\nThere are two ways forward: she can sign the enclosed form, or her GP can record you as her carer.\n\nPlease call me if that would help.\n\nYours sincerely,\nRecords Office\n',
	},
	{
		name: 'a bare "No." and a refusal without a subject',
		text: "No. Not doing the loft conversion without a structural survey, I told you that in March. Ground floor done, £400 as quoted.\nDev\n",
	},
	{
		name: 'a policy said as "we don\'t reuse"',
		text: "Hi Gemma,\n\nAs I said on the phone, we don't reuse old carcasses. The new worktops won't sit level on units that have swollen at the base.\n\nThe quote is for a full new kitchen and that's what we'll be fitting.\n\nMark\nM.J. Kitchens\n",
	},
	{
		name: 'a conference letter that speaks of attendees, signed "Programme Chair" (not minutes)',
		text: "Hi Dr Brandt,\n\nThank you for the draft slides. Unfortunately we can't include a product demo in the talk: attendees pay to hear practitioners, and attendees told us last year that sales pitches were what they liked least.\n\nA demo table in the expo hall is open to you at the speaker rate.\n\nInes Carvalho\nProgramme Chair, DevEdge Lisbon\n",
		md: true,
	},
	{
		name: 'a chat reply whose refusal ends "till Feb." before the offer (a month, not an abbreviation)',
		text: "Ah mate, no way we can fit the back piece in before the 14th, Sam is booked solid till Feb. Could do a small one on the ankle this Saturday if you want something for the trip, then start the back piece in Feb? Let me know.\n",
	},
	{
		name: 'a Slack reply: "No Parquet export this year, sorry", an offer and a question back',
		text: "No XML feed this year, sorry - the platform team built everything on JSON, and a second format would mean two pipelines side by side. I can set up a nightly JSON drop into your bucket though, and your importer reads those fine. Want me to switch that on?\n",
	},
];

const NON_LETTERS: Doc[] = [
	{
		name: 'a price-rise notice to every customer',
		text: "Dear Customer,\n\nThank you for being a Brightwater customer.\n\nWe're writing to let you know that from March 1, 2027, our weekly window-cleaning round will increase from $30 to $34 per visit. Ladder insurance and fuel have gone up sharply, and unfortunately we're no longer able to absorb them.\n\nIf you have questions, reply to this email.\n\nSincerely,\nThe Brightwater Team\n",
	},
	{
		name: 'a candidate turning down a job offer',
		text: "Dear Ms Rahman,\n\nThank you for the offer of the Site Manager position, and for the time you spent with me.\n\nAfter a lot of thought I've decided to decline. Unfortunately the new shift pattern would mean a long commute, and I'm not able to make that work right now.\n\nI hope our paths cross again.\n\nKind regards,\nLeah Brooks\n",
	},
	{
		name: 'a blog post with a site generator\'s front matter, written to "you"',
		text: "---\ntitle: Saying no to rush jobs\nauthor: Kofi Mensah\ndate: 2026-09-18\n---\n\nI used to say yes to everything. Now I turn down a third of what comes in, and here is how I do it so people still call me back.\n\nDon't write \"I'm unable to take this booking\" and stop there. Say what is in the way: I'm already on a tour. We can't all work every weekend, and you shouldn't try. Offer a colleague you trust and a different date. Let me know how you handle it.\n",
		md: true,
	},
	{
		name: 'README',
		text: '# Tactful\n\nA linter for decline letters.\n\n## Install\n\n```sh\nnpm ci\n```\n\nWe cannot support Node 16. You can\'t use it in the browser yet.\n\n## Licence\n\nMIT\n',
		md: true,
	},
	{
		name: 'meeting notes',
		text: '# Weekly sync, 3 March\n\nAttendees: Sam, Priya, Tom\n\n## Notes\n\n- Client asked for a 20% discount; we declined.\n- Unfortunately the printer is late again.\n\n## Action items\n\n- Tom: send the revised quote\n- Priya: chase the printer\n',
		md: true,
	},
	{
		name: 'changelog',
		text: '# Changelog\n\n## 1.2.0\n\n- Unable to open files over 2 GB is fixed.\n- We no longer support Windows 7.\n- The export dialog can\'t be resized any more.\n',
		md: true,
	},
	{
		name: 'acceptance e-mail (a yes, with greeting and sign-off)',
		text: 'Hi Sam,\n\nThanks for asking! Good news: we can move the deadline to the 3rd, no problem at all. Unfortunately the courier doesn\'t run on Sundays, so the proofs will reach you on Monday.\n\nBest,\nJo\n',
	},
	{
		name: 'acceptance of a discount',
		text: 'Dear Mr. Brown,\n\nThank you for your loyalty. We are happy to confirm a 10% discount on your next order, and we have applied it to the quote attached.\n\nKind regards,\nAnna\n',
	},
	{
		name: 'newsletter',
		text: 'Hi everyone,\n\nWelcome to this month\'s newsletter! Unfortunately the summer open day is cancelled this year, as we cannot get the marquee in time. In this issue: three new courses, a staff profile and upcoming events.\n\nTo unsubscribe, reply STOP.\n\nCheers,\nThe Studio Team\n',
	},
	{
		name: 'blog post about saying no',
		text: '# How to say no to a client\n\nEvery freelancer has to decline a request sometimes. When a client asks for a rush job, you can\'t always say yes.\n\n## Tips\n\n1. Thank the client for the request.\n2. Explain the reason: clients respect honesty.\n3. Offer an alternative.\n\nSaying no well keeps your clients coming back.\n',
		md: true,
	},
	{
		name: 'status update reporting a failure',
		text: 'Hi team,\n\nQuick update on the migration: we weren\'t able to finish the data import last night because the VPN dropped twice. We\'ll retry tonight.\n\nThanks,\nSam\n',
	},
	{
		name: 'job cover letter',
		text: 'Dear Hiring Manager,\n\nI am writing to apply for the position of Account Manager. In my current role I manage twelve clients, and I am not able to start until 1 June because of my notice period. My CV is attached and I would welcome an interview.\n\nYours faithfully,\nRita Gomez\n',
	},
	{
		name: 'a thank-you note with "can\'t wait"',
		text: 'Hi Dana,\n\nThank you so much for the lovely flowers. We can\'t wait to see you at the opening, and we couldn\'t be happier with how the shop turned out!\n\nLove,\nMia and Tom\n',
	},
	{
		name: 'plain prose without a refusal',
		text: 'The committee met on Tuesday to review the budget. The proposal was approved with minor changes, and the next review is scheduled for June.\n',
	},
	{
		name: 'an invitation',
		text: 'Hi Leo,\n\nWe\'d love you to join us for the studio\'s tenth birthday on Friday. There will be food, music and far too much cake. Let me know if you can make it!\n\nBest,\nNina\n',
	},
	{
		name: 'a proposal that offers options (no refusal)',
		text: 'Hi Jonas,\n\nFollowing up on our call: here is the proposal for the website refresh.\n\nWe suggest a phased approach. Phase one covers the homepage, product pages and checkout, and takes about six weeks. Phase two adds the blog and the customer portal. Alternatively, we could do everything in one go, which would take around ten weeks.\n\nThe full quote is attached. Let me know if you have any questions.\n\nBest,\nNadia\n',
		md: true,
	},
	{
		name: 'an office announcement to a group',
		text: 'Hi all,\n\nQuick heads-up: the office will be closed on Friday for the electrical inspection. Unfortunately we can\'t access the building at all that day, so please work from home.\n\nIf you need anything from the supply room, grab it on Thursday.\n\nThanks,\nMaria\nOffice Manager\n',
	},
	{
		name: 'a condolence note',
		text: 'Hi Ruth,\n\nI\'m so sorry to hear about your dad. Please take all the time you need; the project can wait, and I\'ll keep things moving here.\n\nThinking of you,\nClaire\n',
	},
	{
		name: 'an incident report',
		text: 'Incident report, 4 March\n\nAt 14:10 the payment service stopped responding. We could not process card payments for 25 minutes because the database connection pool was exhausted. Unfortunately two batch jobs also failed. The team restarted the service at 14:35.\n\nFollow-up: increase the pool size and add an alert.\n',
	},
	{
		name: 'a yes: the shoot is moved',
		text: 'Hi Leo,\n\nThanks for the update on the launch. Yes, we can definitely bring the photo shoot forward to the 12th — I\'ve already moved the studio booking and let the stylist know.\n\nSee you on the day!\n\nBest,\nRosa\n',
	},
	{
		name: 'an appointment reminder',
		text: 'Hi Mia,\n\nJust a reminder that your appointment with Dr. Shah is on Tuesday at 3pm. If you can\'t make it, please let us know at least 24 hours before so we can offer the slot to someone else.\n\nKind regards,\nParkside Dental\n',
	},
	{
		name: 'an internal note about a refusal',
		text: 'Priya — client wants the launch moved up to the 6th. I told them we can\'t, the edit needs two weeks. Can you back me up on the call?\nTom\n',
	},
	{
		name: 'release notes',
		text: '# Release notes 4.2\n\n- Exports can no longer be scheduled more than a year ahead.\n- We removed the legacy importer; it could not handle files over 2 GB.\n- Unfortunately the Safari extension is not available yet.\n',
		md: true,
	},
	{
		name: 'a customer\'s complaint to a shop (the customer refuses, nobody declines a request)',
		text: 'To the Customer Services Team,\n\nMy order number 55-1182 (a sofa) was due on Tuesday. I took the day off and nobody came. This is unacceptable. I refuse to pay the delivery charge for a delivery that never happened, and I expect a full refund of it.\n\nPlease confirm a new date by Friday.\n\nYours faithfully,\nMark Ellis\n',
	},
	{
		name: 'a cover letter with "unable to start" in it',
		text: 'Dear Mr Grant,\n\nI\'m writing to apply for the office manager role advertised on your website. For five years I have run the office of a busy dental practice. Unfortunately I am unable to start before March because of my notice period.\n\nMy CV is attached, and I would welcome the chance to discuss the role.\n\nYours sincerely,\nAnita Shah\n',
	},
	{
		name: 'an internal message to the team about a client',
		text: 'Team,\n\nHeads up: Northwind want the whole app translated into French by Monday. Obviously that\'s not happening, and we can\'t keep absorbing these requests for free. I\'ll write to them today and offer the store listing first.\n\nMo\n',
	},
	{
		name: 'a thank-you note that reports what could not be done in time',
		text: 'Dear Priya,\n\nThank you for a wonderful project. We were unable to get the garden lights in before the party, as you know, but they went in on Monday and look lovely.\n\nIf you ever need anything else, don\'t hesitate to get in touch.\n\nWarm regards,\nTom\n',
	},
	{
		name: 'a plain-text README with underlined titles and a personal voice',
		text: 'Release notes for Pathwright\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~\nIf you are packaging Pathwright, please read PACKAGERS first.\n\nI am not able to answer support questions by email any more, sorry. If you have problems, check the FAQ first, and you can open an issue on the tracker instead.\n\nThanks,\nJo\n',
	},
	{
		name: 'a plain-text FAQ',
		text: 'Q. Can I get a refund after 30 days?\nA. No, we cannot refund after 30 days, because licences are issued per year.\n\nQ. Can I move my licence to a new laptop?\nA. Yes, you can move it once a year.\n\nQ. Do you offer discounts?\nA. We offer 20% off for charities.\n',
	},
	{
		name: 'a yes that opens with "Unfortunately we\'ve had a busy month"',
		text: 'Hi Jo,\n\nThanks for coming back about the quote. Unfortunately it has been a hectic month, so this reply is later than I wanted. But yes, we can do the 15% discount you asked for, which brings it to £2,550.\n\nJust reply to confirm and we\'ll book you in.\n\nBest,\nSam\n',
	},
	{
		name: 'an employer turning down a job applicant',
		text: 'Dear Mr Lowe,\n\nThank you for applying for the role of Site Supervisor and for meeting the panel last week. After careful thought we have decided not to take your application further, and we are unable to offer you the position. The successful candidate had more experience of timber frame.\n\nWe would be glad to keep your details on file for future roles.\n\nKind regards,\nHR Team\n',
	},
	{
		name: 'a chat log about turning a client down',
		text: 'dan: Corvid want the full rebrand for the price of the logo again\npriya: no way we can do that this month\ndan: can you draft a reply? offer the logo now and the rest in phase 2\npriya: yep, will send it to you first\n',
	},
	{
		name: 'a customer asking a shop for a refund',
		text: "Hello,\n\nI bought a Brightline desk lamp (order BL-20931) on 3 May and it stopped working after a week. I can't use it at all and I'm not willing to wait for a repair. I would like a full refund, please.\n\nThanks,\nAmir\n",
	},
	{
		name: 'a yes with a third party\'s limit in it ("our courier can\'t do weekends, so I\'ll drive them")',
		text: "Hi Mel,\n\nThanks for checking in. Yes - we can have the 300 menus with you by Saturday. Unfortunately our usual courier can't do weekend deliveries, so I'll drop them off myself on Friday evening at no extra charge.\n\nCan't wait to see them on the tables!\n\nBest,\nRob\n",
	},
	{
		name: 'an out-of-office that "will not have access to email"',
		text: 'Thank you for your email.\n\nI am away until Monday 1 December and unable to respond to messages during this time. I will not have access to email.\n\nFor anything urgent, please contact Priya on 020 7946 0321.\n\nKind regards,\nBen\n',
	},
	{
		name: 'a newsletter that greets "gardeners"',
		text: "# November news\n\nHello gardeners!\n\nWinter opening hours start on 1 December. We can't promise the apple trees will last beyond the first weekend, so come early.\n\n## What's on\n\n- Wreath workshop, Saturday 6 December\n\nSee you soon,\nThe Potting Shed team\n",
		md: true,
	},
];

describe('letter detection', () => {
	test('at least 10 letters and 10 non-letters', () => {
		assert.ok(LETTERS.length >= 10);
		assert.ok(NON_LETTERS.length >= 10);
	});
	for (const d of LETTERS) {
		test(`a decline letter: ${d.name}`, () => {
			const r = lint(d.text, { languageId: d.md ? 'markdown' : 'plaintext' });
			assert.equal(r.letter, true);
			assert.equal(r.kind, 'letter');
		});
	}
	for (const d of NON_LETTERS) {
		test(`not a letter: ${d.name}`, () => {
			const r = lint(d.text, { languageId: d.md ? 'markdown' : 'plaintext' });
			assert.equal(r.letter, false);
			assert.deepEqual(r.findings.filter((f) => f.ruleId.startsWith('missing-') || f.ruleId === 'acknowledge-before-refusal'), []);
			assert.ok(Object.values(r.steps).every((v) => v === false));
		});
	}
	test('front matter forces a kind', () => {
		const prose = 'The committee met on Tuesday.\n';
		assert.equal(lint(`---\ntactful: letter\n---\n${prose}`, { languageId: 'markdown' }).kind, 'letter');
		assert.equal(lint(`---\ntactful: off\n---\nHi Sam,\n\nWe cannot do it.\n\nBest,\nJo\n`, { languageId: 'markdown' }).letter, false);
	});
	test('a reply thread under the letter is the client\'s text, not the writer\'s', () => {
		const thread = '\n\nOn Mon, 3 Mar 2025 at 09:12, Sam Lee <sam@example.com> wrote:\nUnfortunately we cannot pay the invoice this month, because our budget is frozen.\nCould you wait until April?\n\nThanks,\nSam\n';
		const yes = 'Hi Sam,\n\nThanks for letting us know. Happy to wait until April, no problem at all.\n\nBest,\nJo' + thread;
		assert.equal(lint(yes, { languageId: 'plaintext' }).letter, false);
		const no = 'Hi Sam,\n\nThanks for letting us know. Unfortunately we cannot wait until April, as our own suppliers are paid monthly.\n\nBest,\nJo' + thread;
		const r = lint(no, { languageId: 'plaintext' });
		assert.equal(r.letter, true);
		const open = r.findings.find((f) => f.ruleId === 'missing-open')!;
		assert.equal(no.slice(open.start, open.end), 'Best,');
	});
	test('nothing in a quoted thread under the letter is reported; the writer\'s own text still is', () => {
		const reply = 'Hi Tom,\n\nThank you for asking, and for thinking of us for the rebrand.\n\nI understand you need the price to fit this quarter\'s budget. We cannot halve it, because the price covers three rounds of revisions.\n\nOne option is a lighter package with one round at 60% of the price.\n\nI am sorry this does not fit right now. Shall we talk on Monday?\n\nBest,\nAna\n';
		const client = 'We cannot pay that. It is impossible for us, unfortunately.\n';
		const threads: Array<[string, string, 'markdown' | 'plaintext']> = [
			['Outlook marker, its headers one Markdown paragraph', '\n-----Original Message-----\nFrom: Tom Reed\nSent: Monday, 30 November 2026 09:12\nSubject: price\n\n', 'markdown'],
			['Outlook marker, plain text', '\n-----Original Message-----\nFrom: Tom Reed\nSent: Monday, 30 November 2026 09:12\nSubject: price\n\n', 'plaintext'],
			['mail headers without a marker', '\nFrom: Tom Reed <tom@example.com>\nSent: Monday, 30 November 2026 09:12\nTo: Ana\n\n', 'markdown'],
			['"On …, Tom wrote:" and the mail in the same paragraph', '\nOn Mon, 30 Nov 2026 at 09:12, Tom Reed <tom@example.com> wrote:\n', 'markdown'],
		];
		const alone = lint(reply, { languageId: 'markdown' });
		assert.equal(alone.letter, true);
		const own = alone.findings.map((f) => `${f.ruleId}@${f.start}`);
		assert.ok(own.some((f) => f.startsWith('no-blunt-refusal@')), 'the writer\'s "We cannot" is reported');
		for (const [name, marker, languageId] of threads) {
			const text = reply + marker + client;
			const r = lint(text, { languageId });
			assert.equal(r.letter, true, name);
			const quoted = text.length - client.length;
			assert.deepEqual(r.findings.filter((f) => f.start >= quoted).map((f) => f.ruleId), [], `${name}: nothing reported in the client's mail`);
			if (languageId === 'markdown') assert.deepEqual(r.findings.map((f) => `${f.ruleId}@${f.start}`), own, `${name}: the reply's findings are those of the reply alone`);
		}
		// The marker on the line under the signature, in the same Markdown paragraph: the sign-off is still the writer's.
		const joined = reply.replace(/\n$/, '') + '\n-----Original Message-----\n' + client;
		const r = lint(joined, { languageId: 'markdown' });
		assert.deepEqual(r.findings.filter((f) => f.start >= joined.length - client.length), []);
		assert.ok(r.findings.some((f) => f.ruleId === 'no-blunt-refusal' && f.start < reply.length));
	});
	test('a mail footer under the letter is not the writer\'s: not read, not reported', () => {
		const footers = [
			'CONFIDENTIALITY NOTICE: This email and any attachments are confidential. If you are not the intended recipient, you must not copy it. We cannot accept liability for any loss caused by viruses.',
			'This email is confidential and intended solely for the addressee. If you are not the intended recipient, please delete it. We cannot accept liability for any errors. Unfortunately we are unable to guarantee that this email is virus free.',
			'Disclaimer: we are unable to accept any responsibility for the contents of this message, and it is impossible to guarantee its delivery.',
			'If you have received this email in error, please notify the sender. We cannot accept liability for its contents.',
		];
		const yes = 'Hi Jordan,\n\nThanks for the quick turnaround on the contract. Good news: we can do the earlier deadline of May 2, and the extra landing page fits in the current budget.\n\nI\'ll send the updated plan tomorrow morning.\n\nCheers,\nMia\n\n';
		const no = 'Hi Marta,\n\nThank you for asking us to extend the pilot to your Berlin office. I understand you would like the Berlin team on board before the budget review in January. Unfortunately we cannot start this year, because our onboarding team is fully booked through December.\n\nWhat we can do is start Berlin on January 8, and send the recorded sessions now. I am sorry the timing is tight for your review. Could we talk next week?\n\nBest regards,\nJonas Weber\nAccount Manager\n\n';
		const plain = lint(no, { languageId: 'plaintext' });
		for (const footer of footers) {
			for (const languageId of ['plaintext', 'markdown'] as const) {
				assert.equal(lint(yes + footer + '\n', { languageId }).letter, false, `an acceptance with a footer stays quiet (${languageId}): ${footer}`);
				const r = lint(no + footer + '\n', { languageId });
				assert.equal(r.letter, true, footer);
				assert.deepEqual(r.findings.filter((f) => f.start >= no.length), [], `nothing reported in the footer (${languageId}): ${footer}`);
				if (languageId === 'plaintext') assert.deepEqual(r.findings.map((f) => `${f.ruleId}@${f.start}`), plain.findings.map((f) => `${f.ruleId}@${f.start}`), footer);
			}
		}
		// Words a letter may use: "this message is intended for", "confidential" in a sentence of the letter.
		const body = 'Hi Marta,\n\nThank you for asking us to extend the pilot. It has been a pleasure to work with your team. Your feedback shaped the new export.\n\nThis message is intended for your whole team, so please share it. The figures are confidential, as you know. Unfortunately we cannot start this year, because our onboarding team is fully booked through December.\n\nBest regards,\nJonas\n';
		const r = lint(body, { languageId: 'plaintext' });
		assert.equal(r.letter, true);
		assert.ok(r.findings.some((f) => f.ruleId === 'no-blunt-refusal'), 'the refusal after those sentences is still read');
	});
	test('"On Monday you wrote:" inside the reply is the writer quoting the client, not a thread', () => {
		const text = 'Hi Tom,\n\nThank you for asking, and for thinking of us for the rebrand. We enjoyed the kickoff. The moodboards were great.\n\nOn Monday you wrote:\n\n> Can you cut the price in half?\n\nI understand you need the price to fit this quarter\'s budget. We cannot halve it, because the price covers three rounds of revisions.\n\nOne option is a lighter package at 60% of the price.\n\nI am sorry this does not fit right now. Shall we talk on Monday?\n\nBest,\nAna\n';
		const r = lint(text, { languageId: 'markdown' });
		assert.equal(r.letter, true);
		assert.ok(r.findings.some((f) => f.ruleId === 'no-blunt-refusal' && text.slice(f.start, f.end) === 'We cannot'));
	});
	test('a refusal quoted from the client is not the writer\'s refusal', () => {
		const text = 'Hi Sam,\n\n> Unfortunately we cannot pay the invoice this month.\n\nThanks for letting us know. Happy to wait until the 30th.\n\nBest,\nJo\n';
		assert.equal(lint(text, { languageId: 'markdown' }).letter, false);
	});
	test('front matter: a post\'s fields (title, author, date…) count against a letter, a letter template\'s (to, subject…) do not', () => {
		const reasons = (text: string) => {
			const doc = analyseMarkup(text, 'markdown');
			return analyseLetter(doc, splitSentences(doc)).scores.reasons;
		};
		const body = "Dear Ms Shah,\n\nThanks for asking about the 3rd. Unfortunately we can't bring the launch forward: the print run needs ten working days.\n\nBest,\nJo\n";
		assert.ok(reasons(`---\ntitle: Launch dates\nauthor: Jo Smith\ndate: 2026-12-05\n---\n\n${body}`).includes('front matter of a post or page'));
		assert.deepEqual(reasons(`---\nauthor: Jo Smith\ndate: 5 December 2026\nto: Ms Priya Shah\nsubject: Your request\n---\n\n${body}`), []);
		assert.equal(lint(`---\nauthor: Jo Smith\ndate: 5 December 2026\nto: Ms Priya Shah\n---\n\n${body}`, { languageId: 'markdown' }).letter, true);
	});
});
