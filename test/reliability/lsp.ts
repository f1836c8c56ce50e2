/**
 * Checks of what the language server answers, against its own copy of the text and against the engine: ranges are
 * valid LSP positions, code actions edit only inside the document, and the diagnostics are exactly the engine's.
 */
import assert from 'node:assert/strict';
import type { CodeAction, CodeLens, Diagnostic, DocumentDiagnosticReport, Hover, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type ResolvedConfig } from '../../server/src/engine/index';
import type { TestClient } from '../server/harness';

/** The server skips these (linting.ts): longer than a million characters, or holding NUL. */
export const SERVER_MAX_CHARS = 1_000_000;
export const serverSkips = (text: string) => text.length > SERVER_MAX_CHARS || text.includes('\u0000');

/** A range of real positions in `doc`: existing lines, characters within the line (before its line break). */
export function assertLspRange(doc: TextDocument, range: Range, what: string): void {
	for (const p of [range.start, range.end]) {
		assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0, `${what}: ${JSON.stringify(range)}`);
		assert.ok(p.line < doc.lineCount, `${what}: line ${p.line} of ${doc.lineCount}`);
		const lineEnd = doc.offsetAt({ line: p.line + 1, character: 0 });
		const lineText = doc.getText({ start: { line: p.line, character: 0 }, end: doc.positionAt(lineEnd) }).replace(/\r?\n$|\r$/, '');
		assert.ok(p.character <= lineText.length, `${what}: character ${p.character} past the end of line ${p.line} (${lineText.length})`);
	}
	const [s, e] = [doc.offsetAt(range.start), doc.offsetAt(range.end)];
	assert.ok(s <= e, `${what}: start after end ${JSON.stringify(range)}`);
}

/** Diagnostics as (rule, range): what the server must publish for a text, computed by the engine. */
export function engineDiagnostics(text: string, languageId: string, config?: ResolvedConfig): { code: string; range: Range }[] {
	if (serverSkips(text)) return [];
	const doc = TextDocument.create('file:///x', languageId, 0, text);
	return lint(text, { languageId, config }).findings.map((f) => ({ code: f.ruleId, range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) } }));
}

export const codesAndRanges = (items: Diagnostic[]) => items.map((d) => ({ code: String(d.code), range: d.range }));

function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
	if (!edit) return [];
	return edit.changes?.[uri] ?? edit.documentChanges?.flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits.filter((e): e is TextEdit => 'range' in e) : [])) ?? [];
}

export interface Exercised {
	diagnostics: Diagnostic[];
	actions: number;
	hovers: number;
	lenses: number;
}

/**
 * Every read-only request a client makes on a document: pull diagnostics, code actions over the whole document and
 * on each diagnostic, hover at the start, middle and end and at each diagnostic, code lens, the checklist. Checks every
 * range in every answer, and that each code action's edits apply to the client's copy without overlapping.
 */
export async function exercise(client: TestClient, uri: string): Promise<Exercised> {
	const doc = client.docs.get(uri)!;
	const textDocument = { uri };
	const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
	const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument });
	assert.equal(report.kind, 'full');
	const diagnostics = report.kind === 'full' ? report.items : [];
	for (const d of diagnostics) assertLspRange(doc, d.range, `diagnostic ${d.code}`);

	let actions = 0;
	const checkActions = async (range: Range, context: Diagnostic[]) => {
		const list = await client.request<(CodeAction | { command: string })[] | null>('textDocument/codeAction', { textDocument, range, context: { diagnostics: context } });
		for (const a of list ?? []) {
			actions++;
			if (!('edit' in a) || !a.edit) continue;
			const edits = editsOf(a.edit, uri);
			for (const e of edits) assertLspRange(doc, e.range, `code action "${a.title}"`);
			const sorted = edits.map((e) => [doc.offsetAt(e.range.start), doc.offsetAt(e.range.end)]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
			for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i][0] >= sorted[i - 1][1], `code action "${a.title}": edits overlap`);
			if (actions <= 200) TextDocument.applyEdits(doc, edits); // each one copies the text: enough to catch a bad edit
		}
	};
	await checkActions(whole, diagnostics);
	for (const d of diagnostics.slice(0, 20)) await checkActions(d.range, [d]);

	let hovers = 0;
	const positions = [whole.start, doc.positionAt(Math.floor(doc.getText().length / 2)), whole.end, ...diagnostics.slice(0, 20).map((d) => d.range.start)];
	for (const position of positions) {
		const h = await client.request<Hover | null>('textDocument/hover', { textDocument, position });
		if (!h) continue;
		hovers++;
		assert.ok(h.contents, 'hover has contents');
		if (h.range) assertLspRange(doc, h.range, 'hover');
	}

	const lenses = (await client.request<CodeLens[] | null>('textDocument/codeLens', { textDocument })) ?? [];
	for (const l of lenses) assertLspRange(doc, l.range, 'code lens');
	const checklist = await client.request<{ version: number } | null>('tactful/checklist', { uri });
	if (checklist) assert.equal(checklist.version, doc.version);
	return { diagnostics, actions, hovers, lenses: lenses.length };
}

/** Log lines that mean a handler failed or something escaped (runSafe logs "… failed:", main.ts "uncaught"). */
export function failures(client: TestClient): string[] {
	return [...client.logs.map((l) => l.message), client.stderr].filter((m) => /failed:|uncaught|unhandled/i.test(m));
}

/** Shuts the server down; kills it if it does not exit within `ms` (a hung server must not hang the test run). */
export async function stop(client: TestClient, ms = 10_000): Promise<void> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const killed = new Promise<void>((resolve) => {
		timer = setTimeout(() => {
			client.child?.kill('SIGKILL');
			resolve();
		}, ms);
	});
	await Promise.race([client.shutdown(), killed]);
	clearTimeout(timer);
}
