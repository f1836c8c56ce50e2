/**
 * The language server: wires the protocol to the engine. Transport-free: `main.ts` makes the connection (stdio, IPC,
 * socket) and tests make one over in-memory streams. Every handler goes through `runSafe` or `guard`.
 */
import {
	CodeLensRefreshRequest,
	DidChangeConfigurationNotification,
	DidChangeWatchedFilesNotification,
	FileChangeType,
	MessageType,
	type CodeActionParams,
	type Connection,
	type Diagnostic,
	type DidChangeWatchedFilesParams,
	type ExecuteCommandParams,
	type InitializeParams,
	type WorkspaceFolder,
} from 'vscode-languageserver';
import { lineStarts } from './engine';
import { clientFeatures, serverCapabilities, type ClientFeatures } from './capabilities';
import { ConfigStore, pathToUri, uriToPath, type FileReader } from './configFiles';
import { DocumentStore } from './documents';
import { Linter, type LintEntry } from './linting';
import { SettingsStore } from './settings';
import { Diagnostics } from './diagnostics';
import { codeActions, type ConfigTarget } from './codeActions';
import { hover } from './hover';
import { codeLenses } from './codeLens';
import { parseCommand } from './commands';
import { configErrorDiagnostic, toTextEdits, workspaceEdit } from './convert';
import { isConfigUri } from './languages';
import { ChecklistChangedNotification, ChecklistRequest, CONFIG_FILE_NAME, SetTrustedNotification, type ChecklistResult } from './protocol';
import { catchPromise, guard, OnceLogger, runSafe, type Logger } from './runSafe';

/** What the server needs from its platform. */
export interface Runtime {
	files: FileReader;
	/** Called after work that leaves garbage behind (a lint, a closed document); Node uses it to give memory back when idle. */
	worked?: () => void;
}

export function startServer(connection: Connection, runtime: Runtime): void {
	const logger: Logger = connection.console;
	const once = new OnceLogger(logger);
	const documents = new DocumentStore();
	let features: ClientFeatures;
	let settings: SettingsStore;
	let linter: Linter;
	let diagnostics: Diagnostics;
	const watchedExtends = new Set<string>();

	/** Things the user can act on are shown once; everything else only goes to the log. */
	const showOnce = (key: string, type: MessageType, message: string) => {
		if (!once.first(key)) return;
		logger.warn(message);
		catchPromise(logger, 'showMessage', connection.sendNotification('window/showMessage', { type, message }));
	};

	const configs = new ConfigStore(runtime.files, {
		onFileErrors: (filePath, errors, text) => {
			const starts = lineStarts(text);
			const open = documents.all().find((d) => uriToPath(d.document.uri) === filePath);
			const uri = open?.document.uri ?? pathToUri(filePath);
			const items: Diagnostic[] = errors.map((e) => configErrorDiagnostic(e, starts, text));
			catchPromise(logger, 'config diagnostics', connection.sendDiagnostics({ uri, version: open?.document.version, diagnostics: items }));
		},
		onSettingsError: (message) => showOnce(`settings:${message}`, MessageType.Warning, `Tactful settings: ${message}`),
		onUntrustedConfig: (filePath) =>
			showOnce('untrusted', MessageType.Info, `Tactful: this workspace is not trusted, so custom patterns and "extends" outside the workspace in ${CONFIG_FILE_NAME} files (such as ${filePath}) are ignored until you trust it.`),
		onExtendsTarget: (filePath) => watchExtendsTarget(filePath),
	});

	const relintAll = () => {
		linter.clear();
		diagnostics.refreshAll();
		if (features.codeLensRefresh) catchPromise(logger, 'code lens refresh', connection.sendRequest(CodeLensRefreshRequest.type));
	};

	let configTimer: ReturnType<typeof setTimeout> | undefined;
	/** An open config file changed: check it and re-lint, once the typing pauses. */
	const configDocumentChanged = (uri: string, text: string | undefined) => {
		const filePath = uriToPath(uri);
		if (!filePath) return;
		configs.setOpenText(filePath, text);
		clearTimeout(configTimer);
		configTimer = setTimeout(guard(logger, 'config change', () => {
			configs.check(filePath);
			relintAll();
		}), text === undefined ? 0 : 150);
	};

	function watchExtendsTarget(filePath: string): void {
		if (watchedExtends.has(filePath) || !features.dynamicWatchers || !features.relativePatterns || filePath.endsWith(CONFIG_FILE_NAME)) return;
		watchedExtends.add(filePath);
		const slash = filePath.lastIndexOf('/') >= 0 ? filePath.lastIndexOf('/') : filePath.lastIndexOf('\\');
		const baseUri = pathToUri(filePath.slice(0, slash) || '/');
		catchPromise(logger, 'watch an extended config', connection.client.register(DidChangeWatchedFilesNotification.type, {
			watchers: [{ globPattern: { baseUri, pattern: filePath.slice(slash + 1) } }],
		}));
	}

	const setFolders = (folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null) => {
		const uris = folders?.map((f) => f.uri) ?? (rootUri ? [rootUri] : []);
		configs.folders = uris.map(uriToPath).filter((p): p is string => p !== undefined);
	};

	connection.onInitialize((params: InitializeParams) => {
		features = clientFeatures(params);
		configs.trusted = features.trusted;
		setFolders(params.workspaceFolders, params.rootUri ?? (params.rootPath ? pathToUri(params.rootPath) : null));
		settings = new SettingsStore(connection, features.configurationPull, logger, (m) => showOnce(`settings:${m}`, MessageType.Warning, `Tactful settings: ${m}`));
		linter = new Linter(documents, settings, configs, once, (entry) => {
			runtime.worked?.();
			if (features.checklistNotifications) catchPromise(logger, 'checklist notification', connection.sendNotification(ChecklistChangedNotification, checklist(entry)));
		});
		diagnostics = new Diagnostics(connection, features, documents, linter, settings, logger);
		if (!features.trusted) logger.info('Tactful: untrusted workspace: custom patterns and "extends" outside the workspace are ignored.');
		return { capabilities: serverCapabilities(features), serverInfo: { name: 'tactful-language-server' } };
	});

	connection.onInitialized(guard(logger, 'initialized', () => {
		if (features.dynamicConfiguration) catchPromise(logger, 'register configuration', connection.client.register(DidChangeConfigurationNotification.type, { section: 'tactful' }));
		if (features.dynamicWatchers) {
			catchPromise(logger, 'register config watcher', connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }));
		}
		if (features.workspaceFolders) {
			connection.workspace.onDidChangeWorkspaceFolders(guard(logger, 'workspace folders', async () => {
				setFolders(await connection.workspace.getWorkspaceFolders());
				configs.invalidate();
				relintAll();
			}));
		}
	}));

	connection.onDidOpenTextDocument(guard(logger, 'didOpen', (params) => {
		const open = documents.open(params);
		const { uri } = open.document;
		if (isConfigUri(uri)) return configDocumentChanged(uri, open.document.getText());
		if (!features.dynamicWatchers) configs.invalidate(); // nothing tells us about config edits: read them afresh
		diagnostics.opened(uri);
	}));
	connection.onDidChangeTextDocument(guard(logger, 'didChange', (params) => {
		const open = documents.change(params);
		if (!open) return;
		if (isConfigUri(open.document.uri)) return configDocumentChanged(open.document.uri, open.document.getText());
		diagnostics.changed(open.document.uri);
	}));
	connection.onDidSaveTextDocument(guard(logger, 'didSave', (params) => {
		const open = documents.save(params);
		if (!open || isConfigUri(open.document.uri)) return;
		if (!features.dynamicWatchers) {
			configs.invalidate();
			linter.clear();
		}
		diagnostics.saved(open.document.uri);
	}));
	connection.onDidCloseTextDocument(guard(logger, 'didClose', (params) => {
		const { uri } = params.textDocument;
		const wasLinted = linter.lints(uri);
		documents.close(params);
		linter.evict(uri);
		settings.evict(uri);
		runtime.worked?.();
		if (isConfigUri(uri)) return configDocumentChanged(uri, undefined);
		diagnostics.closed(uri, wasLinted);
	}));

	connection.onDidChangeConfiguration(guard(logger, 'didChangeConfiguration', (params) => {
		settings.didChange(params.settings);
		relintAll();
	}));
	connection.onDidChangeWatchedFiles(guard(logger, 'didChangeWatchedFiles', (params: DidChangeWatchedFilesParams) => {
		configs.invalidate();
		for (const change of params.changes) {
			const filePath = uriToPath(change.uri);
			if (!filePath) continue;
			if (change.type === FileChangeType.Deleted) configs.forget(filePath);
			else configs.check(filePath);
		}
		relintAll();
	}));
	connection.onNotification(SetTrustedNotification, guard(logger, SetTrustedNotification, (params: unknown) => {
		const trusted = (params as { trusted?: unknown } | null)?.trusted;
		if (typeof trusted !== 'boolean') return logger.warn(`Tactful: ${SetTrustedNotification} needs { "trusted": true|false }.`);
		if (trusted === configs.trusted) return;
		configs.trusted = trusted;
		configs.invalidate();
		for (const { document } of documents.all()) if (isConfigUri(document.uri)) configs.check(uriToPath(document.uri) ?? '');
		relintAll();
	}));

	const entryFor = (uri: string) => linter.get(uri);

	connection.languages.diagnostics.on((params, token) => runSafe(logger, 'diagnostics', token, { kind: 'full', items: [] }, () => diagnostics.pull(params)));
	connection.languages.diagnostics.onWorkspace((params, token) => runSafe(logger, 'workspace diagnostics', token, { items: [] }, () => diagnostics.pullWorkspace(params)));

	connection.onCodeAction((params: CodeActionParams, token) =>
		runSafe(logger, 'code actions', token, [], async () => {
			const entry = await entryFor(params.textDocument.uri);
			if (!entry) return [];
			return codeActions(entry, params, { features, configTarget: configTarget(entry.uri) });
		}),
	);
	connection.onHover((params, token) =>
		runSafe(logger, 'hover', token, null, async () => {
			const entry = await entryFor(params.textDocument.uri);
			return entry ? hover(entry, params.position, features.hoverMarkdown) : null;
		}),
	);
	connection.onCodeLens((params, token) =>
		runSafe(logger, 'code lens', token, [], async () => {
			const entry = await entryFor(params.textDocument.uri);
			return entry ? codeLenses(entry) : [];
		}),
	);
	connection.onExecuteCommand((params: ExecuteCommandParams, token) =>
		runSafe(logger, `command ${params?.command}`, token, null, async () => {
			const request = parseCommand(params);
			if (typeof request === 'string') {
				logger.warn(`Tactful: ignored a command: ${request}.`);
				return null;
			}
			const entry = await entryFor(request.uri);
			const change = entry && request.edit(entry);
			if (!entry || !change || !features.applyEdit) return null;
			const edit = workspaceEdit(features, entry.uri, entry.version, toTextEdits(entry, change.edits, false));
			const applied = await connection.workspace.applyEdit({ label: change.label, edit });
			return applied.applied;
		}),
	);
	connection.onRequest(ChecklistRequest, (params: unknown, token) =>
		runSafe(logger, ChecklistRequest, token, null, async () => {
			const uri = (params as { uri?: unknown } | null)?.uri;
			if (typeof uri !== 'string') return null;
			const entry = await entryFor(uri);
			return entry ? checklist(entry) : null;
		}),
	);
	connection.onShutdown(() => {
		diagnostics?.dispose();
		clearTimeout(configTimer);
	});

	/** The file "disable in .tactfulrc.json" edits, with the editor's text and version when it is open there. */
	function configTarget(uri: string): ConfigTarget | undefined {
		const target = configs.target(uri);
		if (!target) return undefined;
		const open = documents.all().find((d) => uriToPath(d.document.uri) === target.filePath);
		if (open) return { uri: open.document.uri, text: open.document.getText(), version: open.document.version };
		return { uri: pathToUri(target.filePath), text: target.exists ? configs.readText(target.filePath) : undefined, version: null };
	}

	connection.listen();
}

function checklist(entry: LintEntry): ChecklistResult {
	return { uri: entry.uri, version: entry.version, letter: entry.result.letter, kind: entry.result.kind, steps: entry.result.steps };
}
