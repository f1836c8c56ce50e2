/**
 * Code actions, built from the server's lint result for the document's current version. Which findings they are for
 * comes from `Diagnostic.data` (checked against that result) or, failing that, from the rule id and line; the edits
 * themselves never come from ranges the client sends back (some clients count columns in bytes, not UTF-16).
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { modify, parseTree, type ParseError } from 'jsonc-parser';
import { applyFixes, disableFileEdit, disableLineEdit, lineStarts, ruleById, type Edit, type Finding, type Fix } from './engine';
import type { ClientFeatures } from './capabilities';
import { offsetOf, parseDiagnosticData, rangeOf, sameRange, SOURCE, toDiagnostic, toRange, toTextEdits, workspaceEdit } from './convert';
import type { LintEntry } from './linting';
import { CONFIG_FILE_NAME, FIX_ALL_KIND, type CodeActionData } from './protocol';

/** The config file a "disable in .tactfulrc.json" action edits, with its current text and version when open. */
export interface ConfigTarget {
	uri: string;
	/** Undefined when the file does not exist yet. */
	text?: string;
	/** The editor's version when the file is open there, else null. */
	version: number | null;
}

export interface CodeActionContextInfo {
	features: ClientFeatures;
	/** Where a rule would be switched off for the whole project (undefined for documents outside any folder). */
	configTarget?: ConfigTarget;
}

/** Which findings the request is about (those the context's diagnostics name, and those under the range), narrowest first. */
export function selectFindings(entry: LintEntry, params: CodeActionParams): number[] {
	const findings = entry.result.findings;
	const picked = new Set<number>();
	const ours = params.context.diagnostics.filter((d) => d.source === SOURCE);
	for (const d of ours) {
		const data = parseDiagnosticData(d.data, d.code);
		const named = data ? findings[data.index] : undefined;
		if (data && named && named.ruleId === data.ruleId && sameRange(rangeOf(entry, named.start, named.end), d.range)) {
			picked.add(data.index);
			continue;
		}
		// Stale or missing data: the same rule on the same line (lines survive byte/UTF-16 column confusion).
		findings.forEach((f, i) => {
			if (f.ruleId === d.code && rangeOf(entry, f.start, f.end).start.line === d.range.start.line) picked.add(i);
		});
	}
	// And the findings under the requested range: eglot at the start of a finding sends only the diagnostics that
	// strictly contain point (flymake's overlays-in), so the one that starts there would be missing.
	const start = offsetOf(entry, params.range.start);
	const end = offsetOf(entry, params.range.end);
	findings.forEach((f, i) => {
		if (f.start <= end && start <= f.end) picked.add(i);
	});
	// Narrowest first: on "bandwidth", the jargon fix leads, not the move its whole sentence lacks.
	const width = (i: number) => findings[i].end - findings[i].start;
	return [...picked].sort((a, b) => width(a) - width(b) || a - b);
}

export function codeActions(entry: LintEntry, params: CodeActionParams, info: CodeActionContextInfo): CodeAction[] {
	const { features } = info;
	const { uri } = params.textDocument;
	const actions: CodeAction[] = [];
	const edit = (edits: Edit[], snippets = false): WorkspaceEdit => workspaceEdit(features, uri, entry.version, toTextEdits(entry, edits, snippets));
	const seenRules = new Set<string>();
	for (const index of selectFindings(entry, params)) {
		const finding = entry.result.findings[index];
		const diagnostic = toDiagnostic(entry, finding, index, features.codeDescription);
		finding.fixes.forEach((fix, i) => actions.push(fixAction(fix, i === 0, diagnostic, edit, features)));
		if (seenRules.has(finding.ruleId)) continue;
		seenRules.add(finding.ruleId);
		const sameRule = safeFixes(entry, (f) => f.ruleId === finding.ruleId);
		if (sameRule.length > 1) {
			actions.push({ title: `Fix all ${finding.ruleId} problems in this file`, kind: CodeActionKind.QuickFix, edit: edit(sameRule.flatMap((f) => f.edits)) });
		}
		actions.push(
			{ title: `Disable ${finding.ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([disableLineEdit(entry.text, entry.languageId, finding.start, finding.ruleId)]) },
			{ title: `Disable ${finding.ruleId} for this file`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: edit([disableFileEdit(entry.text, entry.languageId, finding.ruleId)]) },
		);
		const inConfig = info.configTarget && disableInConfig(finding.ruleId, info.configTarget, features);
		if (inConfig) actions.push({ title: `Disable ${finding.ruleId} in ${CONFIG_FILE_NAME}`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: inConfig });
	}
	const all = wants(params.context.only, FIX_ALL_KIND) ? safeFixes(entry, () => true) : [];
	if (all.length > 0) actions.push({ title: 'Fix all safe Tactful problems', kind: FIX_ALL_KIND, edit: edit(all.flatMap((f) => f.edits)) });
	return actions.filter((a) => wants(params.context.only, a.kind!));
}

function fixAction(fix: Fix, preferred: boolean, diagnostic: Diagnostic, edit: (edits: Edit[], snippets?: boolean) => WorkspaceEdit, features: ClientFeatures): CodeAction {
	const snippet = fix.edits.length === 1 ? fix.edits[0].snippet : undefined;
	const action: CodeAction = {
		title: fix.title,
		kind: CodeActionKind.QuickFix,
		diagnostics: [diagnostic],
		edit: edit(fix.edits, features.snippetTextEdit && features.documentChanges),
	};
	if (preferred) action.isPreferred = true;
	if (snippet !== undefined) action.data = { snippet } satisfies CodeActionData;
	return action;
}

/** The first fix of every finding where that fix is safe, without overlaps (the engine decides which win). */
export function safeFixes(entry: LintEntry, which: (f: Finding) => boolean): Fix[] {
	const candidates = entry.result.findings.filter((f) => which(f) && f.fixes[0]?.safe).map((f) => f.fixes[0]);
	return applyFixes(entry.text, candidates).applied;
}

/** Sets `rules.<id>` to "off" in the nearest config file, or creates one (when the client can create files). */
function disableInConfig(ruleId: string, target: ConfigTarget, features: ClientFeatures): WorkspaceEdit | undefined {
	if (!ruleById(ruleId)) return undefined; // custom phrases are switched off where they are defined
	if (target.text === undefined) {
		if (!features.createFile) return undefined;
		const text = `{\n  "rules": {\n    ${JSON.stringify(ruleId)}: "off"\n  }\n}\n`;
		return {
			documentChanges: [
				{ kind: 'create', uri: target.uri, options: { ignoreIfExists: true } },
				{ textDocument: { uri: target.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
			],
		};
	}
	const errors: ParseError[] = [];
	const root = parseTree(target.text, errors, { allowTrailingComma: true });
	if (errors.length > 0 || root?.type !== 'object') return undefined; // the file's own diagnostics say what is wrong
	const indent = /\n([ \t]+)"/.exec(target.text)?.[1] ?? '  ';
	const edits = modify(target.text, ['rules', ruleId], 'off', { formattingOptions: { insertSpaces: !indent.includes('\t'), tabSize: indent.includes('\t') ? 1 : indent.length, eol: target.text.includes('\r\n') ? '\r\n' : '\n' } });
	const starts = lineStarts(target.text);
	const textEdits = edits.map((e) => ({ range: toRange(starts, target.text!.length, e.offset, e.offset + e.length), newText: e.content }));
	return workspaceEdit(features, target.uri, target.version, textEdits);
}

/** Whether a code action kind is among those asked for (`only`; none given: every kind). */
function wants(only: string[] | undefined, kind: string): boolean {
	return !only || only.length === 0 || only.some((k) => kind === k || kind.startsWith(`${k}.`));
}
