// The core flow over both transports: the server in this process over in-memory streams, and the bundled server
// over stdio. Initialize, open, diagnostics (pulled and pushed), change, code action applied to the text, close.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, DocumentDiagnosticReport, InitializeResult } from 'vscode-languageserver-protocol';
import { applyWorkspaceEdit, PUSH_CAPABILITIES, TestClient, VSCODE_CAPABILITIES, type ClientOptions } from './harness';
import { engineFindings, LETTER, LETTER_FIXED, rangeOf, README } from './letters';

const transports: Record<string, (o: ClientOptions) => TestClient> = {
	'in-process': (o) => TestClient.inProcess(o),
	stdio: (o) => TestClient.stdio(o),
};

const URI = 'file:///letters/deadline.md';

function summary(diagnostics: Diagnostic[]) {
	return diagnostics.map((d) => ({ code: d.code, range: d.range }));
}

for (const [name, start] of Object.entries(transports)) {
	describe(`language server over ${name}`, () => {
		test('initialize announces incremental sync, pull diagnostics, code actions, hover, code lens and commands', async () => {
			const client = start({});
			try {
				const { capabilities, serverInfo } = await client.initialize();
				assert.equal(serverInfo?.name, 'tactful-language-server');
				assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
				assert.deepEqual(capabilities.diagnosticProvider, { identifier: 'tactful', interFileDependencies: false, workspaceDiagnostics: true });
				assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.tactful'], resolveProvider: false });
				assert.equal(capabilities.hoverProvider, true);
				assert.deepEqual(capabilities.codeLensProvider, { resolveProvider: false });
				assert.deepEqual(capabilities.executeCommandProvider?.commands, ['tactful.server.insertStep', 'tactful.server.fixAll']);
			} finally {
				await client.shutdown();
			}
		});

		test('a push-only client gets no diagnosticProvider', async () => {
			const client = start({ capabilities: PUSH_CAPABILITIES });
			try {
				const result: InitializeResult = await client.initialize();
				assert.equal(result.capabilities.diagnosticProvider, undefined);
			} finally {
				await client.shutdown();
			}
		});

		test('pull: open, diagnose, fix "bandwidth" after curly quotes, an em dash and an emoji', async () => {
			const client = start({});
			try {
				await client.initialize();
				await client.open(URI, LETTER);
				const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: URI } });
				assert.equal(report.kind, 'full');
				const items = (report as { items: Diagnostic[] }).items;
				assert.deepEqual(summary(items), engineFindings(LETTER));
				const jargon = items.find((d) => d.code === 'no-jargon');
				assert.ok(jargon, 'no-jargon is reported');
				assert.deepEqual(jargon.range, rangeOf(LETTER, 'bandwidth'));
				assert.equal(jargon.source, 'tactful');
				assert.equal(jargon.codeDescription?.href, 'https://github.com/tactful-dev/tactful/blob/main/docs/rules/no-jargon.md');
				assert.equal(jargon.data, items.indexOf(jargon), 'data names the finding by its index');

				const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: jargon.range, context: { diagnostics: [jargon] } });
				const fix = actions.find((a) => a.title === 'Replace with "time"');
				assert.ok(fix, `a "Replace with time" action among ${actions.map((a) => a.title).join(' | ')}`);
				assert.equal(fix.isPreferred, true);
				assert.equal(fix.kind, 'quickfix');
				assert.deepEqual(fix.edit?.documentChanges?.[0] && 'textDocument' in fix.edit.documentChanges[0] ? fix.edit.documentChanges[0].textDocument : undefined, { uri: URI, version: 1 });
				assert.equal(applyWorkspaceEdit(LETTER, URI, fix.edit), LETTER_FIXED);

				// Unchanged document, same result id: the server says so.
				const again = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: (report as { resultId?: string }).resultId });
				assert.equal(again.kind, 'unchanged');

				// After the edit is applied, the finding is gone.
				await client.replaceAll(URI, LETTER_FIXED);
				const after = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: (report as { resultId?: string }).resultId });
				assert.equal(after.kind, 'full');
				assert.ok(!(after as { items: Diagnostic[] }).items.some((d) => d.code === 'no-jargon'));
				assert.deepEqual(summary((after as { items: Diagnostic[] }).items), engineFindings(LETTER_FIXED));
			} finally {
				await client.shutdown();
			}
		});

		test('pull: an edit that moves no diagnostic is answered as unchanged, and the fixes still apply', async () => {
			const client = start({});
			const pull = (previousResultId?: string) => client.request<DocumentDiagnosticReport & { resultId?: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId });
			try {
				await client.initialize();
				await client.open(URI, LETTER);
				const first = await pull();
				assert.equal(first.kind, 'full');
				const jargon = first.items!.find((d) => d.code === 'no-jargon')!;
				assert.equal(jargon.data, first.items!.indexOf(jargon));

				// Typed after the last diagnostic of the line: nothing moves.
				const signed = `${LETTER.trimEnd()}nna\n`;
				await client.replaceAll(URI, signed);
				assert.deepEqual(engineFindings(signed), engineFindings(LETTER), 'the engine agrees nothing moved');
				const same = await pull(first.resultId);
				assert.deepEqual(same, { kind: 'unchanged', resultId: first.resultId });
				// Without the previous id the client gets everything, as before.
				const full = await pull();
				assert.equal(full.kind, 'full');
				assert.deepEqual(full.items, first.items);

				// The client still holds the first report's diagnostics: a fix from one applies to the current text.
				const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: jargon.range, context: { diagnostics: [jargon] } });
				const fix = actions.find((a) => a.title === 'Replace with "time"');
				assert.ok(fix, `a "Replace with time" action among ${actions.map((a) => a.title).join(' | ')}`);
				assert.equal(applyWorkspaceEdit(signed, URI, fix.edit), signed.replace('the bandwidth', 'the time'));

				// Typed before "bandwidth" on its line: the diagnostic moves, and the client hears of it.
				const moved = signed.replace('Unfortunately', 'Unfortunately,');
				await client.replaceAll(URI, moved);
				const after = await pull(full.resultId);
				assert.equal(after.kind, 'full');
				assert.deepEqual(after.items!.find((d) => d.code === 'no-jargon')!.range, rangeOf(moved, 'bandwidth'));
				assert.deepEqual(summary(after.items!), engineFindings(moved));
				// And an id the server no longer answers with gets a full report.
				assert.equal((await pull(first.resultId)).kind, 'full');
			} finally {
				await client.shutdown();
			}
		});

		test('push: open publishes with the version, a change republishes, close publishes []', async () => {
			const client = start({ capabilities: PUSH_CAPABILITIES });
			try {
				await client.initialize();
				await client.open(URI, LETTER);
				const first = await client.published(URI, { version: 1 });
				assert.deepEqual(summary(first.diagnostics), engineFindings(LETTER));
				assert.ok(first.diagnostics.some((d) => d.code === 'no-jargon'));
				// This client (like Neovim 0.7 and eglot) does not say it shows `codeDescription`: no link is sent.
				assert.ok(first.diagnostics.every((d) => d.codeDescription === undefined && d.source === 'tactful'));

				const version = await client.replaceAll(URI, LETTER_FIXED);
				const second = await client.published(URI, { version });
				assert.ok(!second.diagnostics.some((d) => d.code === 'no-jargon'));
				assert.deepEqual(summary(second.diagnostics), engineFindings(LETTER_FIXED));

				// A push client without documentChanges gets `changes`.
				const count = client.publishedCount(URI);
				await client.close(URI);
				const closed = await client.published(URI, { after: count });
				assert.deepEqual(closed.diagnostics, []);
			} finally {
				await client.shutdown();
			}
		});

		test('push: a non-letter is published clean and stays quiet', async () => {
			const client = start({ capabilities: PUSH_CAPABILITIES });
			try {
				await client.initialize();
				await client.open('file:///docs/README.md', README);
				const published = await client.published('file:///docs/README.md', { version: 1 });
				assert.deepEqual(published.diagnostics, []);
			} finally {
				await client.shutdown();
			}
		});
	});
}

test('push edits use `changes` for a client without documentChanges; positions stay UTF-16 in plain text', async () => {
	const client = TestClient.inProcess({ capabilities: PUSH_CAPABILITIES });
	try {
		await client.initialize();
		const uri = 'file:///letters/deadline.txt';
		await client.open(uri, LETTER, 'text');
		const { diagnostics } = await client.published(uri, { version: 1 });
		const jargon = diagnostics.find((d) => d.code === 'no-jargon')!;
		assert.deepEqual(jargon.range, rangeOf(LETTER, 'bandwidth'));
		const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: jargon.range, context: { diagnostics: [jargon] } });
		const fix = actions.find((a) => a.title === 'Replace with "time"')!;
		assert.ok(fix.edit?.changes?.[uri], 'edit in `changes`');
		assert.equal(fix.edit?.documentChanges, undefined);
		assert.equal(applyWorkspaceEdit(LETTER, uri, fix.edit, 'plaintext'), LETTER_FIXED);
	} finally {
		await client.shutdown();
	}
});

test('workspace/diagnostic reports the open letters, unchanged ones as unchanged', async () => {
	const client = TestClient.inProcess({ capabilities: VSCODE_CAPABILITIES });
	try {
		await client.initialize();
		await client.open(URI, LETTER);
		await client.open('file:///notes/todo.py', 'print(1)', 'python');
		type Report = { items: { uri: string; kind: string; resultId?: string; version: number | null; items?: Diagnostic[] }[] };
		const first = await client.request<Report>('workspace/diagnostic', { previousResultIds: [] });
		assert.deepEqual(first.items.map((i) => [i.uri, i.kind, i.version]), [[URI, 'full', 1]]);
		assert.deepEqual(summary(first.items[0].items!), engineFindings(LETTER));
		const second = await client.request<Report>('workspace/diagnostic', { previousResultIds: [{ uri: URI, value: first.items[0].resultId }] });
		assert.deepEqual(second.items.map((i) => i.kind), ['unchanged']);
	} finally {
		await client.shutdown();
	}
});
