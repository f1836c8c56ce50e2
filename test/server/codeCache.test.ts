/**
 * dist/server.js loads the server (dist/server-main.js) through V8's code cache, as dist/cli.js loads the CLI
 * (test/cli/codeCache.test.ts has the cache's own safety checks). The server writes the cache once its first lint is
 * done; a later start uses it and answers the same. TACTFUL_DEBUG=1 makes the server say on stderr whether the cache
 * was used (`hit`), compiled from source (`miss`) or skipped (`off`).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { ROOT, TestClient } from './harness';

const URI = 'file:///letters/cache.md';
const LETTER = 'Hi Dana,\n\nThanks for asking about the launch. We cannot move it, it is impossible, and we lack the bandwidth.\n\nBest,\nTom\n';

const cacheDir = (tmp: string) => join(tmp, `tactful-code-cache-${process.getuid?.() ?? 'user'}`);
const cacheFiles = (tmp: string) => (existsSync(cacheDir(tmp)) ? readdirSync(cacheDir(tmp)).filter((f) => f.endsWith('.bin')) : []);

/** Starts the server with its own temp folder, lints the letter, and returns what it said about the cache and the diagnostics. */
async function lintOnce(tmp: string, env: NodeJS.ProcessEnv = {}, after?: () => Promise<void>, server?: string) {
	const client = TestClient.stdio({}, [], { TMPDIR: tmp, TACTFUL_DEBUG: '1', ...env }, server);
	let items: string[];
	try {
		await client.initialize();
		await client.open(URI, LETTER);
		const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: URI } });
		await after?.();
		items = (report as { items: Diagnostic[] }).items.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
	} finally {
		await client.shutdown();
	}
	// Read once the server is gone: its stderr is a stream of its own, with no order against the protocol's.
	await until('the server\'s stderr to close', () => client.child?.stderr?.readableEnded !== false);
	return { cache: /tactful: debug: code cache (\w+)/.exec(client.stderr)?.[1], items };
}

async function until(what: string, test: () => boolean, ms = 15_000): Promise<void> {
	for (const end = Date.now() + ms; !test(); ) {
		if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

describe('the language server\'s code cache', () => {
	test('a first start writes it after its first lint; the next start uses it and answers the same', async () => {
		const tmp = mkdtempSync(join(tmpdir(), 'tactful-server-cache-'));
		try {
			const first = await lintOnce(tmp, {}, () => until('the code cache file', () => cacheFiles(tmp).length === 1));
			assert.equal(first.cache, 'miss');
			assert.match(cacheFiles(tmp)[0], /^server-main-[0-9a-f]{8}-v\d+/);
			assert.ok(first.items.some((i) => i.startsWith('no-jargon@')), first.items.join(' '));
			const second = await lintOnce(tmp);
			assert.equal(second.cache, 'hit');
			assert.deepEqual(second.items, first.items);
			const off = await lintOnce(tmp, { TACTFUL_NO_CODE_CACHE: '1' });
			assert.equal(off.cache, 'off');
			assert.deepEqual(off.items, first.items);
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	});

	test('a damaged cache file is ignored and written again; the answers stay the same', async () => {
		const tmp = mkdtempSync(join(tmpdir(), 'tactful-server-cache-'));
		try {
			const clean = await lintOnce(tmp, {}, () => until('the code cache file', () => cacheFiles(tmp).length === 1));
			const file = join(cacheDir(tmp), cacheFiles(tmp)[0]);
			const good = readFileSync(file);
			for (const [what, bytes] of [
				['bytes flipped in the middle', Buffer.from(good).fill(0x5a, good.length >> 1, (good.length >> 1) + 64)],
				['truncated', good.subarray(0, good.length >> 1)],
			] as const) {
				writeFileSync(file, bytes);
				const run = await lintOnce(tmp, {}, () => until('the code cache written again', () => !readFileSync(file).equals(bytes)));
				assert.equal(run.cache, 'miss', what);
				assert.deepEqual(run.items, clean.items, what);
				assert.equal((await lintOnce(tmp)).cache, 'hit', `${what}: the cache was written again`);
			}
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	});

	test('two installs of different builds keep a cache each', async () => {
		const tmp = mkdtempSync(join(tmpdir(), 'tactful-server-cache-'));
		try {
			// Two copies of the server in two folders, one of them a different build (a comment more at its end).
			const installs = ['one', 'two'].map((name) => {
				const folder = join(tmp, name);
				mkdirSync(folder);
				copyFileSync(join(ROOT, 'dist/server.js'), join(folder, 'server.js'));
				copyFileSync(join(ROOT, 'dist/server-main.js'), join(folder, 'server-main.js'));
				if (name === 'two') appendFileSync(join(folder, 'server-main.js'), '\n// another build\n');
				return join(folder, 'server.js');
			});
			const written = (n: number) => () => until(`${n} code cache files`, () => cacheFiles(tmp).length === n);
			const one = await lintOnce(tmp, {}, written(1), installs[0]);
			const two = await lintOnce(tmp, {}, written(2), installs[1]);
			assert.deepEqual([one.cache, two.cache], ['miss', 'miss']);
			assert.deepEqual(two.items, one.items);
			assert.equal((await lintOnce(tmp, {}, undefined, installs[0])).cache, 'hit');
			assert.equal((await lintOnce(tmp, {}, undefined, installs[1])).cache, 'hit');
			assert.equal(cacheFiles(tmp).length, 2);
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	});

	test('a server that stops before its first lint has passed writes nothing', async () => {
		const tmp = mkdtempSync(join(tmpdir(), 'tactful-server-cache-'));
		try {
			const client = TestClient.stdio({}, [], { TMPDIR: tmp, TACTFUL_DEBUG: '1' });
			await client.initialize();
			await client.shutdown();
			assert.match(client.stderr, /code cache miss/);
			assert.deepEqual(cacheFiles(tmp), []);
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	});

	test('the CLI\'s cache and the server\'s live side by side: writing one keeps the other', async () => {
		const tmp = mkdtempSync(join(tmpdir(), 'tactful-server-cache-'));
		try {
			await lintOnce(tmp, {}, () => until('the code cache file', () => cacheFiles(tmp).length === 1));
			// A cache file named as before bundles were named in it (the CLI's, from an older release) is cleared.
			const legacy = `${process.version}-${process.arch}-0123456789abcdef.bin`;
			writeFileSync(join(cacheDir(tmp), legacy), 'old');
			writeFileSync(join(tmp, 'letter.md'), LETTER);
			execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', 'letter.md'], { cwd: tmp, env: { ...process.env, TMPDIR: tmp }, stdio: 'pipe' });
			const files = cacheFiles(tmp).sort();
			assert.equal(files.length, 2, files.join(' '));
			assert.match(files[0], /^cli-main-[0-9a-f]{8}-v\d+/);
			assert.match(files[1], /^server-main-[0-9a-f]{8}-v\d+/);
			assert.equal((await lintOnce(tmp)).cache, 'hit');
		} finally {
			rmSync(tmp, { recursive: true, force: true });
		}
	});
});
