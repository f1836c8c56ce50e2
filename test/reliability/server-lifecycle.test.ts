// The language server over stdio when the client misbehaves: every request kind cancelled (at once, and while a big
// document is being linted), requests racing a close, malformed messages, and a client that dies mid-request (its
// streams closed, its process killed, its reader gone during a 20 MB answer): the server answers or exits, in
// bounded time, and never spins.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, SERVER_JS, TestClient } from '../server/harness';
import { failures, stop } from './lsp';
import { LETTER, TEXT_INPUTS } from './inputs';

const BIG = `${LETTER}\n${"We don't have the bandwidth for this. ".repeat(20_000)}`; // ~760 KB: linting it takes a while
const WHOLE = { start: { line: 0, character: 0 }, end: { line: 10_000_000, character: 0 } };

/** Every request a client sends about a document, with valid parameters. */
function requests(uri: string): Array<[string, unknown]> {
	return [
		['textDocument/diagnostic', { textDocument: { uri } }],
		['workspace/diagnostic', { previousResultIds: [] }],
		['textDocument/codeAction', { textDocument: { uri }, range: WHOLE, context: { diagnostics: [] } }],
		['textDocument/codeAction', { textDocument: { uri }, range: WHOLE, context: { diagnostics: [], only: ['source.fixAll.tactful'] } }],
		['textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } }],
		['textDocument/codeLens', { textDocument: { uri } }],
		['tactful/checklist', { uri }],
		['workspace/executeCommand', { command: 'tactful.server.fixAll', arguments: [uri] }],
		['workspace/executeCommand', { command: 'tactful.server.insertStep', arguments: [uri, 'empathy'] }],
	];
}

/** A cancelled request either answers or fails with RequestCancelled (-32800) or ServerCancelled (-32802). */
async function outcome(p: Promise<unknown>): Promise<'answered' | 'cancelled'> {
	try {
		await p;
		return 'answered';
	} catch (e) {
		assert.ok(e instanceof ResponseError && (e.code === -32800 || e.code === -32802), `not a cancellation: ${e}`);
		return 'cancelled';
	}
}

/** Resolves when the process exits; rejects after `ms` (the server did not notice its client was gone). */
function exitWithin(child: ChildProcess, ms: number, what: string): Promise<number | null> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`${what}: the server was still running ${ms / 1000} s later`));
		}, ms);
		child.once('exit', (code) => {
			clearTimeout(timer);
			resolve(code);
		});
	});
}

/** CPU time (clock ticks) a process has used, from /proc. */
function cpuTicks(pid: number): number {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return Number(fields[11]) + Number(fields[12]);
}

describe('server: cancellation', { timeout: 300_000 }, () => {
	test('every request kind, cancelled at once and while a big document is linted: an answer or RequestCancelled, then answered again', async () => {
		const client = TestClient.stdio();
		try {
			await client.initialize();
			const uris = ['file:///cancel/big.md', 'file:///cancel/small.txt'];
			await client.open(uris[0], BIG);
			await client.open(uris[1], LETTER, 'plaintext');
			const counts = { answered: 0, cancelled: 0 };
			for (let round = 0; round < 3; round++) {
				for (const uri of uris) {
					// A change first, so that the next request has to lint again.
					await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: round % 2 ? 'x' : 'Hi ' }]);
					const pending = requests(uri).map(([method, params]) => {
						const source = new CancellationTokenSource();
						const p = client.connection.sendRequest(method, params, source.token);
						if (round > 0) source.cancel(); // round 0: cancel after the answers started coming
						else setImmediate(() => source.cancel());
						return outcome(p);
					});
					for (const o of await Promise.all(pending)) counts[o]++;
				}
			}
			assert.ok(counts.cancelled > 0, `some requests were cancelled: ${JSON.stringify(counts)}`);
			// Uncancelled, every kind answers.
			for (const uri of uris) for (const [method, params] of requests(uri)) await client.request(method, params);
			for (const params of [{ id: 424242 }, { id: 'nope' }, null, { id: null }, 7]) await client.connection.sendNotification('$/cancelRequest', params);
			assert.ok(await client.request('tactful/checklist', { uri: uris[1] }));
			assert.deepEqual(failures(client), []);
		} finally {
			await stop(client);
		}
	});

	test('requests racing a close, and on documents never opened, get empty answers', async () => {
		const client = TestClient.stdio();
		try {
			await client.initialize();
			for (let i = 0; i < 20; i++) {
				const uri = `file:///race/${i}.md`;
				await client.open(uri, i % 2 ? BIG : LETTER);
				const answers = requests(uri).map(([m, p]) => client.request(m, p));
				await client.close(uri);
				const after = requests(uri).map(([m, p]) => client.request(m, p));
				for (const a of await Promise.allSettled([...answers, ...after])) {
					if (a.status === 'rejected') assert.ok(a.reason instanceof ResponseError && a.reason.code === -32802, `${a.reason}`);
				}
			}
			assert.deepEqual(await client.request('textDocument/codeLens', { textDocument: { uri: 'file:///race/never.md' } }), []);
			assert.deepEqual(failures(client), []);
		} finally {
			await stop(client);
		}
	});
});

describe('server: malformed messages', { timeout: 120_000 }, () => {
	test('bad JSON, wrong parameter types and unknown methods get errors or empty answers; the server keeps working', async () => {
		ensureBuilt();
		const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		let out = '';
		child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
		const send = (body: string) => child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
		const msg = (m: object) => send(JSON.stringify({ jsonrpc: '2.0', ...m }));
		const answered = (id: number) => new RegExp(`"id":${id}[,}]`).test(out);
		msg({ id: 1, method: 'initialize', params: { processId: null, capabilities: {} } });
		msg({ method: 'initialized', params: {} });
		send('{ this is not JSON');
		send('[1, 2, 3]');
		msg({ id: 2, method: 'textDocument/hover', params: null });
		msg({ id: 3, method: 'textDocument/hover', params: { textDocument: 5, position: 'x' } });
		msg({ id: 4, method: 'no/such/method', params: {} });
		msg({ method: 'textDocument/didOpen', params: { textDocument: { uri: 5 } } });
		msg({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///m.md', languageId: 'markdown', version: 1, text: LETTER } } });
		msg({ method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///m.md', version: 2 }, contentChanges: [{ range: { start: { line: 99, character: 99 }, end: { line: -1, character: -5 } }, text: 'x' }] } });
		msg({ method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///never.md', version: 2 }, contentChanges: [{ text: 'x' }] } });
		msg({ id: 5, method: 'textDocument/codeAction', params: { textDocument: { uri: 'file:///m.md' }, range: { start: { line: -3, character: 1e9 }, end: { line: 1e9, character: -1 } }, context: { diagnostics: [{ range: null, data: 'x', code: 3, source: 'tactful' }] } } });
		msg({ id: 6, method: 'textDocument/diagnostic', params: { textDocument: { uri: 'file:///m.md' } } });
		msg({ id: 7, method: 'workspace/executeCommand', params: { command: 'tactful.server.insertStep', arguments: ['file:///m.md', 'no-such-step'] } });
		msg({ id: 8, method: 'tactful/checklist', params: { uri: 'file:///m.md' } });
		const deadline = Date.now() + 60_000;
		while (![1, 2, 3, 4, 5, 6, 7, 8].every(answered) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => child.stdout.once('data', r));
		assert.ok([1, 2, 3, 4, 5, 6, 7, 8].every(answered), `every request answered:\n${out.slice(-3000)}`);
		assert.equal(child.exitCode, null, 'still running');
		assert.match(out, /"id":6,"result":\{"kind":"full"/);
		msg({ id: 9, method: 'shutdown' });
		msg({ method: 'exit' });
		assert.equal(await exitWithin(child, 20_000, 'shutdown after malformed messages'), 0);
	});

	test('broken framing (a header without Content-Length): the server goes idle, not busy, and exits when the stream closes', async () => {
		ensureBuilt();
		const child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, capabilities: {} } });
		child.stdin.write(`Content-Length: ${body.length}\r\n\r\n${body}`);
		await new Promise((r) => child.stdout.once('data', r));
		child.stdin.write('garbage header\r\n\r\n{}');
		child.stdin.write(`Content-Length: 99999999\r\n\r\n{`);
		await new Promise((r) => setImmediate(r));
		const before = cpuTicks(child.pid!);
		// No event tells that a process is idle: give a busy loop a second to show in its CPU time.
		await new Promise((r) => setTimeout(r, 1000));
		assert.ok(cpuTicks(child.pid!) - before <= 20, 'less than 0.2 s of CPU in 1 s: not spinning');
		child.stdin.end();
		await exitWithin(child, 20_000, 'stdin closed after broken framing');
	});
});

describe('server: the client dies mid-request', { timeout: 120_000 }, () => {
	test('its streams close while requests on a big document are in flight: the server exits', async () => {
		const client = TestClient.stdio();
		await client.initialize();
		await client.open('file:///dying/big.md', BIG);
		for (const [m, p] of requests('file:///dying/big.md')) client.request(m, p).catch(() => undefined);
		await client.connection.sendNotification('$/setTrace', { value: 'off' }); // resolves once everything before it is written
		client.child!.stdin!.end();
		await exitWithin(client.child!, 20_000, 'stdin closed mid-request');
		client.child!.stderr!.destroy();
		client.connection.dispose();
	});

	test('its reader goes away during a 20 MB answer: the server exits with code 1, without a crash on the way', async () => {
		// A race (whether the server notices the closed stdout or stdin first), so it is run several times.
		const text = TEXT_INPUTS.find((i) => i.name === 'many findings')!.text();
		for (let run = 0; run < 6; run++) {
			const client = TestClient.stdio();
			await client.initialize();
			const uri = 'file:///dying/many.md';
			await client.open(uri, text);
			client.request('textDocument/codeAction', { textDocument: { uri }, range: WHOLE, context: { diagnostics: [] } }).catch(() => undefined);
			await client.connection.sendNotification('$/setTrace', { value: 'off' });
			await new Promise((r) => client.child!.stdout!.once('data', r));
			client.child!.stdout!.destroy();
			client.child!.stdin!.end();
			const code = await exitWithin(client.child!, 20_000, 'reader gone mid-answer');
			client.child!.stderr!.destroy();
			client.connection.dispose();
			// A log line about the lost connection may reach stderr; Node's fatal-error banner must not.
			assert.ok(!/^Node\.js v\d/m.test(client.stderr), `run ${run}: a crash on stderr:\n${client.stderr}`);
			assert.equal(code, 1, `run ${run}: exit code ${code} (7: the uncaughtException handler itself threw)`);
		}
	});

	test('its process is killed with requests in flight: the server, its child, exits', async () => {
		ensureBuilt();
		// A node process plays the client: it starts the server, opens a big document, sends requests, says "ready".
		const script = `
			const { spawn } = require('node:child_process');
			const server = spawn(process.execPath, [process.argv[1], '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
			console.log('server ' + server.pid);
			const send = (m) => { const b = JSON.stringify({ jsonrpc: '2.0', ...m }); server.stdin.write('Content-Length: ' + Buffer.byteLength(b) + '\\r\\n\\r\\n' + b); };
			send({ id: 1, method: 'initialize', params: { processId: null, capabilities: {} } });
			send({ method: 'textDocument/didOpen', params: { textDocument: { uri: 'file:///k.md', languageId: 'markdown', version: 1, text: "We don't have the bandwidth. ".repeat(25000) } } });
			for (let i = 2; i < 40; i++) send({ id: i, method: 'textDocument/codeAction', params: { textDocument: { uri: 'file:///k.md' }, range: { start: { line: 0, character: 0 }, end: { line: 99999, character: 0 } }, context: { diagnostics: [] } } });
			server.stdout.once('data', () => console.log('ready'));
		`;
		const client = spawn(process.execPath, ['-e', script, SERVER_JS], { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		client.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
		await new Promise<void>((resolve, reject) => {
			client.stdout.on('data', () => out.includes('ready') && resolve());
			client.once('exit', () => reject(new Error(`the client exited early: ${out}`)));
		});
		const serverPid = Number(/server (\d+)/.exec(out)![1]);
		// The server writes its stderr to the client's, which is our pipe: `close` comes once the server has exited too.
		const closed = new Promise<boolean>((resolve) => {
			const timer = setTimeout(() => resolve(false), 20_000);
			client.once('close', () => {
				clearTimeout(timer);
				resolve(true);
			});
		});
		client.kill('SIGKILL');
		const exited = await closed;
		if (!exited) process.kill(serverPid, 'SIGKILL');
		assert.ok(exited, 'the server exited within 20 s of its client');
	});
});
