/**
 * Open documents, kept in sync incrementally. Besides the text it records what changed since the last lint (the
 * span an incremental lint would redo) and the version last saved (for `run: onSave`).
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams } from 'vscode-languageserver';

/** Offsets in the current text that changed since the document was last linted. */
export interface ChangedSpan {
	start: number;
	end: number;
}

export interface OpenDocument {
	readonly document: TextDocument;
	/** Version at open or the last save. */
	savedVersion: number;
	/** What changed since the last lint; undefined when nothing did or the whole text must be read again. */
	changed?: ChangedSpan;
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
		const doc: OpenDocument = { document: TextDocument.create(uri, languageId, version, text), savedVersion: version };
		this.docs.set(uri, doc);
		return doc;
	}

	/** Applies the changes in order; undefined when the document is not open (a client bug, ignored). */
	change(params: DidChangeTextDocumentParams): OpenDocument | undefined {
		const open = this.docs.get(params.textDocument.uri);
		if (!open) return undefined;
		for (const change of params.contentChanges) {
			if ('range' in change) {
				const start = open.document.offsetAt(change.range.start);
				open.changed = mergeSpan(open.changed, start, open.document.offsetAt(change.range.end), change.text.length);
			} else open.changed = { start: 0, end: change.text.length };
			TextDocument.update(open.document, [change], params.textDocument.version);
		}
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

/** The span that changed, in the new text's offsets, after [start, end) was replaced by `inserted` characters. */
function mergeSpan(prev: ChangedSpan | undefined, start: number, end: number, inserted: number): ChangedSpan {
	const newEnd = start + inserted;
	if (!prev) return { start, end: newEnd };
	const delta = inserted - (end - start);
	const shift = (o: number) => (o <= start ? o : o >= end ? o + delta : newEnd);
	return { start: Math.min(shift(prev.start), start), end: Math.max(shift(prev.end), newEnd) };
}
