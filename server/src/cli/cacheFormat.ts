/**
 * How `--cache` keeps a file's events: compact, so that a run over thousands of unchanged files reads, parses and
 * holds little. Every string (message, rule id, fix title, replacement text) is kept once, in a table shared by the
 * whole cache file, and a report's diagnostics are one flat array of numbers (string indices, positions, counts):
 * on 2,000 letters the file is 0.6 MB where plain JSON reports took 3.5 MB. A reused report's fixes are decoded only
 * when asked for (the json and sarif formats print them; the others do not).
 *
 * A report's flat array holds, for each diagnostic:
 *   ruleId, step (-1 for none, else its index in STEPS), severity, message, start line, start character, end line,
 *   end character, number of fixes; then for each fix: title, number of edits; then for each edit: start line,
 *   start character, end line, end character, newText
 * where ruleId, severity, message, title and newText are indices into the string table.
 */
import { STEPS, type Step } from '../engine/index';
import type { FileEvent } from './checkFile';
import type { Diagnostic, FileReport, Range } from './report';

/** A report as kept: [file, letter (0 or 1), kind, steps (bit i: STEPS[i] is there), diagnostics (flat)]. */
export type StoredReport = [file: string, letter: 0 | 1, kind: string, steps: number, flat: number[]];
/** A file's event as kept: a report in compact form, or any other event as it is (a warning). */
export type StoredEvent = { r: StoredReport } | { warn: string };

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'hint']);

/** Adds strings to a table, each once. */
export class StringTable {
	/** Built on the first `add`: a run that only reuses results never needs it. */
	private index: Map<string, number> | undefined;

	constructor(readonly strings: string[] = []) {}

	add(s: string): number {
		if (!this.index) {
			this.index = new Map();
			for (let i = 0; i < this.strings.length; i++) if (!this.index.has(this.strings[i])) this.index.set(this.strings[i], i);
		}
		let i = this.index.get(s);
		if (i === undefined) {
			i = this.strings.length;
			this.strings.push(s);
			this.index.set(s, i);
		}
		return i;
	}
}

/** A file's events in stored form; undefined when one of them cannot be kept (then the file is not cached). */
export function encodeEvents(events: readonly FileEvent[], table: StringTable): StoredEvent[] | undefined {
	const stored: StoredEvent[] = [];
	for (const e of events) {
		if ('warn' in e) stored.push({ warn: e.warn });
		else if ('report' in e) {
			const r = e.report;
			// --fix reports (what was fixed, the diff) are never cached.
			if (r.fixed !== undefined || r.diff !== undefined) return undefined;
			const flat: number[] = [];
			for (const d of r.diagnostics) {
				flat.push(table.add(d.ruleId), d.step === null ? -1 : STEPS.indexOf(d.step), table.add(d.severity), table.add(d.message), ...rangeNumbers(d.range), d.fixes.length);
				for (const fix of d.fixes) {
					flat.push(table.add(fix.title), fix.edits.length);
					for (const edit of fix.edits) flat.push(...rangeNumbers(edit.range), table.add(edit.newText));
				}
			}
			let steps = 0;
			for (let i = 0; i < STEPS.length; i++) if (r.steps[STEPS[i]]) steps |= 1 << i;
			stored.push({ r: [r.file, r.letter ? 1 : 0, r.kind, steps, flat] });
		} else return undefined;
	}
	return stored;
}

function rangeNumbers(r: Range): [number, number, number, number] {
	return [r.start.line, r.start.character, r.end.line, r.end.character];
}

/**
 * Whether a cache file's entry is well-formed stored events whose string indices name strings of the table (and
 * whose severities name severities): a damaged entry is not reused, its file is linted again. Allocates nothing.
 */
export function isStored(events: unknown, strings: readonly string[]): events is StoredEvent[] {
	if (!Array.isArray(events)) return false;
	for (const e of events as unknown[]) {
		if (e === null || typeof e !== 'object') return false;
		if ('warn' in e) {
			if (typeof e.warn !== 'string') return false;
			continue;
		}
		const r = (e as { r?: unknown }).r;
		if (!Array.isArray(r) || r.length !== 5) return false;
		const [file, letter, kind, steps, flat] = r as unknown[];
		if (typeof file !== 'string' || (letter !== 0 && letter !== 1) || typeof kind !== 'string' || !isCount(steps) || steps >> STEPS.length !== 0 || !Array.isArray(flat)) return false;
		const ok = walkFlat(flat as unknown[], (at, severity) => {
			const v = flat[at] as unknown;
			return isCount(v) && v < strings.length && (!severity || SEVERITIES.has(strings[v]));
		});
		if (!ok) return false;
	}
	return true;
}

/** The same (well-formed) events with every string index passed through `map`: the table is being rebuilt. */
export function renumber(events: readonly StoredEvent[], map: (i: number) => number): StoredEvent[] {
	return events.map((e): StoredEvent => {
		if ('warn' in e) return e;
		const [file, letter, kind, steps, flat] = e.r;
		const copy = flat.slice();
		walkFlat(flat, (at) => {
			copy[at] = map(flat[at]);
			return true;
		});
		return { r: [file, letter, kind, steps, copy] };
	});
}

/**
 * Walks a report's flat array (the layout above), calling `str` at each string index (`severity`: the one that must
 * name a severity); false when the layout does not hold or `str` says no.
 */
function walkFlat(flat: readonly unknown[], str: (at: number, severity: boolean) => boolean): boolean {
	let i = 0;
	const counts = (n: number) => {
		for (const end = i + n; i < end; i++) if (!isCount(flat[i])) return false;
		return true;
	};
	while (i < flat.length) {
		if (!str(i++, false)) return false;
		const step = flat[i++];
		if (step !== -1 && !(isCount(step) && step < STEPS.length)) return false;
		if (!str(i++, true) || !str(i++, false) || !counts(5)) return false;
		for (let f = flat[i - 1] as number; f > 0; f--) {
			if (!str(i++, false) || !counts(1)) return false;
			for (let e = flat[i - 1] as number; e > 0; e--) if (!counts(4) || !str(i++, false)) return false;
		}
	}
	return true;
}

function isCount(v: unknown): v is number {
	return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** A stored file's events, as the formatters take them (checked by isStored). */
export function decodeEvents(stored: readonly StoredEvent[], strings: readonly string[]): FileEvent[] {
	return stored.map((e): FileEvent => ('warn' in e ? { warn: e.warn } : { report: decodeReport(e.r, strings) }));
}

function decodeReport([file, letter, kind, bits, flat]: StoredReport, strings: readonly string[]): FileReport {
	const steps = {} as Record<Step, boolean>;
	for (let i = 0; i < STEPS.length; i++) steps[STEPS[i]] = (bits & (1 << i)) !== 0;
	const diagnostics: Diagnostic[] = [];
	for (let i = 0; i < flat.length; ) {
		const at = i + 9;
		diagnostics.push(
			new StoredDiagnostic(
				strings[flat[i]],
				flat[i + 1] < 0 ? null : STEPS[flat[i + 1]],
				strings[flat[i + 2]] as Diagnostic['severity'],
				strings[flat[i + 3]],
				range(flat, i + 4),
				strings,
				flat,
				at,
			),
		);
		i = at;
		for (let f = flat[i - 1]; f > 0; f--) i += 2 + flat[i + 1] * 5;
	}
	return { file, letter: letter === 1, kind: kind as FileReport['kind'], steps, diagnostics };
}

function range(flat: readonly number[], i: number): Range {
	return { start: { line: flat[i], character: flat[i + 1] }, end: { line: flat[i + 2], character: flat[i + 3] } };
}

/** A reused diagnostic: its fixes are decoded from the stored array the first time they are read. */
class StoredDiagnostic implements Diagnostic {
	#fixes: Diagnostic['fixes'] | undefined;
	readonly #strings: readonly string[];
	readonly #flat: readonly number[];
	/** Where its fix count's successor starts: the first fix's title. */
	readonly #at: number;

	constructor(
		readonly ruleId: string,
		readonly step: Step | null,
		readonly severity: Diagnostic['severity'],
		readonly message: string,
		readonly range: Range,
		strings: readonly string[],
		flat: readonly number[],
		at: number,
	) {
		this.#strings = strings;
		this.#flat = flat;
		this.#at = at;
	}

	get fixes(): Diagnostic['fixes'] {
		if (this.#fixes === undefined) {
			const flat = this.#flat;
			const fixes: Diagnostic['fixes'] = [];
			let i = this.#at;
			for (let f = flat[i - 1]; f > 0; f--) {
				const fix = { title: this.#strings[flat[i]], edits: [] as Diagnostic['fixes'][number]['edits'] };
				let e = flat[i + 1];
				i += 2;
				for (; e > 0; e--, i += 5) fix.edits.push({ range: range(flat, i), newText: this.#strings[flat[i + 4]] });
				fixes.push(fix);
			}
			this.#fixes = fixes;
		}
		return this.#fixes;
	}
}
