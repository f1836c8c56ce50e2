/**
 * Open documents, kept in sync incrementally, with the version last saved (for `run: onSave`). Incremental linting
 * needs no change tracking here: the engine's LintCache recognises unchanged paragraphs by their text.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams, DidSaveTextDocumentParams } from 'vscode-languageserver';

export interface OpenDocument {
	readonly document: TextDocument;
	/** Version at open or the last save. */
	savedVersion: number;
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
		TextDocument.update(open.document, params.contentChanges, params.textDocument.version);
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
