/**
 * The server's own stdio writer (server/src/streamWriter.ts), through a real pipe: a child process copies what it
 * reads to its stdout, and vscode-jsonrpc's reader parses it back. Messages arrive whole and in order, whatever their
 * characters and size, however many are written before the first is done; a dead pipe rejects and never throws.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { StreamMessageReader, StreamMessageWriter, type Message } from 'vscode-languageserver/node';
import { StreamWriter } from '../../server/src/streamWriter';
import { withArrayJson } from '../../server/src/jsonPieces';

/** A child that echoes its stdin to its stdout, and a reader on that stdout. */
function echo() {
	const child = spawn(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)'], { stdio: ['pipe', 'pipe', 'inherit'] });
	const reader = new StreamMessageReader(child.stdout);
	const got: Message[] = [];
	let want = 0;
	let done: () => void = () => {};
	reader.listen((m) => {
		got.push(m);
		if (got.length === want) done();
	});
	// A garbled stream leaves the reader waiting: give up after a while, with what did arrive.
	const received = (n: number) => new Promise<Message[]>((resolve, reject) => {
		const t = setTimeout(() => reject(new Error(`${got.length} of ${n} messages arrived`)), 20_000);
		want = n;
		done = () => {
			clearTimeout(t);
			resolve(got);
		};
		if (got.length >= n) done();
	});
	return { child, writer: new StreamWriter(child.stdin), received };
}

const notification = (i: number, text: string): Message => ({ jsonrpc: '2.0', method: 'test/echo', params: { i, text } } as Message);

test('messages arrive whole and in order: non-ASCII text, one larger than the kept buffer, none awaited', async () => {
	const { child, writer, received } = echo();
	try {
		const texts = [
			'plain ASCII',
			'We’re sorry — “quotes”, café, naïve, 日本語, emoji 🙂 and a lone surrogate \ud800 (JSON escapes it)',
			'x'.repeat(70_000), // more than a pipe holds at once
			'é'.repeat(1_100_000), // 2.2 MB of UTF-8: more than the writer keeps
			'',
			'after the large one',
		];
		// All written at once: the kept buffer is still in flight when the next message comes.
		const writes = texts.map((t, i) => writer.write(notification(i, t)));
		await Promise.all(writes);
		const got = await received(texts.length);
		assert.deepEqual(got, texts.map((t, i) => notification(i, t)));
	} finally {
		child.kill();
	}
});

test('the same bytes on the wire as vscode-jsonrpc’s own writer', async () => {
	const collect = async (make: (s: NodeJS.WritableStream) => { write(m: Message): Promise<void> }) => {
		const child = spawn(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)'], { stdio: ['pipe', 'pipe', 'inherit'] });
		const chunks: Buffer[] = [];
		child.stdout.on('data', (c: Buffer) => chunks.push(c));
		const w = make(child.stdin);
		for (let i = 0; i < 5; i++) await w.write(notification(i, `message ${i}: “curly” ${'é'.repeat(i * 1000)}`));
		child.stdin.end();
		await new Promise((r) => child.on('close', r));
		return Buffer.concat(chunks);
	};
	const ours = await collect((s) => new StreamWriter(s as never));
	const theirs = await collect((s) => new StreamMessageWriter(s));
	assert.ok(ours.length > 10_000);
	assert.ok(ours.equals(theirs), 'identical byte streams');
});

/** Everything written to a pipe by `write`, as one buffer. */
async function wire(make: (s: NodeJS.WritableStream) => { write(m: Message): Promise<void> }, messages: () => Message[]): Promise<Buffer> {
	const child = spawn(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)'], { stdio: ['pipe', 'pipe', 'inherit'] });
	const chunks: Buffer[] = [];
	child.stdout.on('data', (c: Buffer) => chunks.push(c));
	const w = make(child.stdin);
	for (const m of messages()) await w.write(m);
	child.stdin.end();
	await new Promise((r) => child.on('close', r));
	return Buffer.concat(chunks);
}

/** Reports and notifications whose array carries its JSON in pieces, with keys before and after it, some undefined. */
function withPieces(): Message[] {
	const item = (i: number) => ({ range: { start: { line: i, character: 0 }, end: { line: i, character: 4 } }, message: `n°${i} “We’re” 🙂 ${'é'.repeat(i * 50)}` });
	const items = [0, 1, 2, 3].map(item);
	const json = items.map((d) => JSON.stringify(d));
	return [
		{ jsonrpc: '2.0', id: 7, result: withArrayJson({ kind: 'full', resultId: '3.1', items }, 'items', json) },
		{ jsonrpc: '2.0', id: 'x"y', result: withArrayJson({ kind: 'full', skipped: undefined, items: [], after: { n: 1 } }, 'items', []) },
		{ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: withArrayJson({ uri: 'file:///a b.md', version: 2, diagnostics: items.slice(1) }, 'diagnostics', json.slice(1)) },
	] as unknown as Message[];
}

test('a value that carries its JSON in pieces: the same bytes as JSON.stringify of the value', async () => {
	const ours = await wire((s) => new StreamWriter(s as never), withPieces);
	const theirs = await wire((s) => new StreamMessageWriter(s), withPieces);
	assert.ok(ours.equals(theirs), `identical byte streams\n${ours.toString()}\n${theirs.toString()}`);
});

test('the pieces are what is sent: the value itself is not turned into JSON again', async () => {
	// Pieces that differ from the value on purpose: the client gets the pieces.
	const { child, writer, received } = echo();
	try {
		const report = withArrayJson({ kind: 'full', items: [{ message: 'the value' }] }, 'items', [JSON.stringify({ message: 'the pieces' })]);
		await writer.write({ jsonrpc: '2.0', id: 1, result: report } as unknown as Message);
		assert.deepEqual(await received(1), [{ jsonrpc: '2.0', id: 1, result: { kind: 'full', items: [{ message: 'the pieces' }] } }]);
	} finally {
		child.kill();
	}
});

test('a closed or broken pipe rejects the write and reports an error, without throwing', async () => {
	const { child, writer } = echo();
	const errors: unknown[] = [];
	writer.onError(([e]) => errors.push(e));
	child.kill('SIGKILL');
	await new Promise((r) => child.on('close', r));
	// The first write may still be taken by the stream before it learns the pipe is gone; by the last it knows.
	let rejected = 0;
	for (let i = 0; i < 5; i++) {
		await writer.write(notification(i, 'x'.repeat(100_000))).catch(() => rejected++);
		await new Promise((r) => setImmediate(r));
	}
	assert.ok(rejected >= 1, 'the writes to a dead pipe are rejected');
	assert.ok(errors.length >= 1, 'and reported');
});

test('a message JSON cannot hold is rejected, and the next one still goes', async () => {
	const { child, writer, received } = echo();
	try {
		const cyclic: Record<string, unknown> = { jsonrpc: '2.0', method: 'test/echo' };
		cyclic.params = cyclic;
		await assert.rejects(writer.write(cyclic as Message));
		await writer.write(notification(1, 'fine'));
		assert.deepEqual(await received(1), [notification(1, 'fine')]);
	} finally {
		child.kill();
	}
});
