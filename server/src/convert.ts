/**
 * The only place engine offsets become LSP positions, findings become diagnostics and edits become workspace edits.
 * Positions are UTF-16 (LSP's default) and always computed from the server's own copy of the text.
 */
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { lineAt, offsetToPosition, positionToOffset, ruleById, type Edit, type Finding, type Severity } from './engine';
import type { ConfigError } from './engine';
import type { ClientFeatures } from './capabilities';
import type { LintEntry } from './linting';
import { RULE_DOCS_BASE } from './protocol';

export const SOURCE = 'tactful';

/**
 * What a diagnostic that comes back names: the finding of the result it shows (`Diagnostic.data`, the finding's index)
 * and its rule (`Diagnostic.code`). It is trusted only if that finding of the current result has the same rule and the
 * same range. It names no document version: a report the server answers as unchanged leaves the client holding the
 * diagnostics of an earlier version, still valid.
 */
export interface DiagnosticData {
	ruleId: string;
	index: number;
}

/** The finding a diagnostic names: `data` is its index (earlier servers sent `{ ruleId, index }`, also read). */
export function parseDiagnosticData(data: unknown, code: unknown): DiagnosticData | undefined {
	if (Number.isInteger(data) && typeof code === 'string') return { ruleId: code, index: data as number };
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

/**
 * The diagnostics of a lint result as the client sees them, kept to compare the next list with: the numbers in one
 * typed array and the strings they share with the findings, the diagnostic objects and each one's JSON. The next list
 * takes the object and JSON of every diagnostic that shows the same as the one at the same index here.
 */
export interface DiagnosticsSnapshot {
	/** Per diagnostic: start line and character, end line and character, severity, finding index. */
	numbers: Int32Array;
	/** Per diagnostic: code, message, documentation link, source. */
	texts: Array<string | number | undefined>;
	items: Diagnostic[];
	/** Per diagnostic: its JSON. */
	json: string[];
}

const NUMBERS = 6;
const TEXTS = 4;

/**
 * Writes at `i` of `out` everything the diagnostic of finding `index` shows the client. The diagnostic is made from
 * these fields and nothing else (`diagnosticAt`), so two findings with the same fields make the same diagnostic.
 */
function fieldsOf(entry: LintEntry, finding: Finding, index: number, links: boolean, out: Pick<DiagnosticsSnapshot, 'numbers' | 'texts'>, i: number): void {
	const { starts } = entry;
	const length = entry.text.length;
	const start = Math.min(Math.max(finding.start, 0), length);
	const end = Math.min(Math.max(finding.end, 0), length);
	const startLine = lineAt(starts, start);
	const endLine = end === start ? startLine : lineAt(starts, end);
	const n = i * NUMBERS;
	out.numbers[n] = startLine;
	out.numbers[n + 1] = start - starts[startLine];
	out.numbers[n + 2] = endLine;
	out.numbers[n + 3] = end - starts[endLine];
	out.numbers[n + 4] = SEVERITY[finding.severity] ?? DiagnosticSeverity.Warning;
	out.numbers[n + 5] = index;
	const t = i * TEXTS;
	out.texts[t] = finding.ruleId;
	out.texts[t + 1] = finding.message;
	out.texts[t + 2] = links ? docLink(finding.ruleId)?.href : undefined;
	out.texts[t + 3] = SOURCE;
}

/** The diagnostic whose fields `fieldsOf` wrote at `i`. */
function diagnosticAt(from: Pick<DiagnosticsSnapshot, 'numbers' | 'texts'>, i: number): Diagnostic {
	const { numbers, texts } = from;
	const n = i * NUMBERS;
	const t = i * TEXTS;
	const code = texts[t] as string;
	const range = { start: { line: numbers[n], character: numbers[n + 1] }, end: { line: numbers[n + 2], character: numbers[n + 3] } };
	const severity = numbers[n + 4] as DiagnosticSeverity;
	const source = texts[t + 3] as string;
	const message = texts[t + 1] as string;
	// The finding's index: with `code`, all a code action needs to find it again (parseDiagnosticData).
	const data = numbers[n + 5];
	const link = texts[t + 2] === undefined ? null : docLink(code);
	return link ? { range, severity, source, code, codeDescription: link, message, data } : { range, severity, source, code, message, data };
}

/** The diagnostic of finding `index`; with the rule's page as its `codeDescription` when `links` (the client shows it). */
export function toDiagnostic(entry: LintEntry, finding: Finding, index: number, links = true): Diagnostic {
	const one = { numbers: new Int32Array(NUMBERS), texts: new Array<string | number | undefined>(TEXTS) };
	fieldsOf(entry, finding, index, links, one, 0);
	return diagnosticAt(one, 0);
}

export function sameRange(a: Range, b: Range): boolean {
	return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether diagnostic `i` of `a` and diagnostic `j` of `b` are the same (every field `fieldsOf` writes). */
function sameAt(a: DiagnosticsSnapshot, i: number, b: DiagnosticsSnapshot, j: number): boolean {
	for (let k = 0; k < NUMBERS; k++) if (a.numbers[i * NUMBERS + k] !== b.numbers[j * NUMBERS + k]) return false;
	for (let k = 0; k < TEXTS; k++) if (a.texts[i * TEXTS + k] !== b.texts[j * TEXTS + k]) return false;
	return true;
}

/**
 * The diagnostics of `entry`, with their snapshot. Where the diagnostic at the same index of `previous` shows the same,
 * its object and JSON are taken again: after a keystroke only the diagnostics it moved are made, and turned into JSON.
 */
export function diagnosticsOf(entry: LintEntry, previous: DiagnosticsSnapshot | undefined, links: boolean): DiagnosticsSnapshot {
	const { findings } = entry.result;
	const count = findings.length;
	const snapshot: DiagnosticsSnapshot = {
		numbers: new Int32Array(count * NUMBERS),
		texts: new Array<string | number | undefined>(count * TEXTS),
		items: new Array<Diagnostic>(count),
		json: new Array<string>(count),
	};
	const reusable = previous ? Math.min(count, previous.items.length) : 0;
	for (let i = 0; i < count; i++) {
		fieldsOf(entry, findings[i], i, links, snapshot, i);
		if (i < reusable && sameAt(snapshot, i, previous!, i)) {
			snapshot.items[i] = previous!.items[i];
			snapshot.json[i] = previous!.json[i];
		} else {
			const d = diagnosticAt(snapshot, i);
			snapshot.items[i] = d;
			snapshot.json[i] = JSON.stringify(d);
		}
	}
	return snapshot;
}

/** Whether two snapshots show the client exactly the same diagnostics. */
export function sameDiagnostics(a: DiagnosticsSnapshot, b: DiagnosticsSnapshot): boolean {
	if (a.items.length !== b.items.length) return false;
	for (let i = 0; i < a.items.length; i++) if (!sameAt(a, i, b, i)) return false;
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
