/**
 * GitHub Actions workflow commands, one per finding, which the runner turns into annotations on the pull request:
 * `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=<ruleId>::message`. Lines and columns are 1-based;
 * info and hint become `notice`. Escaping follows the runner's rules: `%`, CR and LF in the message; also `:` and `,`
 * in property values.
 */
import type { FileReport } from '../report';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const;

export function escapeData(s: string): string {
	return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
	return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function github(reports: readonly FileReport[]): string {
	const lines: string[] = [];
	for (const r of reports) {
		for (const d of r.diagnostics) {
			const { start, end } = d.range;
			const props = [
				`file=${escapeProperty(r.file.replace(/\\/g, '/'))}`,
				`line=${start.line + 1}`,
				`col=${start.character + 1}`,
				`endLine=${end.line + 1}`,
				// The last character's column (1-based, inclusive); an empty range stays at its start.
				`endColumn=${end.line === start.line ? Math.max(start.character + 1, end.character) : Math.max(1, end.character)}`,
				`title=${escapeProperty(d.ruleId)}`,
			];
			lines.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(d.message)}`);
		}
	}
	return lines.length ? lines.join('\n') + '\n' : '';
}
