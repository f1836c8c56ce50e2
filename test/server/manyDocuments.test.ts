/**
 * The server keeps the engine's parse cache only for the documents linted most recently (MAX_PARSE_CACHES), to bound
 * memory with many letters open. A document whose cache was dropped must still get exactly the engine's findings,
 * after edits too, with positions from the incrementally kept line starts (a line break typed, then removed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { MAX_PARSE_CACHES } from '../../server/src/linting';
import { TestClient } from './harness';
import { engineFindings, LETTER } from './letters';

const uri = (i: number) => `file:///letters/letter-${i}.md`;
const letter = (i: number) => LETTER.replace('Hi Sam', `Hi Sam ${i}`);
const summary = (items: Diagnostic[]) => items.map((d) => ({ code: d.code, range: d.range }));

test(`more open letters than parse caches (${MAX_PARSE_CACHES}): every one, edited, still gets the engine's findings`, async () => {
	const client = TestClient.inProcess({});
	try {
		await client.initialize();
		const count = MAX_PARSE_CACHES + 3;
		const texts: TextDocument[] = [];
		const pull = async (i: number) => ((await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: uri(i) } })) as { items: Diagnostic[] }).items;
		for (let i = 0; i < count; i++) {
			await client.open(uri(i), letter(i));
			texts.push(TextDocument.create(uri(i), 'markdown', 1, letter(i)));
			assert.deepEqual(summary(await pull(i)), engineFindings(letter(i)));
		}
		// The first letters' caches are gone by now: edit them (and a recent one), line breaks included.
		for (const i of [0, 1, count - 1, 0]) {
			const at = texts[i].positionAt(texts[i].getText().indexOf('Unfortunately'));
			for (const text of ['\r\n', 'Sadly, ', '']) {
				const change = { range: { start: at, end: at }, text };
				await client.change(uri(i), [change]);
				texts[i] = TextDocument.update(texts[i], [change], texts[i].version + 1);
				assert.deepEqual(summary(await pull(i)), engineFindings(texts[i].getText()), `letter ${i} after typing ${JSON.stringify(text)}`);
			}
			const removed = { range: { start: at, end: texts[i].positionAt(texts[i].offsetAt(at) + 2) }, text: '' };
			await client.change(uri(i), [removed]);
			texts[i] = TextDocument.update(texts[i], [removed], texts[i].version + 1);
			assert.deepEqual(summary(await pull(i)), engineFindings(texts[i].getText()), `letter ${i} after deleting the line break`);
		}
	} finally {
		await client.shutdown();
	}
});
