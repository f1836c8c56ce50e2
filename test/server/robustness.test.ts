// Bad input and bad luck: unknown documents, cancellation, binary and huge documents, other languages, stale work,
// a client that dies (stdio, IPC, process id), and a stdout that carries nothing but the protocol.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { CancellationTokenSource, ResponseError, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, PUSH_CAPABILITIES, SERVER_JS, TestClient } from './harness';
import { LETTER } from './letters';

const URI = 'file:///letters/deadline.md';

describe('requests the server cannot answer', () => {
	test('unknown or closed documents get empty answers', async () => {
		const c = TestClient.inProcess();
		try {
			await c.initialize();
			await c.open(URI, LETTER);
			await c.close(URI);
			for (const uri of ['file:///never/opened.md', URI]) {
				const textDocument = { uri };
				const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
				assert.deepEqual(await c.request('textDocument/diagnostic', { textDocument }), { kind: 'full', items: [] });
				assert.equal(await c.request('textDocument/hover', { textDocument, position: range.start }), null);
				assert.deepEqual(await c.request('textDocument/codeLens', { textDocument }), []);
				assert.deepEqual(await c.request('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } }), []);
			}
		} finally {
			await c.shutdown();
		}
	});

	test('documents in other languages are left alone', async () => {
		const c = TestClient.inProcess({ capabilities: PUSH_CAPABILITIES });
		try {
			await c.initialize();
			await c.open('file:///src/app.py', '# we don\'t have the bandwidth\n', 'python');
			await c.open(URI, LETTER);
			await c.published(URI);
			assert.equal(c.publishedCount('file:///src/app.py'), 0);
		} finally {
			await c.shutdown();
		}
	});

	test('a cancelled request answers RequestCancelled', async () => {
		const c = TestClient.inProcess();
		try {
			await c.initialize();
			await c.open(URI, LETTER);
			const source = new CancellationTokenSource();
			const pending = c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } }, source.token);
			source.cancel();
			await assert.rejects(pending, (e: unknown) => e instanceof ResponseError && e.code === -32800);
			// The next request is answered normally.
			const report = await c.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: URI } });
			assert.ok(report.kind === 'full' && report.items.length > 0);
		} finally {
			await c.shutdown();
		}
	});

	test('binary and huge documents are skipped with one log line each, not linted', async () => {
		const c = TestClient.inProcess();
		try {
			await c.initialize();
			const binary = LETTER + '\u0000\u0001PK\u0003\u0004';
			const huge = LETTER + 'x'.repeat(1_100_000);
			await c.open('file:///b.txt', binary, 'plaintext');
			await c.open('file:///h.md', huge);
			for (const uri of ['file:///b.txt', 'file:///h.md', 'file:///h.md']) {
				assert.deepEqual(await c.request('textDocument/diagnostic', { textDocument: { uri } }), await c.request('textDocument/diagnostic', { textDocument: { uri } }));
				const report = await c.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
				assert.deepEqual((report as { items: Diagnostic[] }).items, []);
			}
			assert.equal(c.logs.filter((l) => l.message.includes('binary content')).length, 1);
			assert.equal(c.logs.filter((l) => l.message.includes('longer than')).length, 1);
		} finally {
			await c.shutdown();
		}
	});
});

describe('stale work', () => {
	test('rapid changes: published versions only move forward, and the last version is published', async () => {
		const c = TestClient.inProcess({ capabilities: PUSH_CAPABILITIES, settings: () => ({ debounce: 50 }) });
		try {
			await c.initialize();
			await c.open(URI, LETTER);
			await c.published(URI, { version: 1 });
			let version = 1;
			for (let i = 0; i < 20; i++) version = await c.change(URI, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: i % 2 ? 'a' : 'b' }]);
			const last = await c.published(URI, { version });
			const versions = c.diagnostics.get(URI)!.map((p) => p.version!);
			assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'monotonic');
			assert.ok(versions.length < 21, `debounced: ${versions.length} publishes for 21 versions`);
			assert.ok(last.diagnostics.some((d) => d.code === 'no-jargon'));
		} finally {
			await c.shutdown();
		}
	});

	test('run: onSave publishes on open and save, not while typing', async () => {
		const c = TestClient.inProcess({ capabilities: PUSH_CAPABILITIES, settings: () => ({ run: 'onSave' }) });
		try {
			await c.initialize();
			await c.open(URI, LETTER);
			await c.published(URI, { version: 1 });
			const version = await c.replaceAll(URI, LETTER.replace('bandwidth', 'time'));
			await c.save(URI);
			const saved = await c.published(URI, { version });
			assert.ok(!saved.diagnostics.some((d) => d.code === 'no-jargon'));
			assert.deepEqual(c.diagnostics.get(URI)!.map((p) => p.version), [1, version], 'nothing published between open and save');
		} finally {
			await c.shutdown();
		}
	});
});

/** Runs a script in a node process that plays the client; resolves with its child when it prints "ready". */
async function intermediate(script: string) {
	ensureBuilt();
	const child = spawn(process.execPath, ['-e', script, SERVER_JS], { stdio: ['ignore', 'pipe', 'pipe'] });
	let out = '';
	child.stdout.on('data', (d) => (out += d));
	child.stderr.on('data', (d) => (out += d));
	await new Promise<void>((resolve, reject) => {
		child.stdout.on('data', () => out.includes('ready') && resolve());
		child.once('exit', () => reject(new Error(`the client script exited early:\n${out}`)));
	});
	return child;
}

describe('the client goes away', { timeout: 30_000 }, () => {
	// The server inherits the client script's stdout; `close` fires once every holder of that pipe (the server too)
	// has exited. So awaiting `close` after killing the client awaits the server's exit.
	test('stdio: the client is killed, so the server sees its input end and exits', async () => {
		const client = await intermediate(`
			const { spawn } = require('node:child_process');
			const server = spawn(process.execPath, [process.argv[1], '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
			const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, capabilities: {} } });
			server.stdin.write('Content-Length: ' + Buffer.byteLength(body) + '\\r\\n\\r\\n' + body);
			server.stdout.once('data', () => console.log('ready'));
		`);
		client.kill('SIGKILL');
		await once(client, 'close');
	});

	test('IPC (as VS Code starts it): the client is killed, so the channel disconnects and the server exits', async () => {
		const client = await intermediate(`
			const { fork } = require('node:child_process');
			const server = fork(process.argv[1], ['--node-ipc'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
			server.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, capabilities: {} } });
			server.once('message', () => console.log('ready'));
		`);
		client.kill('SIGKILL');
		await once(client, 'close');
	});

	test('the process id given in initialize dies while the streams stay open: the server exits', async () => {
		const parent = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
		const c = TestClient.stdio();
		try {
			await c.initialize(parent.pid!);
			parent.kill('SIGKILL');
			const [code] = await once(c.child!, 'exit');
			assert.equal(code, 1, 'exit 1: no shutdown request came first');
		} finally {
			c.connection.dispose();
		}
	});

	test('shutdown then exit: exit code 0', async () => {
		const c = TestClient.stdio();
		await c.initialize();
		const exited = once(c.child!, 'exit');
		await c.shutdown();
		assert.deepEqual(await exited, [0, null]);
	});
});

test('stdout carries only protocol messages, even when the server logs', { timeout: 30_000 }, async () => {
	ensureBuilt();
	const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
	const chunks: Buffer[] = [];
	child.stdout.on('data', (d) => chunks.push(d));
	const send = (msg: object) => {
		const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
		child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
	};
	send({ id: 1, method: 'initialize', params: { processId: null, capabilities: {} } });
	send({ method: 'initialized', params: {} });
	send({ method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: LETTER } } });
	send({ id: 2, method: 'workspace/executeCommand', params: { command: 'tactful.server.fixAll', arguments: [42] } });
	send({ method: 'tactful/setTrusted', params: 'yes' });
	send({ id: 3, method: 'shutdown' });
	send({ method: 'exit' });
	await once(child, 'exit');
	// Every byte is a Content-Length frame with a JSON body.
	const out = Buffer.concat(chunks);
	const methods: string[] = [];
	let at = 0;
	while (at < out.length) {
		const headerEnd = out.indexOf('\r\n\r\n', at);
		assert.ok(headerEnd > at, `a header at byte ${at}: ${JSON.stringify(out.subarray(at, at + 60).toString())}`);
		const length = Number(/^Content-Length: (\d+)$/m.exec(out.subarray(at, headerEnd).toString())?.[1]);
		assert.ok(length > 0, 'a Content-Length header');
		const message = JSON.parse(out.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
		methods.push(message.method ?? `response ${message.id}`);
		at = headerEnd + 4 + length;
	}
	assert.ok(methods.includes('response 1') && methods.includes('response 3'));
	assert.ok(methods.includes('window/logMessage'), 'the ignored command and the bad notification were logged over the protocol');
	assert.ok(methods.includes('textDocument/publishDiagnostics'));
});
