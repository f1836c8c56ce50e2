/**
 * The only place engine offsets become LSP positions, findings become diagnostics and edits become workspace edits.
 * Positions are UTF-16 (LSP's default) and always computed from the server's own copy of the text.
 */
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { offsetToPosition, positionToOffset, ruleById, type Edit, type Finding, type Severity } from './engine';
import type { ConfigError } from './engine';
import type { ClientFeatures } from './capabilities';
import type { LintEntry } from './linting';
import { RULE_DOCS_BASE } from './protocol';

export const SOURCE = 'tactful';

/**
 * `Diagnostic.data`: which finding of the result a diagnostic shows. When it comes back it is trusted only if that
 * finding of the current result has the same rule and the same range. It names no document version: a report the
 * server answers as unchanged leaves the client holding the diagnostics of an earlier version, still valid.
 */
export interface DiagnosticData {
	ruleId: string;
	index: number;
}

export function parseDiagnosticData(data: unknown): DiagnosticData | undefined {
	if (!data || typeof data !== 'object') return undefined;
	const { ruleId, index } = data as Record<string, unknown>;
	if (typeof ruleId !== 'string' || !Number.isInteger(index)) return undefined;
	return { ruleId, index: index as number };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	info: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

export function toRange(starts: readonly number[], textLength: number, start: number, end: number): Range {
	return { start: offsetToPosition(starts, start, textLength), end: offsetToPosition(starts, end, textLength) };
}

export function rangeOf(entry: LintEntry, start: number, end: number): Range {
	return toRange(entry.starts, entry.text.length, start, end);
}

export function offsetOf(entry: LintEntry, position: { line: number; character: number }): number {
	return positionToOffset(entry.text, entry.starts, position);
}

/** The rule's documentation page, for built-in rules. */
export function ruleDocUrl(ruleId: string): string | undefined {
	return ruleById(ruleId) ? `${RULE_DOCS_BASE}${ruleId}.md` : undefined;
}

/** Each rule's `codeDescription`, made once: a diagnostic is built for every finding on every keystroke. */
const docLinks = new Map<string, Readonly<{ href: string }> | null>();

function docLink(ruleId: string): Readonly<{ href: string }> | null {
	let link = docLinks.get(ruleId);
	if (link === undefined) {
		const href = ruleDocUrl(ruleId);
		link = href ? Object.freeze({ href }) : null;
		docLinks.set(ruleId, link);
	}
	return link;
}

export function toDiagnostic(entry: LintEntry, finding: Finding, index: number): Diagnostic {
	const link = docLink(finding.ruleId);
	const range = rangeOf(entry, finding.start, finding.end);
	const severity = SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning;
	const data: DiagnosticData = { ruleId: finding.ruleId, index };
	return link
		? { range, severity, source: SOURCE, code: finding.ruleId, codeDescription: link, message: finding.message, data }
		: { range, severity, source: SOURCE, code: finding.ruleId, message: finding.message, data };
}

export function toDiagnostics(entry: LintEntry): Diagnostic[] {
	return entry.result.findings.map((f, i) => toDiagnostic(entry, f, i));
}

export function sameRange(a: Range, b: Range): boolean {
	return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * What a list of diagnostics made by `toDiagnostics` shows the client, kept to compare the next list with: numbers in
 * one typed array and the strings they share with the findings, instead of a few objects per diagnostic held between
 * keystrokes. It also keeps each diagnostic's JSON, for the next list to reuse where its diagnostic is the same.
 */
export interface DiagnosticsSnapshot {
	/** Per diagnostic: start line and character, end line and character, severity, finding index. */
	numbers: Int32Array;
	/** Per diagnostic: code, message, documentation link, rule id in `data`, source. */
	texts: Array<string | number | undefined>;
	/** Per diagnostic: its JSON. */
	json: string[];
}

const NUMBERS = 6;
const TEXTS = 5;

function numbersOf(d: Diagnostic, out: Int32Array, at: number): void {
	out[at] = d.range.start.line;
	out[at + 1] = d.range.start.character;
	out[at + 2] = d.range.end.line;
	out[at + 3] = d.range.end.character;
	out[at + 4] = d.severity ?? 0;
	out[at + 5] = (d.data as DiagnosticData | undefined)?.index ?? -1;
}

function textsOf(d: Diagnostic, out: Array<string | number | undefined>, at: number): void {
	out[at] = d.code;
	out[at + 1] = d.message;
	out[at + 2] = d.codeDescription?.href;
	out[at + 3] = (d.data as DiagnosticData | undefined)?.ruleId;
	out[at + 4] = d.source;
}

/** Whether diagnostic `i` of `a` and diagnostic `j` of `b` are the same (every field `toDiagnostic` sets). */
function sameAt(a: DiagnosticsSnapshot, i: number, b: DiagnosticsSnapshot, j: number): boolean {
	for (let k = 0; k < NUMBERS; k++) if (a.numbers[i * NUMBERS + k] !== b.numbers[j * NUMBERS + k]) return false;
	for (let k = 0; k < TEXTS; k++) if (a.texts[i * TEXTS + k] !== b.texts[j * TEXTS + k]) return false;
	return true;
}

/**
 * The snapshot of `items`. Each diagnostic's JSON is taken from `previous` where the diagnostic at the same index there
 * is the same, else made: after a keystroke only the diagnostics it moved are turned into JSON again.
 */
export function snapshotDiagnostics(items: readonly Diagnostic[], previous?: DiagnosticsSnapshot): DiagnosticsSnapshot {
	const numbers = new Int32Array(items.length * NUMBERS);
	const texts = new Array<string | number | undefined>(items.length * TEXTS);
	const json = new Array<string>(items.length);
	const snapshot = { numbers, texts, json };
	const reusable = previous ? Math.min(items.length, previous.json.length) : 0;
	for (let i = 0; i < items.length; i++) {
		numbersOf(items[i], numbers, i * NUMBERS);
		textsOf(items[i], texts, i * TEXTS);
		json[i] = i < reusable && sameAt(snapshot, i, previous!, i) ? previous!.json[i] : JSON.stringify(items[i]);
	}
	return snapshot;
}

/** Whether two snapshots show the client exactly the same diagnostics. */
export function sameDiagnostics(a: DiagnosticsSnapshot, b: DiagnosticsSnapshot): boolean {
	if (a.json.length !== b.json.length) return false;
	for (let i = 0; i < a.json.length; i++) if (!sameAt(a, i, b, i)) return false;
	return true;
}

/** A problem in a `.tactfulrc.json` file, placed by the offsets the engine gives in that file's text. */
export function configErrorDiagnostic(error: ConfigError, starts: readonly number[], text: string): Diagnostic {
	return {
		range: toRange(starts, text.length, error.start, error.end),
		severity: error.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
		source: SOURCE,
		message: error.message,
	};
}

/** A text edit, in snippet form (`insertTextFormat: 2`) when `snippet` is set: rust-analyzer's SnippetTextEdit. */
export type SnippetTextEdit = TextEdit & { insertTextFormat?: 2 };

export function toTextEdits(entry: LintEntry, edits: readonly Edit[], snippets: boolean): SnippetTextEdit[] {
	return edits.map((e) => {
		const range = rangeOf(entry, e.start, e.end);
		return snippets && e.snippet !== undefined ? { range, newText: e.snippet, insertTextFormat: 2 } : { range, newText: e.newText };
	});
}

/**
 * A workspace edit of one document: versioned `documentChanges` when the client takes them (the client then refuses
 * an edit made for an older version), else `changes`. `version` null: a document the client may not have open.
 */
export function workspaceEdit(features: ClientFeatures, uri: string, version: number | null, edits: SnippetTextEdit[]): WorkspaceEdit {
	if (features.documentChanges) return { documentChanges: [{ textDocument: { uri, version }, edits }] };
	return { changes: { [uri]: edits } };
}
