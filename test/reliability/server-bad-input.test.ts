// The bad-input set through the bundled language server over stdio (dist/server.js --stdio), each entry as Markdown
// and as plain text: diagnostics, code actions over the whole document and on each finding, hover at several places,
// code lens and the checklist all answer with ranges inside the document, and the diagnostics are exactly what the
// engine finds (or none, for what the server skips). A 50 MB document is skipped with a log line, and the server stays
// responsive.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TestClient } from '../server/harness';
import { codesAndRanges, engineDiagnostics, exercise, failures, stop } from './lsp';
import { TEXT_INPUTS } from './inputs';

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

describe('server over stdio: bad input', { timeout: 600_000 }, () => {
	let client: TestClient;
	before(async () => {
		client = TestClient.stdio();
		await client.initialize();
	});
	after(() => stop(client));

	for (const input of TEXT_INPUTS.filter((i) => !i.huge)) {
		test(input.name, { timeout: 120_000 }, async () => {
			const text = input.text();
			for (const [languageId, ext] of [['markdown', 'md'], ['plaintext', 'txt']] as const) {
				const uri = `file:///bad-input/${slug(input.name)}.${ext}`;
				await client.open(uri, text, languageId);
				const { diagnostics } = await exercise(client, uri);
				assert.deepEqual(codesAndRanges(diagnostics), engineDiagnostics(text, languageId), `${languageId}: the engine's findings`);
				await client.close(uri);
			}
		});
	}

	test('50 MB document: skipped with one log line; requests on it answer; an edit and a close work', { timeout: 300_000 }, async () => {
		const text = TEXT_INPUTS.find((i) => i.huge)!.text();
		const uri = 'file:///bad-input/50-mb.md';
		await client.open(uri, text);
		const first = await exercise(client, uri);
		assert.deepEqual(first.diagnostics, []);
		await client.waitFor('the skip logged', () => client.logs.some((l) => l.message.includes(uri) && /longer than/.test(l.message)));
		await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, text: 'Hello' }]);
		assert.deepEqual((await exercise(client, uri)).diagnostics, []);
		assert.equal(client.logs.filter((l) => l.message.includes(uri)).length, 1, 'said once');
		await client.close(uri);
		// Still answering, and linting a small letter as usual.
		const small = 'file:///bad-input/after.md';
		const letter = TEXT_INPUTS.find((i) => i.name === 'CRLF letter')!.text();
		await client.open(small, letter);
		assert.ok((await exercise(client, small)).diagnostics.some((d) => d.code === 'no-jargon'));
		await client.close(small);
	});

	test('no handler failed and nothing escaped in the server', () => {
		assert.deepEqual(failures(client), []);
		assert.equal(client.child!.exitCode, null, 'the server is still running');
	});
});
