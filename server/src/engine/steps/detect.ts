/**
 * Letter detection and the seven-step detectors. Each detector reads one sentence at a time and looks for the shape
 * of a move (who does what to whom), not for stock phrases.
 */
import type { Step } from '../types';
import type { ProseDoc } from '../text/markup';
import type { Sentence } from '../text/sentences';
import { emptySteps, type Evidence, type LetterAnalysis } from './analysis';

const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|to whom it may concern)\b[^\n]{0,60}[,:!]?$/i;
const SIGN_OFF = /^(?:(?:best|warm|kind|many|with)?\s*(?:regards|wishes)|best|cheers|thanks|thank you|sincerely|yours(?: sincerely| truly| faithfully)?|all the best|talk soon|speak soon|respectfully|warmly|take care)\b[^\n]{0,20}[,.!]?$/i;

const REFUSAL = /\b(?:(?:we|i)(?:'re| are| am|'m)? (?:(?:not|un)able to|not in a position to|going to have to (?:say no|decline|pass))|(?:we|i) (?:can(?:'|’)?t|cannot|can not|won(?:'|’)?t be able to|will not be able to|must|have to|need to|(?:'ll|will) have to) (?:decline|pass|say no|turn down)|(?:we|i) (?:can(?:'|’)?t|cannot|can not|won(?:'|’)?t|will not|couldn(?:'|’)?t|could not|don(?:'|’)?t|do not) (?!wait\b|stop\b|thank\b|help but\b|recommend\b.*enough)(?:\w+ ){0,2}(?:do|offer|meet|accommodate|deliver|move|agree|provide|give|take on|extend|include|honou?r|make|accept|commit|support|change|reduce|lower|bring|match|refund|grant|waive|add|squeeze|fit|work)|(?:isn(?:'|’)?t|is not|won(?:'|’)?t be|will not be|not) (?:possible|feasible|something we (?:can|could|are able to))|unfortunately|regret(?:tably)?|(?:have|had) to (?:decline|say no|pass)|\bdecline\b|out of the question|impossible|no longer (?:able|offer))/i;

const CUES: Record<Step, RegExp> = {
	understand: /\b(?:i|we) (?:understand|can see|see|know|gather|appreciate) (?:that |why |how )?(?:you(?:'re| are)?|your|the|this|an? )|\b(?:you(?:'d| would) like|you(?:'re| are) (?:hoping|looking|keen|eager|planning)|you (?:asked|mentioned|need|want|wrote)|your request (?:for|to)|as i understand|if i(?:'ve| have) understood|to make sure i\b|could you (?:tell|share|let me know|clarify|help me understand)|what (?:is|'s) (?:driving|behind)|is there (?:a|any) (?:particular|specific)\b[^?]*\?)/i,
	acknowledge: /\b(?:thank(?:s| you)(?! for your (?:understanding|patience|cooperation|co-operation))\b|(?:i|we) (?:really |truly |genuinely )?(?:appreciate|value) (?:you|your|the|that|being)|grateful|(?:good|great|nice|lovely|exciting|a pleasure|wonderful) to (?:hear|see|learn|know|read)|(?:flattered|honou?red|delighted) (?:that|you|by|to)|means a lot)/i,
	explain: /\b(?:because|since (?:we|our|the|it)|the reason|due to (?!internal|various|unforeseen)|as (?:we|our) (?:are|have|is)|our (?:team|schedule|calendar|crew|studio|kitchen|workshop|staff|capacity|lead time|production|supplier)s? (?:is|are|has|have|runs|needs)|(?:fully|already) (?:booked|committed|allocated)|would (?:mean|require|take|compromise|risk|put)|(?:takes|needs|requires) (?:at least |about |around )?(?:\d+|two|three|four|five|six|several) (?:days|weeks|hours|months))/i,
	alternatives: /\b(?:instead|alternative(?:ly)?|(?:we|i) (?:could|can|might) (?:offer|suggest|propose|deliver|provide|start|split|phase|do|send|share|introduce|refer|recommend|put you)|what (?:we|i) (?:could|can) do|another option|one option|in the meantime|(?:a|the) (?:first|second|smaller|reduced|partial|later) (?:phase|stage|version|batch|release|delivery)|refer you|introduce you|(?:recommend|suggest) (?:a|an|my|our|some|contacting|reaching)|would (?:it|that) (?:work|help)|how about|happy to (?:offer|deliver|start|do)|compromise|middle ground)/i,
	positive: /\b(?:(?:we|i) (?:can|could|will|(?:'d|would) (?:be (?:happy|glad|delighted) to|love to))|(?:we|i)(?:'re| are| am|'m) (?:able|happy|glad|delighted) to|we recommend|i recommend|what we can do|(?:we|i)(?:'ll| will) (?:make sure|have|deliver|send|get))\b(?! not\b)/i,
	empathy: /\b(?:(?:i|we) (?:know|realise|realize|understand|appreciate|imagine|recognise|recognize)(?: that)? (?:this|that|it|the|you)\b[^.!?]{0,60}\b(?:disappoint|frustrat|inconvenien|difficult|hard|tight|tough|stress|not (?:the|what)|blow|setback|pressure|awkward)|disappoint|frustrat|inconvenien|(?:i|we)(?:'m| am|'re| are) (?:truly |really |so )?sorry (?:that|this|for the|to)|not the (?:answer|news) you|tight spot|(?:put|puts|putting) you in)/i,
	open: /\b(?:let (?:me|us) know|(?:happy|glad) to (?:talk|discuss|chat|jump|hop|go over|set up|arrange|walk)|feel free|(?:reach|get) (?:out|in touch|back)|(?:i|we)(?:'ll| will) (?:follow up|check in|be in touch|get back|call|send|come back)|look(?:ing)? forward|door (?:is|remains|stays) open|keep (?:in touch|talking)|don(?:'|’)?t hesitate|any (?:questions|thoughts)|would you (?:like|be open) to|(?:shall|should) we (?:talk|meet|discuss|schedule)|open to (?:discuss|talk))/i,
};

function normalise(s: string): string {
	return s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

export function analyseLetter(_doc: ProseDoc, sentences: readonly Sentence[]): LetterAnalysis {
	const steps = emptySteps();
	let refusal: Evidence | null = null;
	let greeting: Evidence | null = null;
	let signOff: Evidence | null = null;
	const n = sentences.length;
	for (let i = 0; i < n; i++) {
		const s = sentences[i];
		const t = normalise(s.text);
		if (!greeting && i < 3 && GREETING.test(t)) {
			greeting = { start: s.start, end: s.end, cue: 'greeting' };
			continue;
		}
		if (i >= n - 4 && t.length <= 40 && SIGN_OFF.test(t)) {
			if (!signOff) signOff = { start: s.start, end: s.end, cue: 'sign-off' };
			continue;
		}
		if (!refusal) {
			const m = REFUSAL.exec(t);
			if (m) refusal = { start: s.start, end: s.end, cue: m[0] };
		}
		for (const step of Object.keys(CUES) as Step[]) {
			if (steps[step]) continue;
			const m = CUES[step].exec(t);
			if (m) steps[step] = { start: s.start, end: s.end, cue: m[0] };
		}
	}
	const shaped = greeting !== null || signOff !== null;
	return { isDeclineLetter: shaped && refusal !== null, steps, refusal, greeting, signOff };
}
