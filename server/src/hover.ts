/** Hover on a finding: why the rule matters, which of the seven moves it serves, a good example, and its docs. */
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import { ruleById, STEP_INFO, type Finding } from './engine';
import { offsetOf, rangeOf, ruleDocUrl } from './convert';
import type { LintEntry } from './linting';

export function hover(entry: LintEntry, position: Position, markdown: boolean): Hover | null {
	const offset = offsetOf(entry, position);
	const here = entry.result.findings.filter((f) => f.start <= offset && offset <= f.end);
	if (here.length === 0) return null;
	// The narrowest findings under the cursor: on "bandwidth", the jargon, not every move the whole sentence lacks.
	const width = Math.min(...here.map((f) => f.end - f.start));
	const shown = here.filter((f) => f.end - f.start === width);
	const value = shown.map((f) => explain(f, markdown)).join(markdown ? '\n\n---\n\n' : '\n\n');
	return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value }, range: rangeOf(entry, shown[0].start, shown[0].end) };
}

function explain(finding: Finding, markdown: boolean): string {
	const rule = ruleById(finding.ruleId);
	const step = finding.step ? STEP_INFO[finding.step] : undefined;
	const stepLine = step ? `Move ${step.order} of 7: ${step.title}. ${step.purpose}` : undefined;
	const example = rule?.meta.examples.find((e) => e.fixed !== undefined) ?? rule?.meta.examples.find((e) => e.good !== undefined);
	const better = example ? (example.fixed ?? example.good) : undefined;
	const href = ruleDocUrl(finding.ruleId);
	if (!markdown) {
		return [`Tactful: ${finding.ruleId}`, stepLine, rule?.meta.rationale ?? finding.message, better && `Better: ${better}`, href && `Docs: ${href}`].filter(Boolean).join('\n');
	}
	const parts = [`**Tactful · \`${finding.ruleId}\`**${step ? ` — move ${step.order} of 7: *${step.title}*` : ''}`];
	if (step) parts.push(step.purpose);
	parts.push(rule?.meta.rationale ?? finding.message);
	if (example?.bad && example.fixed) parts.push(`Instead of *${escape(example.bad)}*  \nwrite *${escape(example.fixed)}*`);
	else if (better) parts.push(`For example: *${escape(better)}*`);
	if (href) parts.push(`[Rule documentation](${href})`);
	return parts.join('\n\n');
}

/** Keeps example text literal inside Markdown emphasis. */
function escape(text: string): string {
	return text.replace(/[\\`*_[\]<>]/g, (c) => `\\${c}`);
}
