/**
 * The seven moves as the client shows them: quick-pick items and snippet insertion at the cursor. The sentences come
 * from the engine's STEP_INFO, the same text the server's "add the missing step" fixes and snippets/ use.
 */
import * as vscode from 'vscode';
import { STEP_INFO } from '../../server/src/engine/steps/info';
import { STEPS, type Step } from '../../server/src/engine/types';

export interface StepPickItem extends vscode.QuickPickItem {
	step: Step;
}

/** Quick-pick items for the given steps (all seven by default), marking the ones the letter already makes. */
export function stepItems(present?: Partial<Record<Step, boolean>>, only: readonly Step[] = STEPS): StepPickItem[] {
	return only.map((step) => {
		const info = STEP_INFO[step];
		const made = present?.[step] === true;
		return {
			step,
			label: `${info.order}. ${info.title}`,
			description: made ? '$(check) already in the letter' : present ? 'missing' : undefined,
			detail: info.purpose,
		};
	});
}

export async function pickStep(items: StepPickItem[], placeHolder: string): Promise<Step | undefined> {
	const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
	return picked?.step;
}

/** Inserts the step's sentence as a snippet at the cursor, with a space before it when it would touch a word. */
export async function insertStepAtCursor(editor: vscode.TextEditor, step: Step): Promise<boolean> {
	const pos = editor.selection.start;
	const before = pos.character > 0 ? editor.document.lineAt(pos.line).text[pos.character - 1] : '';
	const lead = before && !/\s/.test(before) ? ' ' : '';
	return editor.insertSnippet(new vscode.SnippetString(lead + STEP_INFO[step].snippet));
}
