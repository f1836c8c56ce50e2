/**
 * What a check run produces, in the shape of the public JSON contract (docs/cli.md): ranges are 0-based line and
 * character in UTF-16 code units, as in LSP. Every output format is written from these reports; the letter's text is
 * not kept, so a run over thousands of files holds only its findings.
 */
import { STEPS, lineStarts, offsetToPosition, type Finding, type LintResult, type Severity, type Step } from '../engine/index';

export interface Position {
	line: number;
	character: number;
}

export interface Range {
	start: Position;
	end: Position;
}

export interface Diagnostic {
	ruleId: string;
	step: Step | null;
	severity: Severity;
	message: string;
	range: Range;
	fixes: Array<{ title: string; edits: Array<{ range: Range; newText: string }> }>;
}

export interface FileReport {
	/** The path as given (or found under a given folder); `<stdin>` or the `--stdin-filename` for standard input. */
	file: string;
	letter: boolean;
	kind: LintResult['kind'];
	steps: Record<Step, boolean>;
	diagnostics: Diagnostic[];
	/** With --fix / --fix-dry-run: the fixes applied (or that would be), by rule id. */
	fixed?: Record<string, number>;
	/** With --fix-dry-run: the changed lines, as a small diff. */
	diff?: string;
}

export interface Counts {
	errors: number;
	warnings: number;
	/** info and hint findings: shown, never failing a run. */
	notes: number;
	files: number;
	letters: number;
	fixed: number;
	fixedFiles: number;
}

export function toReport(file: string, text: string, result: LintResult): FileReport {
	const starts = lineStarts(text);
	const range = (start: number, end: number): Range => ({
		start: offsetToPosition(starts, start, text.length),
		end: offsetToPosition(starts, end, text.length),
	});
	const diagnostics = result.findings.map(
		(f: Finding): Diagnostic => ({
			ruleId: f.ruleId,
			step: f.step,
			severity: f.severity,
			message: f.message,
			range: range(f.start, f.end),
			fixes: f.fixes.map((fix) => ({ title: fix.title, edits: fix.edits.map((e) => ({ range: range(e.start, e.end), newText: e.newText })) })),
		}),
	);
	return { file, letter: result.letter, kind: result.kind, steps: { ...result.steps }, diagnostics };
}

export function countReports(reports: readonly FileReport[]): Counts {
	const c: Counts = { errors: 0, warnings: 0, notes: 0, files: reports.length, letters: 0, fixed: 0, fixedFiles: 0 };
	for (const r of reports) {
		if (r.letter) c.letters++;
		for (const d of r.diagnostics) {
			if (d.severity === 'error') c.errors++;
			else if (d.severity === 'warning') c.warnings++;
			else c.notes++;
		}
		const fixed = Object.values(r.fixed ?? {}).reduce((a, b) => a + b, 0);
		c.fixed += fixed;
		if (fixed > 0) c.fixedFiles++;
	}
	return c;
}

/** The steps a letter misses, in the model's order. */
export function missingSteps(steps: Record<Step, boolean>): Step[] {
	return STEPS.filter((s) => !steps[s]);
}

/** `steps 5/7, missing: empathy, open` or `steps 7/7`. */
export function checklistLine(steps: Record<Step, boolean>): string {
	const missing = missingSteps(steps);
	return `steps ${STEPS.length - missing.length}/${STEPS.length}${missing.length ? `, missing: ${missing.join(', ')}` : ''}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
	return `${n} ${n === 1 ? word : many}`;
}
