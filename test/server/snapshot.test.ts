/**
 * The server answers a pulled report as "unchanged" when the new diagnostics match a compact snapshot of the last
 * ones it sent. Every field the client sees must take part: a change to any one of them is a different report. The
 * snapshot also keeps each diagnostic object and its JSON, which the next report reuses for a diagnostic that is the
 * same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnosticsOf, sameDiagnostics, toDiagnostic, type DiagnosticsSnapshot } from '../../server/src/convert';
import { lineStarts, type Finding } from '../../server/src/engine';
import type { LintEntry } from '../../server/src/linting';
import { RULE_DOCS_BASE } from '../../server/src/protocol';

const TEXT = 'We lack the bandwidth.\nLine two has some jargon.\nLine three.\nLine four.\n';
const finding = (i: number, change: Partial<Finding> = {}): Finding => ({
	ruleId: 'no-jargon',
	step: 'explain',
	severity: 'warning',
	message: `"bandwidth" is jargon (${i})`,
	start: 12 + 23 * i,
	end: 21 + 23 * i,
	fixes: [],
	...change,
});
const entryOf = (findings: Finding[], text = TEXT): LintEntry => ({ text, starts: lineStarts(text), result: { findings } }) as unknown as LintEntry;
/** The diagnostics of a client that shows documentation links (VS Code). */
const snap = (entry: LintEntry, previous?: DiagnosticsSnapshot) => diagnosticsOf(entry, previous, true);
const list = (n: number) => Array.from({ length: n }, (_, i) => finding(i));

test('the same diagnostics match their snapshot, made afresh or not', () => {
	const shown = snap(entryOf(list(3)));
	assert.equal(sameDiagnostics(snap(entryOf(list(3))), shown), true);
	assert.equal(sameDiagnostics(snap(entryOf(list(3)), shown), shown), true);
	assert.equal(sameDiagnostics(snap(entryOf([])), snap(entryOf([]))), true);
	assert.deepEqual(shown.items, list(3).map((f, i) => toDiagnostic(entryOf(list(3)), f, i)), 'the diagnostics toDiagnostic makes');
});

test('a diagnostic shows the finding: where it is, how severe, which rule with its page, the message, and which finding', () => {
	const entry = entryOf(list(2));
	assert.deepEqual(toDiagnostic(entry, finding(1), 1), {
		range: { start: { line: 1, character: 12 }, end: { line: 1, character: 21 } },
		severity: 2,
		source: 'tactful',
		code: 'no-jargon',
		codeDescription: { href: `${RULE_DOCS_BASE}no-jargon.md` },
		message: '"bandwidth" is jargon (1)',
		data: 1,
	});
	const custom = toDiagnostic(entry, finding(0, { ruleId: 'custom/asap', severity: 'hint', start: 5, end: 5 }), 0);
	assert.deepEqual(custom, { range: { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, severity: 4, source: 'tactful', code: 'custom/asap', message: '"bandwidth" is jargon (0)', data: 0 });
	// Offsets outside the text are clamped to it.
	const outside = toDiagnostic(entry, finding(0, { start: -3, end: TEXT.length + 9 }), 0);
	assert.deepEqual(outside.range, { start: { line: 0, character: 0 }, end: { line: 4, character: 0 } });
});

test('any field the client sees makes a different report', () => {
	const shown = snap(entryOf(list(3)));
	const changes: Array<[string, Partial<Finding>]> = [
		['start line', { start: 12 + 23 * 3, end: 21 + 23 * 3 }],
		['start character', { start: 13 + 23 * 2 }],
		['end character', { end: 22 + 23 * 2 }],
		['end line', { end: 23 * 3 + 1 }],
		['severity', { severity: 'error' }],
		['rule', { ruleId: 'no-blame' }],
		['documentation link', { ruleId: 'custom/bandwidth' }],
		['message', { message: 'another message' }],
	];
	for (const [what, change] of changes) {
		const findings = list(3);
		findings[2] = finding(2, change);
		assert.equal(sameDiagnostics(snap(entryOf(findings)), shown), false, what);
		assert.equal(sameDiagnostics(snap(entryOf(findings), shown), shown), false, `${what}, from the previous snapshot`);
	}
	// The finding index in `data`: the same diagnostic at another index.
	assert.equal(sameDiagnostics(snap(entryOf([finding(0), finding(0), finding(2)])), shown), false, 'finding index');
	// A line break typed earlier: same offsets, other lines.
	assert.equal(sameDiagnostics(snap(entryOf(list(3), `\n${TEXT.slice(1)}`)), shown), false, 'line starts');
	assert.equal(sameDiagnostics(snap(entryOf(list(2))), shown), false, 'one fewer');
	assert.equal(sameDiagnostics(snap(entryOf(list(4))), shown), false, 'one more');
});

test('each diagnostic and its JSON are kept for the next list where that diagnostic is the same, and made again where not', () => {
	const first = snap(entryOf(list(3)));
	assert.deepEqual(first.json, first.items.map((d) => JSON.stringify(d)));
	const findings = list(4);
	findings[1] = finding(1, { end: 22 + 23 });
	const next = snap(entryOf(findings), first);
	assert.deepEqual(next.json, next.items.map((d) => JSON.stringify(d)));
	assert.deepEqual(next.items, findings.map((f, i) => toDiagnostic(entryOf(findings), f, i)));
	assert.equal(next.json[0], first.json[0], 'the same string, not made again');
	assert.equal(next.items[0], first.items[0], 'the same object, not made again');
	assert.equal(next.items[2], first.items[2]);
	assert.notEqual(next.items[1], first.items[1]);
	assert.notEqual(next.json[1], first.json[1]);
});

test('every field of a diagnostic takes part: a finding that shows anything different is never given the old diagnostic', () => {
	// Variations of one finding and its text, each compared with the original: wherever the diagnostic toDiagnostic
	// makes differs in any leaf, the snapshot must see a difference (else the old object and JSON would be reused).
	const base = finding(1);
	const original = toDiagnostic(entryOf([base]), base, 0);
	const leaves = (value: unknown, path = ''): Map<string, unknown> => {
		const out = new Map<string, unknown>();
		const walk = (v: unknown, p: string) => {
			if (v !== null && typeof v === 'object') for (const [k, w] of Object.entries(v)) walk(w, `${p}.${k}`);
			else out.set(p, v);
		};
		walk(value, path);
		return out;
	};
	const before = leaves(original);
	assert.ok(before.size >= 10, `found ${before.size} fields`);
	const variants: Array<[Finding, number, string]> = [];
	for (const ruleId of ['no-jargon', 'no-blame', 'custom/x']) {
		for (const severity of ['error', 'warning', 'info', 'hint'] as const) {
			for (const message of [base.message, 'other']) {
				for (const [start, end] of [[base.start, base.end], [base.start + 1, base.end], [base.start, base.end + 1], [base.start + 23, base.end + 23], [base.start, base.end + 23]]) {
					for (const index of [0, 1]) for (const text of [TEXT, `\n${TEXT.slice(1)}`]) variants.push([{ ...base, ruleId, severity, message, start, end }, index, text]);
				}
			}
		}
	}
	const shown = snap(entryOf([base]));
	const differing = new Set<string>();
	for (const [f, index, text] of variants) {
		const entry = entryOf(index === 0 ? [f] : [base, f], text);
		const made = toDiagnostic(entry, f, index);
		const after = leaves(made);
		const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
		changed.forEach((k) => differing.add(k));
		if (index !== 0) continue;
		const again = snap(entry, shown);
		assert.equal(sameDiagnostics(again, shown), changed.length === 0, `${JSON.stringify(made)}: ${changed.join(', ')}`);
		assert.equal(again.json[0], JSON.stringify(made));
	}
	// Every field but the source, which is the same in every diagnostic.
	assert.deepEqual([...before.keys()].filter((k) => !differing.has(k)), ['.source'], 'every field was varied');
});

test('a client that does not show documentation links gets none: the same diagnostics without codeDescription', () => {
	const entry = entryOf(list(3));
	const plain = diagnosticsOf(entry, undefined, false);
	const linked = snap(entry);
	assert.deepEqual(plain.items, linked.items.map(({ codeDescription, ...rest }) => (void codeDescription, rest)));
	assert.ok(plain.items.every((d) => !('codeDescription' in d)));
	assert.deepEqual(plain.items, list(3).map((f, i) => toDiagnostic(entry, f, i, false)));
	assert.ok(linked.items.every((d) => d.codeDescription?.href.endsWith('/no-jargon.md')));
	assert.deepEqual(plain.json, plain.items.map((d) => JSON.stringify(d)));
});
