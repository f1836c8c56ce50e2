/**
 * The Tactful extension: a thin client. It starts the language server (dist/server.js) over IPC, keeps it running
 * (bounded restarts), and adds what only an editor can: commands, the status-bar checklist, snippet insertion.
 * All linting happens in the server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SetTrustedNotification, type SetTrustedParams } from '../../server/src/protocol';
import { Checklist, type ChecklistState } from './checklist';
import { registerCommands } from './commands';
import { BoundedRestart, createLanguageClient } from './languageClient';

/** What `activate` returns (`vscode.extensions.getExtension('tactful.tactful').exports`). Used by the e2e tests. */
export interface TactfulApi {
	/** Resolves once the first start of the server has finished (successfully or not). */
	ready: Promise<void>;
	/** The running language client, if any. */
	client(): LanguageClient | undefined;
	/** What the status-bar checklist shows now. */
	checklist(): ChecklistState;
	/** Recomputes the checklist for the active editor, asking the server. */
	refreshChecklist(): Promise<ChecklistState>;
	onDidChangeChecklist: vscode.Event<ChecklistState>;
	/** Fires after each (re)start of the language client (`tactful.run` changed, "Restart server"), started or not. */
	onDidStartClient: vscode.Event<LanguageClient>;
	/** Resolves once the restarts asked for so far have finished. */
	restarted(): Promise<void>;
}

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): TactfulApi {
	const log = vscode.window.createOutputChannel('Tactful', { log: true });
	const errorHandler = new BoundedRestart(log);
	const checklist = new Checklist(() => client, log);
	const started = new vscode.EventEmitter<LanguageClient>();
	let notificationHook: vscode.Disposable | undefined;
	context.subscriptions.push(log, checklist, started, { dispose: () => notificationHook?.dispose() });

	async function start(): Promise<void> {
		const fresh = createLanguageClient(context, log, errorHandler);
		client = fresh;
		notificationHook?.dispose();
		notificationHook = checklist.attach(fresh);
		try {
			await fresh.start();
			log.info(`Tactful server started (${context.asAbsolutePath('dist/server.js')}).`);
		} catch (e) {
			// A client stopped while it started (the extension deactivating) has not failed: nothing to tell the user.
			if (client !== fresh) return;
			log.error(`The Tactful server could not start: ${(e as Error)?.message ?? e}`);
			void vscode.window.showErrorMessage('The Tactful server could not start. See the "Tactful" output for details.');
		}
		await checklist.refresh();
		started.fire(fresh);
	}

	/**
	 * Stops the current client (if any) and starts a fresh one, e.g. after `tactful.run` changes. Restarts run one after
	 * another, each after the start before it has finished: two settings changes in a row (one update can fire two
	 * change events) would otherwise stop a client while it starts, or start two and leave one running unseen.
	 */
	let queue: Promise<void>;
	/** Set when the extension is deactivated: a restart still queued then starts nothing. */
	let deactivated = false;
	function restart(): Promise<void> {
		const next = queue.then(restartNow, restartNow);
		queue = next;
		return next;
	}
	async function restartNow(): Promise<void> {
		if (deactivated) return;
		const old = client;
		client = undefined;
		errorHandler.reset();
		if (old) {
			await old.dispose(2000).catch((e: unknown) => log.warn(`Stopping the old server: ${(e as Error)?.message ?? e}`));
		}
		if (!deactivated) await start();
	}

	const ready = start();
	queue = ready;
	context.subscriptions.push(
		...registerCommands({ context, client: () => client, checklist, restart, log }),
		vscode.workspace.onDidGrantWorkspaceTrust(() => {
			void client?.sendNotification(SetTrustedNotification, { trusted: true } satisfies SetTrustedParams);
		}),
		vscode.workspace.onDidChangeConfiguration((e) => {
			// Pull diagnostics are triggered by the client, so switching between on-type and on-save needs a new client.
			if (e.affectsConfiguration('tactful.run')) void restart();
		}),
		{
			dispose: () => {
				deactivated = true;
				void client?.stop();
			},
		},
	);

	return {
		ready,
		client: () => client,
		checklist: () => checklist.current,
		refreshChecklist: () => checklist.refresh(),
		onDidChangeChecklist: checklist.onDidChange,
		onDidStartClient: started.event,
		restarted: () => queue,
	};
}

export async function deactivate(): Promise<void> {
	const c = client;
	client = undefined;
	await c?.stop();
}
