// Hostile .tactfulrc.json files through the language server over stdio: a catastrophic-backtracking pattern cannot
// hang it, broken files become diagnostics on the file while letters fall back to defaults, huge files are read
// and reported in bounded time, and an untrusted workspace loads neither patterns nor `extends` from outside.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { resolveConfig } from '../../server/src/engine/index';
import { fileUri, tempDir, TestClient } from '../server/harness';
import { codesAndRanges, engineDiagnostics, failures, stop } from './lsp';
import { LETTER } from './inputs';

const tmp = tempDir();
after(tmp.cleanup);
let n = 0;

/** A workspace folder with the given files, and a running stdio server for it. */
async function workspace(files: Record<string, string | Buffer>, initializationOptions?: unknown) {
	const dir = join(tmp.dir, `ws${++n}`);
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	mkdirSync(join(dir, 'letters'), { recursive: true });
	const client = TestClient.stdio({ folder: dir, initializationOptions });
	await client.initialize();
	return { dir, client, rc: fileUri(join(dir, '.tactfulrc.json')), letter: (name = 'letter.md') => fileUri(join(dir, 'letters', name)) };
}

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
	const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
	return report.kind === 'full' ? report.items : [];
}

/** The config the engine resolves from the same file, to compare the server's diagnostics with. */
const configOf = (text: string, trusted = true) => resolveConfig({ files: [{ path: '/x/.tactfulrc.json', text }], trusted }).config;

describe('server: hostile config', { timeout: 300_000 }, () => {
	test('(a+)+$ against 50,000 a\'s and a "!" is answered (the pattern runs in linear time), and still matches where it should', async () => {
		const rc = JSON.stringify({ scope: 'all', phrases: [{ id: 'redos', pattern: '(a+)+$', message: 'm' }, { id: 'hit', pattern: '(a+)+b', message: 'hit' }] });
		const ws = await workspace({ '.tactfulrc.json': rc });
		try {
			const text = 'a'.repeat(50_000) + '!\n\nx aaab y\n';
			await ws.client.open(ws.letter(), text);
			const items = await pull(ws.client, ws.letter());
			assert.deepEqual(items.map((d) => d.code), ['custom/hit']);
			assert.deepEqual(codesAndRanges(items), engineDiagnostics(text, 'markdown', configOf(rc)));
		} finally {
			await stop(ws.client);
		}
	});

	test('broken files are diagnostics on the file, and letters fall back to the defaults', async () => {
		const cases: Array<[string, Record<string, string | Buffer>, RegExp, number, string?]> = [
			['malformed JSON', { '.tactfulrc.json': '{\n  "rules": {\n    "no-jargon": "error",,\n' }, /Invalid JSON/, 2],
			['wrong types', { '.tactfulrc.json': '{\n"scope": 3,\n"rules": []\n}' }, /"scope" must be/, 1],
			['unknown rule', { '.tactfulrc.json': '{\n"rules": {\n"no-jargn": "off"\n}\n}' }, /Unknown rule "no-jargn"/, 2],
			['a phrase without a message', { '.tactfulrc.json': '{\n"phrases": [\n\n{ "phrase": "x" }\n]\n}' }, /needs a "message"/, 3],
			['an array', { '.tactfulrc.json': '[1, 2, 3]' }, /one JSON object/, 0],
			['binary', { '.tactfulrc.json': Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x22]) }, /Invalid JSON/, 0],
			// The cycle closes in a.json, so it is reported there (and .tactfulrc.json points to it).
			['an extends cycle', { '.tactfulrc.json': '{\n"extends": "./a.json"\n}', 'a.json': '{ "extends": "./.tactfulrc.json" }' }, /cycle/, 0, 'a.json'],
			['a missing extends target', { '.tactfulrc.json': '{\n"extends": ["./gone.json"]\n}' }, /Cannot load "\.\/gone\.json"/, 1],
		];
		for (const [label, files, message, line, file = '.tactfulrc.json'] of cases) {
			const ws = await workspace(files);
			try {
				await ws.client.open(ws.letter(), LETTER);
				assert.ok((await pull(ws.client, ws.letter())).some((d) => d.code === 'no-jargon'), `${label}: the defaults apply`);
				const { diagnostics } = await ws.client.published(fileUri(join(ws.dir, file)));
				const hit = diagnostics.find((d) => message.test(d.message));
				assert.ok(hit, `${label}: ${JSON.stringify(diagnostics.map((d) => d.message))}`);
				assert.equal(hit.range.start.line, line, `${label}: on line ${line}`);
				assert.deepEqual(failures(ws.client), [], label);
			} finally {
				await stop(ws.client);
			}
		}
	});

	test('huge files: 10,000 phrases (one error for the excess), 100,000 bad entries (100,000 diagnostics), 1 MB of globs', async () => {
		const phrases = JSON.stringify({ phrases: Array.from({ length: 10_000 }, (_, i) => ({ phrase: `zzword${i}`, message: `m${i}` })) }, null, 1);
		const bad = `{"phrases": [\n${Array(100_000).fill('{}').join(',\n')}\n]}`;
		const globs = JSON.stringify({ letters: Array.from({ length: 40_000 }, (_, i) => `never/${i}/**/*.md`) });
		for (const [label, rc, count] of [['10,000 phrases', phrases, 1], ['100,000 bad entries', bad, 100_000], ['1 MB of globs', globs, 0]] as const) {
			const ws = await workspace({ '.tactfulrc.json': rc });
			try {
				const text = `${LETTER}\nzzword1 and zzword9999\n`;
				await ws.client.open(ws.letter(), text);
				assert.deepEqual(codesAndRanges(await pull(ws.client, ws.letter())), engineDiagnostics(text, 'markdown', configOf(rc)), label);
				if (count > 0) assert.equal((await ws.client.published(ws.rc)).diagnostics.length, count, label);
				assert.deepEqual(failures(ws.client), [], label);
			} finally {
				await stop(ws.client);
			}
		}
	});

	test('a config file deleted and recreated while letters are open: errors cleared, then back', async () => {
		const ws = await workspace({ '.tactfulrc.json': '{ "rules": { "nope": "off" } }' });
		try {
			await ws.client.open(ws.letter(), LETTER);
			await pull(ws.client, ws.letter());
			assert.equal((await ws.client.published(ws.rc)).diagnostics.length, 1);
			const count = ws.client.publishedCount(ws.rc);
			rmSync(join(ws.dir, '.tactfulrc.json'));
			await ws.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.rc, type: 3 }] });
			assert.deepEqual((await ws.client.published(ws.rc, { after: count })).diagnostics, []);
			assert.ok((await pull(ws.client, ws.letter())).some((d) => d.code === 'no-jargon'));
			writeFileSync(join(ws.dir, '.tactfulrc.json'), '{ "rules": { "no-jargon": "off" } }');
			await ws.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.rc, type: 1 }] });
			await ws.client.waitFor('a diagnostic refresh', () => ws.client.notifications.filter((x) => x.method === 'workspace/diagnostic/refresh').length >= 2);
			assert.ok(!(await pull(ws.client, ws.letter())).some((d) => d.code === 'no-jargon'));
		} finally {
			await stop(ws.client);
		}
	});

	test('untrusted workspace: a hostile pattern is not even compiled, and extends outside the workspace is not read', async () => {
		const outside = join(tmp.dir, `outside${++n}.json`);
		writeFileSync(outside, JSON.stringify({ rules: { 'no-jargon': 'off' }, phrases: [{ pattern: '(a+)+$', message: 'm' }] }));
		const rc = JSON.stringify({ scope: 'all', extends: outside, phrases: [{ pattern: '(a|a)*$', message: 'm' }, { pattern: 'aaab', message: 'hit' }] });
		const ws = await workspace({ '.tactfulrc.json': rc }, { trusted: false });
		try {
			const text = `${LETTER}\n${'a'.repeat(50_000)}!\n\nx aaab y\n`;
			await ws.client.open(ws.letter(), text);
			const items = await pull(ws.client, ws.letter());
			assert.ok(items.some((d) => d.code === 'no-jargon'), 'the outside file did not switch no-jargon off');
			assert.ok(!items.some((d) => String(d.code).startsWith('custom')), 'no workspace pattern ran');
			const messages = (await ws.client.published(ws.rc)).diagnostics.map((d) => d.message).join('\n');
			assert.match(messages, /Cannot load/);
			assert.match(messages, /untrusted/);
		} finally {
			await stop(ws.client);
		}
	});
});
