/**
 * The JSON format: the public contract documented in docs/cli.md. One object per file checked, in a stable key
 * order: { file, letter, steps, diagnostics: [{ ruleId, step, severity, message, range, fixes }] }.
 */
import { STEPS } from '../../engine/index';
import type { FileReport } from '../report';

export function json(reports: readonly FileReport[]): string {
	const out = reports.map((r) => ({
		file: r.file,
		letter: r.letter,
		steps: Object.fromEntries(STEPS.map((s) => [s, r.steps[s]])),
		diagnostics: r.diagnostics.map((d) => ({
			ruleId: d.ruleId,
			step: d.step,
			severity: d.severity,
			message: d.message,
			range: d.range,
			fixes: d.fixes,
		})),
	}));
	return JSON.stringify(out, null, 2) + '\n';
}
