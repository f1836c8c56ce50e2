/** `tactful rules`: every rule with its move, default severity and whether --fix can fix it; `--format json` too. */
import { rules } from '../engine/index';
import type { Paint } from './color';
import { ruleDocUrl } from './meta';

export function rulesTable(format: 'stylish' | 'json', p: Paint): string {
	if (format === 'json') {
		const list = rules.map(({ meta }) => ({
			id: meta.id,
			step: meta.step,
			severity: meta.severity,
			fixable: meta.fixable,
			letterOnly: meta.letterOnly === true,
			description: meta.description,
			docs: ruleDocUrl(meta.id, true),
		}));
		return JSON.stringify(list, null, 2) + '\n';
	}
	const head = ['rule', 'step', 'default', 'fixable', 'description'];
	const rows = rules.map(({ meta }) => [meta.id, meta.step ?? '-', meta.severity, meta.fixable ? 'yes' : 'no', meta.description]);
	const widths = head.slice(0, 4).map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) => cells.map((c, i) => (i < 4 ? c.padEnd(widths[i]) : c)).join('  ').trimEnd();
	return [p.bold(line(head)), ...rows.map(line), '', p.dim('Change a rule in .tactfulrc.json: "rules": { "<rule>": "error" | "warning" | "info" | "hint" | "off" }')].join('\n') + '\n';
}
