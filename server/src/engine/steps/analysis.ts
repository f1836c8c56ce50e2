import type { DocumentKind, Step } from '../types';
import type { ProseDoc } from '../text/markup';
import type { Sentence } from '../text/sentences';

/** A span of text that shows something (a step, a refusal, a greeting). */
export interface Evidence {
	start: number;
	end: number;
	/** What was recognised, for debugging and tests (e.g. "thanks for the request"). */
	cue: string;
}

export interface LetterAnalysis {
	/** True when the document reads as a decline letter (a refusal in a letter or e-mail shape). */
	isDeclineLetter: boolean;
	/** Evidence for each of the seven steps, or null when the step is missing. */
	steps: Record<Step, Evidence | null>;
	/** The first sentence that states the refusal. */
	refusal: Evidence | null;
	/** The salutation line ("Hi Sam,"), if any. */
	greeting: Evidence | null;
	/** The closing line ("Best regards,"), if any. */
	signOff: Evidence | null;
	/** Every sentence of the body that makes at least one move, in document order (see `findMove`). */
	moves: { start: number; end: number }[];
	/** The moves each of `moves` makes, in the model's order. */
	moveSteps: (readonly Step[])[];
	/** The body sentences (not greeting, headers or closing), for placing insertions. */
	body: { start: number; end: number }[];
	/** The name, title and contact lines that close the letter (after the sign-off, or on their own), if any. */
	signature: Evidence | null;
	/**
	 * Where the writer's reply ends, or null: a mail footer ("This email is confidential …") or the quoted thread
	 * ("-----Original Message-----", "On …, Sam wrote:") starts there. Nothing after it is the writer's.
	 */
	replyEnd: number | null;
	/** How the document was classified, for debugging and the eval script. */
	scores: {
		/** Letter shape: greeting, sign-off, "you" and "we", minus document-level cues against a letter. */
		shape: number;
		/** The strongest refusal in any sentence. */
		refusal: number;
		/** Moves that imply a refusal without saying it (a reason, an alternative, regret), counted. */
		implicit: number;
		/** Evidence of saying yes, summed over the document. */
		accept: number;
		/** Why the shape score was lowered (headings, a group greeting, …). */
		reasons: string[];
	};
}

/** The first sentence of the body, in document order, that makes moves `test` accepts; with those moves. */
export function findMove(analysis: LetterAnalysis, test: (start: number, steps: readonly Step[]) => boolean): { start: number; end: number; steps: readonly Step[] } | undefined {
	const { moves, moveSteps } = analysis;
	for (let i = 0; i < moves.length; i++) {
		if (test(moves[i].start, moveSteps[i])) return { start: moves[i].start, end: moves[i].end, steps: moveSteps[i] };
	}
	return undefined;
}

/** Decides whether a document is a decline letter and which of the seven moves it makes. */
export type Analyse = (doc: ProseDoc, sentences: readonly Sentence[]) => LetterAnalysis;

export function emptySteps(): Record<Step, Evidence | null> {
	return { understand: null, acknowledge: null, explain: null, alternatives: null, positive: null, empathy: null, open: null };
}

export type { DocumentKind };
