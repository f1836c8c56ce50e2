/**
 * The server answers a pulled report as "unchanged" when the new diagnostics match a compact snapshot of the last
 * ones it sent. Every field the client sees must take part: a change to any one of them is a different report. The
 * snapshot also keeps each diagnostic's JSON, which the next report reuses for a diagnostic that is the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver';
import { sameDiagnostics, snapshotDiagnostics, toDiagnostic } from '../../server/src/convert';
import type { Finding } from '../../server/src/engine';
import type { LintEntry } from '../../server/src/linting';

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
	assert.equal(sameDiagnostics(snapshotDiagnostics(items), shown), true);
	assert.equal(sameDiagnostics(snapshotDiagnostics([0, 1, 2].map(diagnostic)), shown), true);
	assert.equal(sameDiagnostics(snapshotDiagnostics([]), snapshotDiagnostics([])), true);
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
		assert.equal(sameDiagnostics(snapshotDiagnostics(items), shown), false, what);
	}
	assert.equal(sameDiagnostics(snapshotDiagnostics([0, 1].map(diagnostic)), shown), false, 'one fewer');
	assert.equal(sameDiagnostics(snapshotDiagnostics([0, 1, 2, 3].map(diagnostic)), shown), false, 'one more');
});

test('each diagnostic’s JSON is kept for the next list where that diagnostic is the same, and made again where not', () => {
	const first = snapshotDiagnostics([0, 1, 2].map(diagnostic));
	assert.deepEqual(first.json, [0, 1, 2].map((i) => JSON.stringify(diagnostic(i))));
	const items = [0, 1, 2, 3].map(diagnostic);
	items[1].range.end.character += 1;
	const next = snapshotDiagnostics(items, first);
	assert.deepEqual(next.json, items.map((d) => JSON.stringify(d)));
	assert.equal(next.json[0], first.json[0], 'the same string, not made again');
	assert.equal(next.json[2], first.json[2]);
	assert.notEqual(next.json[1], first.json[1]);
});

test('every field of a real diagnostic takes part: changing any one makes its JSON again and a different report', () => {
	// Built by the server's own toDiagnostic, so a field it gains without the snapshot comparing it fails here.
	const text = 'We lack the bandwidth.\nSecond line.';
	const entry = { text, starts: [0, 23] } as unknown as LintEntry;
	const finding = { ruleId: 'no-jargon', step: 'explain', severity: 'warning', message: '"bandwidth" is jargon', start: 12, end: 21, fixes: [] } as unknown as Finding;
	const made = () => toDiagnostic(entry, finding, 4);
	const shown = snapshotDiagnostics([made()]);
	const leaves: string[][] = [];
	const walk = (value: unknown, path: string[]) => {
		if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
		else leaves.push(path);
	};
	walk(made(), []);
	assert.ok(leaves.length >= 11, `found ${leaves.length} fields`);
	for (const path of leaves) {
		const d = made() as unknown as Record<string, unknown>;
		let at: Record<string, unknown> = d;
		for (const k of path.slice(0, -1)) at = (at[k] = { ...(at[k] as object) }) as Record<string, unknown>;
		const last = path[path.length - 1];
		at[last] = typeof at[last] === 'number' ? (at[last] as number) + 1 : `${String(at[last])}!`;
		const again = snapshotDiagnostics([d as unknown as Diagnostic], shown);
		assert.equal(again.json[0], JSON.stringify(d), path.join('.'));
		assert.equal(sameDiagnostics(snapshotDiagnostics([d as unknown as Diagnostic]), shown), false, path.join('.'));
	}
});
