/**
 * Creates the language client: the server (dist/server.js) over Node IPC, settings sync, trust, pulled diagnostics
 * on type or on save, a bounded restart policy, and snippet edits for code actions the server marks as snippets.
 */
import * as vscode from 'vscode';
import {
	CloseAction,
	ErrorAction,
	LanguageClient,
	RevealOutputChannelOn,
	TransportKind,
	type CloseHandlerResult,
	type ErrorHandler,
	type ErrorHandlerResult,
	type LanguageClientOptions,
	type Middleware,
	type ServerOptions,
} from 'vscode-languageclient/node';
import { CrashWindow } from './crashWindow';
import { CONFIG_FILE_NAME, documentSelector, type CodeActionData, type InitializationOptions } from '../../server/src/protocol';

/** At most this many crashes within RESTART_WINDOW_MS are restarted; after that the server stays down until asked. */
export const MAX_RESTARTS = 4;
export const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** Restarts a crashed server, unless it crashed MAX_RESTARTS times within the window (then says so, once). */
export class BoundedRestart implements ErrorHandler {
	private readonly crashes = new CrashWindow(MAX_RESTARTS, RESTART_WINDOW_MS);

	constructor(private readonly log: vscode.LogOutputChannel) {}

	error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
		this.log.error(`Connection to the Tactful server failed: ${error?.message ?? error}`);
		return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
	}

	closed(): CloseHandlerResult {
		const minutes = RESTART_WINDOW_MS / 60000;
		if (this.crashes.record(Date.now())) {
			this.log.warn(`The Tactful server stopped unexpectedly; restarting it (${this.crashes.count} of ${MAX_RESTARTS} in ${minutes} minutes).`);
			return { action: CloseAction.Restart, handled: true };
		}
		const message = `The Tactful server stopped ${this.crashes.count} times in ${minutes} minutes, so it was not restarted. See the "Tactful" output for details; run "Tactful: Restart server" to try again.`;
		this.log.error(message);
		return { action: CloseAction.DoNotRestart, message, handled: false };
	}

	/** After a deliberate restart the count starts over. */
	reset(): void {
		this.crashes.reset();
	}
}

/** Replaces the plain edit of a code action the server marked with `data.snippet` by a snippet edit (tab stops). */
export function applySnippetData<T extends vscode.CodeAction | vscode.Command>(action: T): T {
	if (!(action instanceof vscode.CodeAction) || !action.edit) return action;
	const data = (action as { data?: CodeActionData }).data;
	if (typeof data?.snippet !== 'string') return action;
	const entries = action.edit.entries();
	if (entries.length !== 1 || entries[0][1].length !== 1) return action;
	const [uri, [edit]] = entries[0];
	const snippetEdit = new vscode.WorkspaceEdit();
	snippetEdit.set(uri, [new vscode.SnippetTextEdit(edit.range, new vscode.SnippetString(data.snippet))]);
	action.edit = snippetEdit;
	return action;
}

const middleware: Middleware = {
	async provideCodeActions(document, range, context, token, next) {
		const actions = await next(document, range, context, token);
		return actions?.map(applySnippetData);
	},
	async resolveCodeAction(item, token, next) {
		const resolved = await next(item, token);
		return resolved ? applySnippetData(resolved) : resolved;
	},
};

export function createLanguageClient(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, errorHandler: ErrorHandler): LanguageClient {
	const module = context.asAbsolutePath('dist/server.js');
	// Over stdio, as other editors run it: the server then writes each answer itself, reusing the JSON of the
	// diagnostics an edit did not move, where Node's IPC channel makes the whole answer's JSON again on every keystroke.
	// Measured side by side (bench/analysis.md, session 13): round trip p95 1.5–3.7 ms lower, and less server work.
	// Over stdio the language server library sends anything written with console.* to this client's log instead.
	const serverOptions: ServerOptions = {
		run: { module, transport: TransportKind.stdio },
		debug: { module, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
	};
	const run = vscode.workspace.getConfiguration('tactful').get<string>('run', 'onType');
	const initializationOptions: InitializationOptions = { trusted: vscode.workspace.isTrusted, checklistNotifications: true };
	const clientOptions: LanguageClientOptions = {
		documentSelector,
		synchronize: {
			configurationSection: 'tactful',
			fileEvents: vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`),
		},
		initializationOptions,
		outputChannel: log,
		revealOutputChannelOn: RevealOutputChannelOn.Never,
		errorHandler,
		diagnosticPullOptions: { onChange: run !== 'onSave', onSave: true },
		middleware,
	};
	return new LanguageClient('tactful', 'Tactful', serverOptions, clientOptions);
}
