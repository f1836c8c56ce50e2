/**
 * `workspace/executeCommand`: the server computes the edit from its own state and asks the client to apply it
 * (`workspace/applyEdit`, plain text: no client takes snippets there). Arguments are checked, never cast.
 */
import type { ExecuteCommandParams } from 'vscode-languageserver';
import { STEPS, type Edit, type Step } from './engine';
import type { LintEntry } from './linting';
import { Commands } from './protocol';
import { stepInsertion } from './codeLens';
import { safeFixes } from './codeActions';

export interface CommandRequest {
	uri: string;
	/** Builds the edit from the current lint entry; undefined when there is nothing to do. */
	edit(entry: LintEntry): { label: string; edits: Edit[] } | undefined;
}

/** Parses a command into what to do, or a reason it cannot be done (unknown command, bad arguments). */
export function parseCommand(params: ExecuteCommandParams): CommandRequest | string {
	const args = Array.isArray(params.arguments) ? params.arguments : [];
	const [uri, step] = args;
	if (typeof uri !== 'string') return `${params.command} needs a document URI as its first argument`;
	switch (params.command) {
		case Commands.insertStep:
			if (typeof step !== 'string' || !(STEPS as readonly string[]).includes(step)) return `${params.command} needs one of ${STEPS.join(', ')} as its second argument`;
			return {
				uri,
				edit: (entry) => {
					const fix = stepInsertion(entry, step as Step);
					return fix && { label: `Tactful: add ${step}`, edits: fix.edits };
				},
			};
		case Commands.fixAll:
			return {
				uri,
				edit: (entry) => {
					const fixes = safeFixes(entry, () => true);
					return fixes.length > 0 ? { label: 'Tactful: fix all safe problems', edits: fixes.flatMap((f) => f.edits) } : undefined;
				},
			};
		default:
			return `unknown command ${JSON.stringify(params.command)}`;
	}
}
