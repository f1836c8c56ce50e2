/**
 * The server answers a pulled report as "unchanged" when the new diagnostics match a compact snapshot of the last
 * ones it sent. Every field the client sees must take part: a change to any one of them is a different report.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { sameDiagnostics, snapshotDiagnostics } from '../../server/src/convert';

const diagnostic = (i: number): Diagnostic => ({
	range: { start: { line: i, character: 3 }, end: { line: i, character: 12 } },
	severity: 2,
	source: 'tactful',
	code: 'no-jargon',
	codeDescription: { href: 'https://example.invalid/no-jargon.md' },
	message: `"bandwidth" is jargon (${i})`,
	data: { ruleId: 'no-jargon', index: i },
});

test('the same diagnostics match their snapshot, built afresh or not', () => {
	const items = [0, 1, 2].map(diagnostic);
	const shown = snapshotDiagnostics(items);
	assert.equal(sameDiagnostics(items, shown), true);
	assert.equal(sameDiagnostics([0, 1, 2].map(diagnostic), shown), true);
	assert.equal(sameDiagnostics([], snapshotDiagnostics([])), true);
});

test('any field the client sees makes a different report', () => {
	const shown = snapshotDiagnostics([0, 1, 2].map(diagnostic));
	const changes: Array<[string, (d: Diagnostic) => void]> = [
		['start line', (d) => (d.range.start.line += 1)],
		['start character', (d) => (d.range.start.character += 1)],
		['end line', (d) => (d.range.end.line += 1)],
		['end character', (d) => (d.range.end.character += 1)],
		['severity', (d) => (d.severity = 1)],
		['code', (d) => (d.code = 'no-blame')],
		['message', (d) => (d.message += '.')],
		['documentation link', (d) => (d.codeDescription = undefined)],
		['finding index', (d) => ((d.data as { index: number }).index = 7)],
		['rule id in data', (d) => ((d.data as { ruleId: string }).ruleId = 'no-blame')],
	];
	for (const [what, change] of changes) {
		const items = [0, 1, 2].map(diagnostic);
		change(items[2]);
		assert.equal(sameDiagnostics(items, shown), false, what);
	}
	assert.equal(sameDiagnostics([0, 1].map(diagnostic), shown), false, 'one fewer');
	assert.equal(sameDiagnostics([0, 1, 2, 3].map(diagnostic), shown), false, 'one more');
});
