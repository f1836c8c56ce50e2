/** What the client can do (read once from `initialize`) and what the server offers in return. */
import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type ServerCapabilities } from 'vscode-languageserver';
import { Commands, FIX_ALL_KIND, type InitializationOptions } from './protocol';

export interface ClientFeatures {
	/** `textDocument/diagnostic`: the client pulls; otherwise the server publishes. */
	pullDiagnostics: boolean;
	/** `Diagnostic.codeDescription` (the rule's page): shown by the client, so worth its bytes in every answer. */
	codeDescription: boolean;
	diagnosticRefresh: boolean;
	codeLensRefresh: boolean;
	/** `workspace/configuration`. */
	configurationPull: boolean;
	dynamicConfiguration: boolean;
	dynamicWatchers: boolean;
	relativePatterns: boolean;
	/** `workspace/didChangeWorkspaceFolders`. */
	workspaceFolders: boolean;
	/** `WorkspaceEdit.documentChanges` with versioned documents; else `changes`. */
	documentChanges: boolean;
	/** `CreateFile` operations inside `documentChanges`. */
	createFile: boolean;
	/** rust-analyzer's `experimental.snippetTextEdit`: text edits with `insertTextFormat: 2`. */
	snippetTextEdit: boolean;
	hoverMarkdown: boolean;
	applyEdit: boolean;
	checklistNotifications: boolean;
	/** The client's workspace trust; true when it has no such notion. */
	trusted: boolean;
}

export function clientFeatures(params: InitializeParams): ClientFeatures {
	const c = params.capabilities ?? {};
	const we = c.workspace?.workspaceEdit;
	const options = (params.initializationOptions && typeof params.initializationOptions === 'object' ? params.initializationOptions : {}) as InitializationOptions;
	const experimental = c.experimental && typeof c.experimental === 'object' ? (c.experimental as Record<string, unknown>) : {};
	return {
		pullDiagnostics: !!c.textDocument?.diagnostic,
		// LSP 3.16 asks it under publishDiagnostics; 3.18 also under diagnostic (pulled).
		codeDescription: !!c.textDocument?.publishDiagnostics?.codeDescriptionSupport || (c.textDocument?.diagnostic as { codeDescriptionSupport?: boolean } | undefined)?.codeDescriptionSupport === true,
		diagnosticRefresh: !!c.workspace?.diagnostics?.refreshSupport,
		codeLensRefresh: !!c.workspace?.codeLens?.refreshSupport,
		configurationPull: !!c.workspace?.configuration,
		dynamicConfiguration: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
		dynamicWatchers: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
		relativePatterns: !!c.workspace?.didChangeWatchedFiles?.relativePatternSupport,
		workspaceFolders: !!c.workspace?.workspaceFolders,
		documentChanges: !!we?.documentChanges,
		createFile: !!we?.documentChanges && !!we.resourceOperations?.includes('create'),
		snippetTextEdit: experimental.snippetTextEdit === true,
		hoverMarkdown: (c.textDocument?.hover?.contentFormat ?? ['markdown']).includes('markdown'),
		applyEdit: !!c.workspace?.applyEdit,
		checklistNotifications: options.checklistNotifications === true,
		trusted: options.trusted !== false,
	};
}

export function serverCapabilities(features: ClientFeatures): ServerCapabilities {
	return {
		textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
		codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
		hoverProvider: true,
		codeLensProvider: { resolveProvider: false },
		executeCommandProvider: { commands: Object.values(Commands) },
		...(features.pullDiagnostics ? { diagnosticProvider: { identifier: 'tactful', interFileDependencies: false, workspaceDiagnostics: true } } : {}),
		workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
	};
}
