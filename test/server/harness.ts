/**
 * A real LSP client for server tests, over in-memory streams (server in this process) or over stdio (the bundled
 * server as a child process). It answers the requests a client answers (configuration, registrations, applyEdit)
 * and records what the server sends, with bounded waits that fail with a clear message.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import {
	createMessageConnection,
	StreamMessageReader,
	StreamMessageWriter,
	type ClientCapabilities,
	type InitializeResult,
	type LogMessageParams,
	type MessageConnection,
	type PublishDiagnosticsParams,
	type ShowMessageParams,
	type TextDocumentContentChangeEvent,
	type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { startServer } from '../../server/src/server';
import { nodeFiles } from '../../server/src/nodeFiles';

export const ROOT = join(__dirname, '..', '..');
export const SERVER_JS = join(ROOT, 'dist', 'server.js');

/** What VS Code declares (the parts the server reads). */
export const VSCODE_CAPABILITIES: ClientCapabilities = {
	workspace: {
		applyEdit: true,
		configuration: true,
		workspaceFolders: true,
		didChangeConfiguration: { dynamicRegistration: true },
		didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
		workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
		diagnostics: { refreshSupport: true },
		codeLens: { refreshSupport: true },
	},
	textDocument: {
		synchronization: { didSave: true, dynamicRegistration: true },
		diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
		publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
		hover: { contentFormat: ['markdown', 'plaintext'] },
		codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } }, isPreferredSupport: true, dataSupport: true },
		codeLens: {},
	},
	window: { showDocument: { support: true } },
};

/** A push-only client with plain `changes` edits, like Neovim 0.7 or eglot. */
export const PUSH_CAPABILITIES: ClientCapabilities = {
	workspace: { applyEdit: true, configuration: true, workspaceEdit: { documentChanges: false } },
	textDocument: {
		synchronization: { didSave: true },
		publishDiagnostics: { versionSupport: true },
		hover: { contentFormat: ['plaintext'] },
		codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
	},
};

export interface ClientOptions {
	capabilities?: ClientCapabilities;
	initializationOptions?: unknown;
	/** The `tactful` section for a resource (workspace/configuration); default: none (null). */
	settings?: (scopeUri: string | undefined) => unknown;
	/** Workspace folder (a directory path). */
	folder?: string;
	/** Answer for workspace/applyEdit. */
	applyEdit?: (edit: WorkspaceEdit) => boolean;
}

type Waiter = { test: () => boolean; resolve: () => void };

/**
 * The test client's reader. vscode-jsonrpc re-arms a 10-second "partial message" timer for as long as a message stays
 * half-read, and disposing the connection does not clear it: a test that cuts a server off mid-answer would keep the
 * test process alive forever. No test listens for partial messages, so the timer is off.
 */
function clientReader(readable: NodeJS.ReadableStream): StreamMessageReader {
	const reader = new StreamMessageReader(readable);
	reader.partialMessageTimeout = 0;
	return reader;
}

export class TestClient {
	readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
	readonly messages: ShowMessageParams[] = [];
	readonly logs: LogMessageParams[] = [];
	readonly notifications: { method: string; params: unknown }[] = [];
	readonly registrations: { method: string; registerOptions?: unknown }[] = [];
	readonly appliedEdits: WorkspaceEdit[] = [];
	private waiters: Waiter[] = [];
	/** The client's copies of open documents. */
	readonly docs = new Map<string, TextDocument>();
	stderr = '';

	private constructor(
		readonly connection: MessageConnection,
		private readonly options: ClientOptions,
		readonly child?: ChildProcess,
	) {
		connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
			const list = this.diagnostics.get(p.uri) ?? [];
			list.push(p);
			this.diagnostics.set(p.uri, list);
			this.wake();
		});
		connection.onNotification('window/showMessage', (p: ShowMessageParams) => {
			this.messages.push(p);
			this.wake();
		});
		connection.onNotification('window/logMessage', (p: LogMessageParams) => {
			this.logs.push(p);
			this.wake();
		});
		connection.onNotification((method, params) => {
			this.notifications.push({ method, params });
			this.wake();
		});
		connection.onRequest('workspace/configuration', (p: { items: { scopeUri?: string; section?: string }[] }) =>
			p.items.map((i) => (options.settings ? options.settings(i.scopeUri) : null) ?? null),
		);
		connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
			this.registrations.push(...p.registrations);
			this.wake();
			return null;
		});
		connection.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
			this.appliedEdits.push(p.edit);
			this.wake();
			return { applied: options.applyEdit ? options.applyEdit(p.edit) : true };
		});
		connection.onRequest('workspace/diagnostic/refresh', () => {
			this.notifications.push({ method: 'workspace/diagnostic/refresh', params: null });
			this.wake();
			return null;
		});
		connection.onRequest('workspace/codeLens/refresh', () => null);
		connection.onRequest('window/workDoneProgress/create', () => null);
		connection.listen();
	}

	/** The server in this process, over a pair of in-memory streams. */
	static inProcess(options: ClientOptions = {}): TestClient {
		const up = new PassThrough();
		const down = new PassThrough();
		const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
		startServer(serverConnection, { files: nodeFiles });
		return new TestClient(createMessageConnection(clientReader(down), new StreamMessageWriter(up)), options);
	}

	/** The bundled server as `tactful-language-server --stdio`. */
	static stdio(options: ClientOptions = {}, extraArgs: string[] = [], env?: NodeJS.ProcessEnv, server = SERVER_JS): TestClient {
		ensureBuilt();
		const child = spawn(process.execPath, [server, '--stdio', ...extraArgs], { stdio: ['pipe', 'pipe', 'pipe'], ...(env ? { env: { ...process.env, ...env } } : {}) });
		const client = new TestClient(createMessageConnection(clientReader(child.stdout!), new StreamMessageWriter(child.stdin!)), options, child);
		child.stderr!.on('data', (d) => (client.stderr += d));
		return client;
	}

	async initialize(processId: number | null = null): Promise<InitializeResult> {
		const folder = this.options.folder;
		const result = await this.connection.sendRequest<InitializeResult>('initialize', {
			processId,
			rootUri: folder ? pathToFileURL(folder).href : null,
			workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: 'test' }] : null,
			capabilities: this.options.capabilities ?? VSCODE_CAPABILITIES,
			initializationOptions: this.options.initializationOptions,
		});
		await this.connection.sendNotification('initialized', {});
		return result;
	}

	async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
		this.docs.set(uri, TextDocument.create(uri, languageId, version, text));
		await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
	}

	/** Sends changes and applies them to the client's copy. */
	async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
		const doc = this.docs.get(uri)!;
		const version = doc.version + 1;
		TextDocument.update(doc, changes, version);
		await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
		return version;
	}

	/** Replaces the whole text with one incremental change. */
	async replaceAll(uri: string, text: string): Promise<number> {
		const doc = this.docs.get(uri)!;
		return this.change(uri, [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) }, text }]);
	}

	async save(uri: string): Promise<void> {
		await this.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
	}

	async close(uri: string): Promise<void> {
		this.docs.delete(uri);
		await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	}

	request<R>(method: string, params: unknown): Promise<R> {
		return this.connection.sendRequest<R>(method, params);
	}

	/** Waits until `test` holds, re-checked after every message from the server; fails after `ms` with `what`. */
	waitFor(what: string, test: () => boolean, ms = 15_000): Promise<void> {
		if (test()) return Promise.resolve();
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.waiters = this.waiters.filter((w) => w !== waiter);
				reject(new Error(`Timed out after ${ms} ms waiting for ${what}.\nServer log:\n${this.logs.map((l) => l.message).join('\n')}\n${this.stderr}`));
			}, ms);
			const waiter: Waiter = { test, resolve: () => (clearTimeout(timer), resolve()) };
			this.waiters.push(waiter);
		});
	}

	/** The first publishDiagnostics for `uri` (at `version`, if given) after `after` earlier ones. */
	async published(uri: string, opts: { version?: number; after?: number } = {}): Promise<PublishDiagnosticsParams> {
		const match = () => (this.diagnostics.get(uri) ?? []).slice(opts.after ?? 0).find((p) => opts.version === undefined || p.version === opts.version);
		await this.waitFor(`diagnostics for ${uri}${opts.version !== undefined ? ` at version ${opts.version}` : ''}`, () => !!match());
		return match()!;
	}

	publishedCount(uri: string): number {
		return this.diagnostics.get(uri)?.length ?? 0;
	}

	async shutdown(): Promise<void> {
		if (this.child) {
			const exited = new Promise((r) => this.child!.once('exit', r));
			if (this.child.exitCode === null) {
				await this.connection.sendRequest('shutdown').catch(() => undefined);
				await this.connection.sendNotification('exit').catch(() => undefined);
				await exited;
			}
		}
		this.connection.dispose();
	}

	private wake(): void {
		for (const w of [...this.waiters]) {
			if (w.test()) {
				this.waiters = this.waiters.filter((x) => x !== w);
				w.resolve();
			}
		}
	}
}

/** Builds dist/ when a partial run (`node scripts/test.mjs test/server`) finds no bundle. */
export function ensureBuilt(): void {
	if (existsSync(SERVER_JS)) return;
	const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
	if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
}

/** A temporary directory, removed by `cleanup`. Real path (macOS /tmp is a symlink). */
export function tempDir(): { dir: string; cleanup: () => void } {
	const dir = realpathSync(mkdtempSync(join(tmpdir(), 'tactful-server-')));
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function fileUri(path: string): string {
	return pathToFileURL(path).href;
}

/** Applies a workspace edit's changes for one document to a text, the way an editor would. */
export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit | undefined, languageId = 'markdown'): string {
	if (!edit) throw new Error('no edit');
	const doc = TextDocument.create(uri, languageId, 0, text);
	const edits = edit.changes?.[uri] ?? edit.documentChanges?.flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? c.edits : [])) ?? [];
	return TextDocument.applyEdits(doc, edits.filter((e) => 'range' in e));
}
