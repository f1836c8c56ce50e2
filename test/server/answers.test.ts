/**
 * Over stdio the server sends each diagnostic's JSON kept from its last answer where that diagnostic did not change
 * (server/src/jsonPieces.ts); in this process, over vscode-jsonrpc's own writer, the same reports are turned into JSON
 * whole. After every edit of a series that moves diagnostics along a line, moves lines, adds a diagnostic before the
 * others and takes it away again, both must give the client the same diagnostics, pulled and pushed: a piece kept when
 * its diagnostic changed would show here as a stale range, message or index.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, DocumentDiagnosticReport, Position } from 'vscode-languageserver-protocol';
import { PUSH_CAPABILITIES, TestClient, VSCODE_CAPABILITIES } from './harness';
import { LETTER } from './letters';

const URI = 'file:///letters/answers.md';
const TEXT = `${LETTER.replace('Best,', 'We cannot circle back on this, and frankly it is out of scope. Best,')}\nWe lack the bandwidth, to be frank.\n`;

type Edit = { at: (text: string) => number; insert?: string; remove?: number };
const after = (needle: string) => (text: string) => text.indexOf(needle) + needle.length;
const EDITS: Edit[] = [
	{ at: after('Unfortunately'), insert: ' x' }, // diagnostics after it on the same line move
	{ at: after('Unfortunately x'), insert: 'y' },
	{ at: after('Hi Sam,'), insert: '\n\nA new paragraph.' }, // every line after it moves
	{ at: after('Hi Sam,'), insert: ' We refuse. ' }, // a new diagnostic before all the others: every index moves
	{ at: after('Hi Sam,'), remove: ' We refuse. '.length },
	{ at: after('bandwidth'), insert: ' and bandwidth' },
	{ at: (t) => t.length, insert: 'Frankly, no.\n' },
];

function position(text: string, offset: number): Position {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length - 1, character: before[before.length - 1].length };
}

async function apply(client: TestClient, text: string, edit: Edit): Promise<{ text: string; version: number }> {
	const at = edit.at(text);
	const end = at + (edit.remove ?? 0);
	const version = await client.change(URI, [{ range: { start: position(text, at), end: position(text, end) }, text: edit.insert ?? '' }]);
	return { text: text.slice(0, at) + (edit.insert ?? '') + text.slice(end), version };
}

test('pulled reports: the same diagnostics whether sent in reused pieces (stdio) or made whole (in-process)', async () => {
	const clients = [TestClient.stdio({ capabilities: VSCODE_CAPABILITIES }), TestClient.inProcess({ capabilities: VSCODE_CAPABILITIES })];
	try {
		for (const c of clients) {
			await c.initialize();
			await c.open(URI, TEXT);
		}
		const pull = async (c: TestClient, previousResultId?: string) =>
			c.request<DocumentDiagnosticReport & { resultId?: string; items?: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId });
		let previous = await Promise.all(clients.map((c) => pull(c)));
		assert.ok(previous[0].items!.length >= 4, `${previous[0].items!.length} diagnostics`);
		assert.deepEqual(previous[0].items, previous[1].items);
		let text = TEXT;
		let full = 0;
		for (const edit of EDITS) {
			let next = text;
			for (const c of clients) next = (await apply(c, text, edit)).text;
			text = next;
			const reports = await Promise.all(clients.map((c, i) => pull(c, previous[i].resultId)));
			assert.equal(reports[0].kind, reports[1].kind, JSON.stringify(edit));
			if (reports[0].kind === 'full') {
				full++;
				assert.deepEqual(reports[0].items, reports[1].items, `after inserting ${JSON.stringify(edit.insert)}`);
				previous = reports;
			}
		}
		assert.ok(full >= 5, `${full} full reports`);
	} finally {
		for (const c of clients) await c.shutdown();
	}
});

test('pushed diagnostics: the same whether sent in reused pieces (stdio) or made whole (in-process)', async () => {
	const settings = () => ({ debounce: 0 });
	const clients = [TestClient.stdio({ capabilities: PUSH_CAPABILITIES, settings }), TestClient.inProcess({ capabilities: PUSH_CAPABILITIES, settings })];
	try {
		for (const c of clients) {
			await c.initialize();
			await c.open(URI, TEXT);
		}
		let published = await Promise.all(clients.map((c) => c.published(URI, { version: 1 })));
		assert.deepEqual(published[0].diagnostics, published[1].diagnostics);
		let text = TEXT;
		for (const edit of EDITS) {
			let next = text;
			let version = 0;
			for (const c of clients) ({ text: next, version } = await apply(c, text, edit));
			text = next;
			published = await Promise.all(clients.map((c) => c.published(URI, { version })));
			assert.deepEqual(published[0].diagnostics, published[1].diagnostics, `after inserting ${JSON.stringify(edit.insert)}`);
		}
	} finally {
		for (const c of clients) await c.shutdown();
	}
});
