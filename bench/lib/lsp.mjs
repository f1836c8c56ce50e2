// A minimal LSP client for the server figures: it starts the bundled server (`server/server.js --stdio`) as a real
// process (or `--node-ipc`, Node's IPC channel, which many VS Code extensions use), speaks JSON-RPC to it with
// vscode-jsonrpc, and times what an editor would wait for.
//   pull mode: didChange, then textDocument/diagnostic; the time from sending the change to the answer.
//   push mode: didChange with `tactful.debounce` set to 0; the time until publishDiagnostics for that version arrives.
// Both include the stdio round trip and JSON (de)serialisation, which are part of what the editor waits for.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { minorFaults } from './stats.mjs';

/** Rejects when `promise` has not settled after `ms`: a server that stops answering fails the section, not the run. */
function within(promise, ms, what) {
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`the server did not answer ${what} within ${ms / 1000} s`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const ANSWER_MS = 60_000;

/**
 * `transport`: 'stdio' (VS Code's Tactful extension, Neovim, Emacs, most clients) or 'ipc' (Node's IPC channel, as many
 * VS Code extensions run their servers; Tactful's did until session 13).
 */
export async function startServer(serverPath, { pull, rootUri, settings = {}, nodeArgs = [], transport = 'stdio', env }) {
	const ipc = transport === 'ipc';
	const proc = spawn(process.execPath, [...nodeArgs, serverPath, ipc ? '--node-ipc' : '--stdio'], { stdio: ipc ? ['ignore', 'ignore', 'pipe', 'ipc'] : ['pipe', 'pipe', 'pipe'], ...(env ? { env: { ...process.env, ...env } } : {}) });
	let stderr = '';
	proc.stderr.on('data', (d) => {
		stderr += d;
		if (stderr.length > 20_000) stderr = stderr.slice(-10_000);
	});
	const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
	const conn = ipc ? createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc)) : createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
	const waiters = new Map();
	conn.onNotification('textDocument/publishDiagnostics', (p) => {
		const w = waiters.get(p.uri);
		if (w && (p.version === undefined || p.version >= w.version)) {
			waiters.delete(p.uri);
			w.resolve(p);
		}
	});
	conn.onNotification(() => {});
	// Anything the server asks (registrations, refreshes, configuration, progress): a neutral answer.
	conn.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
	conn.onRequest(() => null);
	conn.listen();
	const init = await within(conn.sendRequest('initialize', {
		processId: process.pid,
		rootUri,
		workspaceFolders: [{ uri: rootUri, name: 'bench' }],
		capabilities: {
			textDocument: {
				synchronization: { didSave: true },
				// As VS Code declares it: the server then sends each rule's documentation link, as it does to VS Code.
				publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
				...(pull ? { diagnostic: { dynamicRegistration: false } } : {}),
			},
			workspace: { configuration: false, workspaceFolders: true },
		},
		initializationOptions: {},
	}), ANSWER_MS, 'initialize');
	conn.sendNotification('initialized', {});
	conn.sendNotification('workspace/didChangeConfiguration', { settings: { tactful: settings } });

	const versions = new Map();
	const api = {
		proc,
		init,
		get stderr() {
			return stderr;
		},
		/**
		 * CPU time the server's main thread has run so far, in ms (/proc/<pid>/task/<pid>/schedstat, nanosecond
		 * resolution; NaN where there is no such file): the JavaScript work, GC pauses included, and nothing of the
		 * time spent waiting for a core or for the client.
		 */
		mainThreadMs() {
			try {
				return Number(readFileSync(`/proc/${proc.pid}/task/${proc.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
			} catch {
				return NaN;
			}
		},
		/** Minor page faults of the server process so far (see `minorFaults` in stats.mjs). */
		minorFaults() {
			return minorFaults(proc.pid);
		},
		rss() {
			const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
			const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
			return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
		},
		/** Resolves with the next publishDiagnostics for `uri` at `version` or later. */
		published(uri, version) {
			return within(new Promise((resolve) => waiters.set(uri, { version, resolve })), ANSWER_MS, `publishDiagnostics for ${uri}`);
		},
		open(uri, languageId, text) {
			versions.set(uri, 1);
			conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
			return 1;
		},
		change(uri, contentChanges) {
			const version = versions.get(uri) + 1;
			versions.set(uri, version);
			conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
			return version;
		},
		/** `previousResultId`: the id of the last report, as VS Code sends it (the server may answer "unchanged"). */
		diagnostics(uri, previousResultId) {
			return within(conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId }), ANSWER_MS, `textDocument/diagnostic for ${uri}`);
		},
		/** shutdown + exit; a server that does not go within 5 s is killed. Resolves with its exit code or signal. */
		async stop() {
			try {
				await within(Promise.race([conn.sendRequest('shutdown'), exited]), 5_000, 'shutdown');
				conn.sendNotification('exit');
			} catch {
				// Gone already, or stuck: the timer below ends it.
			}
			const timer = setTimeout(() => proc.kill('SIGKILL'), 5_000);
			const result = await exited;
			clearTimeout(timer);
			conn.dispose();
			return result;
		},
	};
	return api;
}

/** LSP position (UTF-16 line/character) of an offset. */
export function positionAt(text, offset) {
	let line = 0;
	let lineStart = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		lineStart = i + 1;
	}
	return { line, character: offset - lineStart };
}
