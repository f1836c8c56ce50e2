/**
 * The human format, ESLint-style: findings grouped by file as `line:col  severity  message  ruleId` (1-based), each
 * letter's checklist, what --fix changed, and a summary line.
 */
import type { Paint } from '../color';
import { checklistLine, plural, type Counts, type FileReport } from '../report';
import type { FormatContext } from './index';

export function stylish(reports: readonly FileReport[], counts: Counts, ctx: FormatContext): string {
	const p = ctx.paint;
	const out: string[] = [];
	for (const r of reports) {
		const showChecklist = r.letter && !ctx.quiet;
		const fixedTotal = Object.values(r.fixed ?? {}).reduce((a, b) => a + b, 0);
		if (r.diagnostics.length === 0 && !showChecklist && fixedTotal === 0) continue;
		out.push(p.underline(r.file));
		if (fixedTotal > 0) {
			const what = Object.entries(r.fixed!).map(([id, n]) => (n > 1 ? `${id} ×${n}` : id)).join(', ');
			out.push(`  ${p.green('✔')} ${ctx.dryRun ? 'would fix' : 'fixed'} ${plural(fixedTotal, 'problem')} (${what})`);
			if (r.diff) out.push(...r.diff.split('\n').map((l) => `    ${l.startsWith('-') ? p.red(l) : l.startsWith('+') ? p.green(l) : p.dim(l)}`));
		}
		const rows = r.diagnostics.map((d) => [
			`${d.range.start.line + 1}:${d.range.start.character + 1}`,
			d.severity,
			d.message.replace(/\s*[\r\n]+\s*/g, ' '),
			d.ruleId,
		]);
		const w0 = Math.max(0, ...rows.map((row) => row[0].length));
		const w1 = Math.max(0, ...rows.map((row) => row[1].length));
		for (const [pos, sev, message, ruleId] of rows) {
			out.push(`  ${p.dim(pos.padEnd(w0))}  ${colourSeverity(p, sev, sev.padEnd(w1))}  ${message}  ${p.dim(ruleId)}`);
		}
		if (showChecklist) out.push(`  ${r.kind === 'template' ? 'template, ' : ''}${checklistLine(r.steps)}`);
		out.push('');
	}
	out.push(summary(counts, ctx));
	return out.join('\n') + '\n';
}

function colourSeverity(p: Paint, sev: string, label: string): string {
	return sev === 'error' ? p.red(label) : sev === 'warning' ? p.yellow(label) : p.blue(label);
}

function summary(c: Counts, ctx: FormatContext): string {
	const p = ctx.paint;
	const scope = `${plural(c.files, 'file')} checked, ${plural(c.letters, 'letter')}`;
	const fixed = c.fixed > 0 ? `; ${ctx.dryRun ? 'would fix' : 'fixed'} ${plural(c.fixed, 'problem')} in ${plural(c.fixedFiles, 'file')}` : '';
	// --quiet reports errors only, and so does its summary.
	const problems = ctx.quiet ? c.errors : c.errors + c.warnings + c.notes;
	if (problems === 0) return `${p.green('✔')} ${scope}, no ${ctx.quiet ? 'errors' : 'problems'}${fixed}`;
	if (ctx.quiet) return `${p.red('✖')} ${plural(c.errors, 'error')} · ${scope}${fixed}`;
	const parts = [plural(c.errors, 'error'), plural(c.warnings, 'warning')];
	if (c.notes > 0) parts.push(`${c.notes} info/hint`);
	const mark = c.errors > 0 ? p.red('✖') : p.yellow('⚠');
	return `${mark} ${plural(problems, 'problem')} (${parts.join(', ')}) · ${scope}${fixed}`;
}
