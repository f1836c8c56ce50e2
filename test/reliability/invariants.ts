/**
 * What every result must satisfy, whatever the input: ranges inside the text, valid LSP positions, fixes whose edits
 * do not overlap and that keep every character outside their range. Shared by the bad-input, property and soak tests.
 */
import assert from 'node:assert/strict';
import { applyFixes, lineStarts, offsetToPosition, positionToOffset, STEPS, type Edit, type Fix, type LintResult } from '../../server/src/engine/index';

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint']);

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair (an emoji cut in two). */
export function splitsSurrogatePair(text: string, offset: number): boolean {
	return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** True when `offset` falls between the `\r` and the `\n` of a CRLF (no LSP position names it). */
export function splitsCrlf(text: string, offset: number): boolean {
	return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
}

/** An offset range as the engine reports it: inside the text, not inside a surrogate pair or a CRLF. */
export function assertOffsets(text: string, start: number, end: number, what: string): void {
	assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: integer offsets, got ${start}..${end}`);
	assert.ok(0 <= start && start <= end && end <= text.length, `${what}: 0 ≤ ${start} ≤ ${end} ≤ ${text.length}`);
	for (const o of [start, end]) {
		assert.ok(!splitsSurrogatePair(text, o), `${what}: offset ${o} cuts a surrogate pair in two`);
		assert.ok(!splitsCrlf(text, o), `${what}: offset ${o} falls between \\r and \\n`);
	}
}

/** Offsets map to LSP positions and back unchanged. */
export function assertPositionsRoundTrip(text: string, offsets: number[], starts = lineStarts(text)): void {
	for (const o of offsets) {
		const p = offsetToPosition(starts, o, text.length);
		assert.ok(p.line >= 0 && p.line < starts.length && p.character >= 0, `position of ${o}: ${JSON.stringify(p)}`);
		assert.equal(positionToOffset(text, starts, p), o, `offset ${o} → ${JSON.stringify(p)} → back`);
	}
}

/** No two edits share a character, and no insertion falls strictly inside a replacement. */
export function assertNoOverlap(edits: readonly Edit[], what: string): void {
	const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
	for (let i = 1; i < sorted.length; i++) {
		const a = sorted[i - 1];
		const b = sorted[i];
		assert.ok(b.start >= a.end && !(b.start === b.end && b.start > a.start && b.start < a.end), `${what}: edits ${a.start}..${a.end} and ${b.start}..${b.end} overlap`);
	}
}

/** `after` is `before` with exactly the `applied` fixes' edits made: every other character is kept. */
export function assertOnlyEditsChanged(before: string, after: string, applied: readonly Fix[]): void {
	const edits = applied.flatMap((f) => f.edits).sort((a, b) => a.start - b.start || a.end - b.end);
	let delta = 0;
	let last = 0;
	for (const e of edits) {
		assert.equal(after.slice(last + delta, e.start + delta), before.slice(last, e.start), `text before ${e.start} kept`);
		assert.equal(after.slice(e.start + delta, e.start + delta + e.newText.length), e.newText, `edit at ${e.start} made`);
		delta += e.newText.length - (e.end - e.start);
		last = e.end;
	}
	assert.equal(after.slice(last + delta), before.slice(last), `text after ${last} kept`);
}

/**
 * Everything a lint result promises about `text`. `fixEach` applies every fix on its own and checks the text around
 * it (skip it for inputs with thousands of findings, where it is quadratic).
 */
export function assertResult(text: string, result: LintResult, opts: { fixEach?: boolean } = {}): void {
	assert.ok(result && typeof result === 'object', 'a result');
	assert.ok(Array.isArray(result.findings) && Array.isArray(result.problems), 'findings and problems are arrays');
	assert.deepEqual(Object.keys(result.steps).sort(), [...STEPS].sort(), 'all seven steps reported');
	assert.ok(['letter', 'template', 'other'].includes(result.kind), `kind ${result.kind}`);
	assert.equal(result.letter, result.kind !== 'other', 'letter ⇔ kind is not other');
	const starts = lineStarts(text);
	const offsets: number[] = [];
	for (const [i, f] of result.findings.entries()) {
		const what = `finding ${i} (${f.ruleId} ${f.start}..${f.end})`;
		assert.ok(typeof f.ruleId === 'string' && f.ruleId.length > 0, `${what}: a rule id`);
		assert.ok(SEVERITIES.has(f.severity), `${what}: severity ${f.severity}`);
		assert.ok(typeof f.message === 'string' && f.message.length > 0, `${what}: a message`);
		assertOffsets(text, f.start, f.end, what);
		offsets.push(f.start, f.end);
		assert.ok(f.fixes.filter((x) => x.safe).every((x) => x === f.fixes[0]), `${what}: only the first fix may be safe`);
		for (const [j, fix] of f.fixes.entries()) {
			assert.ok(fix.edits.length > 0 && typeof fix.title === 'string' && fix.title.length > 0, `${what} fix ${j}: a title and edits`);
			for (const e of fix.edits) {
				assertOffsets(text, e.start, e.end, `${what} fix ${j} edit`);
				assert.equal(typeof e.newText, 'string');
				offsets.push(e.start, e.end);
			}
			assertNoOverlap(fix.edits, `${what} fix ${j}`);
			if (opts.fixEach !== false) {
				const { text: out, applied } = applyFixes(text, [fix]);
				assert.equal(applied.length, 1, `${what} fix ${j} applies on its own`);
				assertOnlyEditsChanged(text, out, applied);
			}
		}
	}
	assertPositionsRoundTrip(text, offsets, starts);
	for (let i = 1; i < result.findings.length; i++) {
		const [a, b] = [result.findings[i - 1], result.findings[i]];
		assert.ok(a.start < b.start || (a.start === b.start && a.end <= b.end), 'findings sorted by position');
	}
}
