// Settings and .tactfulrc.json files: defaults for null/{}, live changes, watched files, errors placed exactly on
// the config file, an open config file's unsaved text, `extends`, and workspace trust.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { fileUri, PUSH_CAPABILITIES, tempDir, TestClient, VSCODE_CAPABILITIES } from './harness';
import { LETTER, rangeOf } from './letters';

const tmp = tempDir();
after(tmp.cleanup);
let n = 0;
/** A fresh workspace folder with a letter in it. */
function workspace(files: Record<string, string> = {}) {
	const dir = join(tmp.dir, `ws${++n}`);
	mkdirSync(join(dir, 'letters'), { recursive: true });
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	return { dir, letter: fileUri(join(dir, 'letters', 'deadline.md')), rc: join(dir, '.tactfulrc.json') };
}

async function pull(client: TestClient, uri: string): Promise<Diagnostic[]> {
	const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
	assert.equal(report.kind, 'full');
	return (report as { items: Diagnostic[] }).items;
}
const codes = (d: Diagnostic[]) => d.map((x) => x.code);

const PATTERN_LETTER = LETTER.replace('Best,', 'As per my last email, we will keep you posted.\n\nBest,');
const PATTERN_RC = JSON.stringify({ phrases: [{ id: 'per-my-email', pattern: 'as per my (last|previous) email', message: 'Sounds curt: drop it.' }] }, null, 2);

describe('settings', () => {
	for (const settings of [null, {}, { enable: null, run: 42, debounce: 'soon' }]) {
		test(`${JSON.stringify(settings)} means the defaults`, async () => {
			const client = TestClient.inProcess({ settings: () => settings });
			try {
				await client.initialize();
				await client.open('file:///a/letter.md', LETTER);
				assert.ok(codes(await pull(client, 'file:///a/letter.md')).includes('no-jargon'));
			} finally {
				await client.shutdown();
			}
		});
	}

	test('rules from settings apply, and a settings change re-lints (pull: refresh; push: republish)', async () => {
		let current: unknown = { rules: { 'no-jargon': 'off' } };
		const client = TestClient.inProcess({ settings: () => current });
		const pusher = TestClient.inProcess({ capabilities: PUSH_CAPABILITIES, settings: () => current });
		try {
			await client.initialize();
			await pusher.initialize();
			await client.open('file:///a/letter.md', LETTER);
			await pusher.open('file:///a/letter.md', LETTER);
			assert.ok(!codes(await pull(client, 'file:///a/letter.md')).includes('no-jargon'));
			assert.ok(!codes((await pusher.published('file:///a/letter.md')).diagnostics).includes('no-jargon'));
			assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'), 'registers for configuration changes');

			current = { rules: { 'no-jargon': 'error' } };
			const before = pusher.publishedCount('file:///a/letter.md');
			await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
			await pusher.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
			await client.waitFor('a diagnostic refresh', () => client.notifications.some((x) => x.method === 'workspace/diagnostic/refresh'));
			const jargon = (await pull(client, 'file:///a/letter.md')).find((d) => d.code === 'no-jargon');
			assert.equal(jargon?.severity, 1);
			const republished = await pusher.published('file:///a/letter.md', { after: before });
			assert.equal(republished.diagnostics.find((d) => d.code === 'no-jargon')?.severity, 1);
		} finally {
			await client.shutdown();
			await pusher.shutdown();
		}
	});

	test('enable: false silences a document', async () => {
		const client = TestClient.inProcess({ settings: () => ({ enable: false }) });
		try {
			await client.initialize();
			await client.open('file:///a/letter.md', LETTER);
			assert.deepEqual(await pull(client, 'file:///a/letter.md'), []);
		} finally {
			await client.shutdown();
		}
	});

	test('a client without workspace/configuration sends settings with didChangeConfiguration', async () => {
		const client = TestClient.inProcess({ capabilities: { ...PUSH_CAPABILITIES, workspace: { applyEdit: true } } });
		try {
			await client.initialize();
			await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { tactful: { rules: { 'no-jargon': 'off' } } } });
			await client.open('file:///a/letter.md', LETTER);
			const { diagnostics } = await client.published('file:///a/letter.md');
			assert.ok(diagnostics.length > 0 && !codes(diagnostics).includes('no-jargon'));
		} finally {
			await client.shutdown();
		}
	});

	test('bad rule settings are said once in a message, and the rest still applies', async () => {
		const client = TestClient.inProcess({ settings: () => ({ rules: { 'no-jargonn': 'off' } }) });
		try {
			await client.initialize();
			await client.open('file:///a/letter.md', LETTER);
			await client.open('file:///a/other.md', LETTER);
			assert.ok(codes(await pull(client, 'file:///a/letter.md')).includes('no-jargon'));
			await pull(client, 'file:///a/other.md');
			const said = client.messages.filter((m) => m.message.includes('no-jargonn'));
			assert.equal(said.length, 1, 'one message');
			assert.match(said[0].message, /Unknown rule "no-jargonn"/);
		} finally {
			await client.shutdown();
		}
	});
});

describe('.tactfulrc.json', () => {
	test('applies from the workspace folder; a watched change re-lints', async () => {
		const ws = workspace({ '.tactfulrc.json': '{ "rules": { "no-jargon": "off" } }' });
		const client = TestClient.inProcess({ folder: ws.dir });
		try {
			await client.initialize();
			await client.waitFor('a watcher for config files', () =>
				client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('**/.tactfulrc.json')),
			);
			await client.open(ws.letter, LETTER);
			assert.ok(!codes(await pull(client, ws.letter)).includes('no-jargon'));

			writeFileSync(ws.rc, '{ "rules": { "no-jargon": "error" } }');
			await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(ws.rc), type: 2 }] });
			await client.waitFor('a diagnostic refresh', () => client.notifications.some((x) => x.method === 'workspace/diagnostic/refresh'));
			assert.equal((await pull(client, ws.letter)).find((d) => d.code === 'no-jargon')?.severity, 1);
		} finally {
			await client.shutdown();
		}
	});

	test('nested files refine outer ones; the file beats settings', async () => {
		const ws = workspace({ '.tactfulrc.json': '{ "rules": { "no-jargon": "error", "missing-open": "off" } }' });
		writeFileSync(join(ws.dir, 'letters', '.tactfulrc.json'), '{ "rules": { "no-jargon": "hint" } }');
		const client = TestClient.inProcess({ folder: ws.dir, settings: () => ({ rules: { 'no-jargon': 'off' } }) });
		try {
			await client.initialize();
			await client.open(ws.letter, LETTER);
			const items = await pull(client, ws.letter);
			assert.equal(items.find((d) => d.code === 'no-jargon')?.severity, 4);
			assert.ok(!codes(items).includes('missing-open'));
		} finally {
			await client.shutdown();
		}
	});

	test('errors are published on the config file with the exact range; the letter falls back to defaults', async () => {
		const text = '{\n  // team rules\n  "rules": { "no-jargonn": "off", "no-jargon": "loud" }\n}\n';
		const ws = workspace({ '.tactfulrc.json': text });
		const client = TestClient.inProcess({ folder: ws.dir });
		try {
			await client.initialize();
			await client.open(ws.letter, LETTER);
			assert.ok(codes(await pull(client, ws.letter)).includes('no-jargon'), 'defaults stand in');
			const { diagnostics } = await client.published(fileUri(ws.rc));
			assert.equal(diagnostics.length, 2);
			const unknown = diagnostics.find((d) => d.message.includes('Unknown rule'))!;
			assert.deepEqual(unknown.range, rangeOf(text, '"no-jargonn"'));
			assert.equal(unknown.severity, 1);
			assert.equal(unknown.source, 'tactful');
			const bad = diagnostics.find((d) => d.message !== unknown.message)!;
			assert.deepEqual(bad.range, rangeOf(text, '"loud"'));

			// Fixed on disk: the errors are cleared.
			const count = client.publishedCount(fileUri(ws.rc));
			writeFileSync(ws.rc, '{ "rules": {} }');
			await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(ws.rc), type: 2 }] });
			assert.deepEqual((await client.published(fileUri(ws.rc), { after: count })).diagnostics, []);
		} finally {
			await client.shutdown();
		}
	});

	test('invalid JSON is placed where it breaks', async () => {
		const text = '{ "rules": { "no-jargon": "off" ';
		const ws = workspace({ '.tactfulrc.json': text });
		const client = TestClient.inProcess({ folder: ws.dir, capabilities: PUSH_CAPABILITIES });
		try {
			await client.initialize();
			await client.open(ws.letter, LETTER);
			const { diagnostics } = await client.published(fileUri(ws.rc));
			assert.ok(diagnostics.length >= 1);
			assert.match(diagnostics[0].message, /Invalid JSON/);
			assert.equal(diagnostics[0].range.start.line, 0);
			assert.equal(diagnostics[0].range.start.character, text.length);
		} finally {
			await client.shutdown();
		}
	});

	test("an open config file's unsaved text counts, its errors carry its version, closing reverts to disk", async () => {
		const ws = workspace({ '.tactfulrc.json': '{}' });
		const client = TestClient.inProcess({ folder: ws.dir });
		const rcUri = fileUri(ws.rc);
		try {
			await client.initialize();
			await client.open(ws.letter, LETTER);
			assert.ok(codes(await pull(client, ws.letter)).includes('no-jargon'));
			await client.open(rcUri, '{}', 'jsonc');
			assert.deepEqual(await pull(client, rcUri), [], 'a config file is never linted as prose');
			const text = '{ "rules": { "no-jargon": "off", "nope": "off" } }';
			const version = await client.replaceAll(rcUri, text);
			const published = await client.published(rcUri, { version });
			assert.deepEqual(published.diagnostics.map((d) => d.range), [rangeOf(text, '"nope"')]);
			await client.waitFor('a diagnostic refresh', () => client.notifications.some((x) => x.method === 'workspace/diagnostic/refresh'));
			assert.ok(!codes(await pull(client, ws.letter)).includes('no-jargon'));
			await client.close(rcUri);
			await client.waitFor('the letter linted with the file on disk', () => client.notifications.filter((x) => x.method === 'workspace/diagnostic/refresh').length >= 2);
			assert.ok(codes(await pull(client, ws.letter)).includes('no-jargon'));
		} finally {
			await client.shutdown();
		}
	});

	test('extends is read relative to the file and watched', async () => {
		const ws = workspace({ 'base.json': '{ "rules": { "no-jargon": "off" } }', '.tactfulrc.json': '{ "extends": "./base.json" }' });
		const client = TestClient.inProcess({ folder: ws.dir });
		try {
			await client.initialize();
			await client.open(ws.letter, LETTER);
			assert.ok(!codes(await pull(client, ws.letter)).includes('no-jargon'));
			await client.waitFor('a watcher for base.json', () => client.registrations.some((r) => JSON.stringify(r.registerOptions).includes('"pattern":"base.json"')));
		} finally {
			await client.shutdown();
		}
	});
});

describe('workspace trust', () => {
	test('untrusted: custom patterns are ignored and said once; trusting brings them back', async () => {
		const ws = workspace({ '.tactfulrc.json': PATTERN_RC });
		const client = TestClient.inProcess({ folder: ws.dir, initializationOptions: { trusted: false } });
		try {
			await client.initialize();
			await client.open(ws.letter, PATTERN_LETTER);
			assert.ok(!codes(await pull(client, ws.letter)).includes('custom/per-my-email'));
			const second = fileUri(join(ws.dir, 'letters', 'second.md'));
			await client.open(second, PATTERN_LETTER);
			await pull(client, second);
			assert.equal(client.messages.filter((m) => /not trusted/.test(m.message)).length, 1, 'said once');
			const { diagnostics } = await client.published(fileUri(ws.rc));
			assert.equal(diagnostics[0]?.severity, 2);
			assert.deepEqual(diagnostics[0].range, rangeOf(PATTERN_RC, '"as per my (last|previous) email"'));

			await client.connection.sendNotification('tactful/setTrusted', { trusted: true });
			await client.waitFor('a diagnostic refresh', () => client.notifications.some((x) => x.method === 'workspace/diagnostic/refresh'));
			assert.ok(codes(await pull(client, ws.letter)).includes('custom/per-my-email'));
		} finally {
			await client.shutdown();
		}
	});

	test('untrusted: extends outside the workspace is not read', async () => {
		const outside = join(tmp.dir, `outside${++n}.json`);
		writeFileSync(outside, '{ "rules": { "no-jargon": "off" } }');
		const ws = workspace({ '.tactfulrc.json': JSON.stringify({ extends: outside }) });
		const client = TestClient.inProcess({ folder: ws.dir, initializationOptions: { trusted: false }, capabilities: VSCODE_CAPABILITIES });
		try {
			await client.initialize();
			await client.open(ws.letter, LETTER);
			assert.ok(codes(await pull(client, ws.letter)).includes('no-jargon'));
			const { diagnostics } = await client.published(fileUri(ws.rc));
			assert.match(diagnostics[0].message, /Cannot load/);
		} finally {
			await client.shutdown();
		}
	});
});
