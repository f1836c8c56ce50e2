/**
 * The seven-step checklist as code lenses at the top of a letter: `Decline checklist 5/7 · missing: empathy, open`,
 * then one "Add <step>" lens per missing step the engine knows where to insert.
 */
import type { CodeLens } from 'vscode-languageserver';
import { STEPS, type Step } from './engine';
import type { LintEntry } from './linting';
import { Commands } from './protocol';

export function checklistTitle(steps: Record<Step, boolean>): string {
	const missing = STEPS.filter((s) => !steps[s]);
	const present = STEPS.length - missing.length;
	return missing.length === 0 ? `Decline checklist ${present}/${STEPS.length} ✓` : `Decline checklist ${present}/${STEPS.length} · missing: ${missing.join(', ')}`;
}

/** The engine's "add this step" fix for a step, when the step is missing and its rule is on. */
export function stepInsertion(entry: LintEntry, step: Step) {
	return entry.result.findings.find((f) => f.ruleId === `missing-${step}` && f.fixes.length > 0)?.fixes[0];
}

export function codeLenses(entry: LintEntry): CodeLens[] {
	const { result } = entry;
	if (!result.letter) return [];
	const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
	// An empty command id: a label, not a link (VS Code renders it as plain text).
	const lenses: CodeLens[] = [{ range, command: { title: checklistTitle(result.steps), command: '' } }];
	for (const step of STEPS) {
		if (result.steps[step] || !stepInsertion(entry, step)) continue;
		lenses.push({ range, command: { title: `Add ${step}`, command: Commands.insertStep, arguments: [entry.uri, step] } });
	}
	return lenses;
}
