/**
 * Open documents, kept in sync incrementally, with the version last saved (for `run: onSave`). Incremental linting
 * needs no change tracking here: the engine's LintCache recognises unchanged paragraphs by their text.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { lineStarts } from './engine';

export interface OpenDocument {
	readonly document: TextDocument;
	/** Version at open or the last save. */
	savedVersion: number;
	/**
	 * The engine's `lineStarts` of the current text, kept up to date edit by edit (a keystroke rescans its own lines,
	 * not the document). Never mutated: each change makes a new array, so a result computed earlier keeps its own.
	 */
	starts: readonly number[];
}

export class DocumentStore {
	private readonly docs = new Map<string, OpenDocument>();

	get(uri: string): OpenDocument | undefined {
		return this.docs.get(uri);
	}

	all(): OpenDocument[] {
		return [...this.docs.values()];
	}

	open(params: DidOpenTextDocumentParams): OpenDocument {
		const { uri, languageId, version, text } = params.textDocument;
		const doc: OpenDocument = { document: TextDocument.create(uri, languageId, version, text), savedVersion: version, starts: lineStarts(text) };
		this.docs.set(uri, doc);
		return doc;
	}

	/** Applies the changes in order; undefined when the document is not open (a client bug, ignored). */
	change(params: DidChangeTextDocumentParams): OpenDocument | undefined {
		const open = this.docs.get(params.textDocument.uri);
		if (!open) return undefined;
		const { version } = params.textDocument;
		for (const change of params.contentChanges) {
			if (!('range' in change)) {
				TextDocument.update(open.document, [change], version);
				open.starts = lineStarts(change.text);
				continue;
			}
			open.starts = applyChange(open.document, open.starts, change, version);
		}
		// A change list with nothing in it still moves the version on.
		if (params.contentChanges.length === 0) TextDocument.update(open.document, [], version);
		return open;
	}

	save(params: DidSaveTextDocumentParams): OpenDocument | undefined {
		const open = this.docs.get(params.textDocument.uri);
		if (open) open.savedVersion = open.document.version;
		return open;
	}

	close(params: DidCloseTextDocumentParams): OpenDocument | undefined {
		const open = this.docs.get(params.textDocument.uri);
		this.docs.delete(params.textDocument.uri);
		return open;
	}
}

/**
 * Applies one ranged change to the document and returns the line starts of the new text: those before the edited
 * lines are kept, the edited lines (from one line earlier, so a `\r` before the edit that now meets a `\n` is seen)
 * are rescanned, and those after are shifted by the change in length.
 */
function applyChange(document: TextDocument, starts: readonly number[], change: Extract<TextDocumentContentChangeEvent, { range: unknown }>, version: number): number[] {
	const before = document.getText().length;
	const a = document.offsetAt(change.range.start);
	const b = document.offsetAt(change.range.end);
	const start = Math.min(a, b);
	const end = Math.max(a, b);
	TextDocument.update(document, [change], version);
	const text = document.getText();
	const diff = text.length - before;
	if (diff !== change.text.length - (end - start)) return lineStarts(text); // not the edit we think: start over
	// Lines [first, last) of the old text hold the edit; `first` is one line before the edited one.
	let first = upperBound(starts, start) - 2;
	if (first < 0) first = 0;
	const last = upperBound(starts, end); // the first line start after `end`, or starts.length
	const from = starts[first];
	const to = last < starts.length ? starts[last] + diff : text.length;
	const out = starts.slice(0, first + 1);
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i);
		if (c === 13) {
			if (text.charCodeAt(i + 1) === 10) i++;
			out.push(i + 1);
		} else if (c === 10) out.push(i + 1);
	}
	for (let i = last; i < starts.length; i++) {
		const s = starts[i] + diff;
		if (s > out[out.length - 1]) out.push(s);
	}
	return out;
}

/** The index of the first element greater than `x`. */
function upperBound(a: readonly number[], x: number): number {
	let lo = 0;
	let hi = a.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (a[mid] <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
