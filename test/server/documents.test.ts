/**
 * The server keeps each open document's line starts up to date edit by edit instead of rescanning the text. After
 * any sequence of edits (line breaks of every kind, a `\r` meeting a `\n`, multi-change events, full replacements) they
 * must equal the engine's `lineStarts` of the text, which every position the server sends is computed from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStore } from '../../server/src/documents';
import { lineStarts } from '../../server/src/engine';

const URI = 'file:///letters/a.md';
const piece = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r', '\r\n', 'é', '🙏'), { maxLength: 8 }).map((a) => a.join(''));

test('line starts follow every edit', () => {
	fc.assert(
		fc.property(piece, fc.array(fc.array(fc.tuple(fc.nat(), fc.nat(), piece, fc.boolean()), { minLength: 1, maxLength: 3 }), { maxLength: 12 }), (initial, events) => {
			const store = new DocumentStore();
			store.open({ textDocument: { uri: URI, languageId: 'markdown', version: 1, text: initial } });
			// A mirror applies the same changes with the library alone, as the reference text.
			let mirror = TextDocument.create(URI, 'markdown', 1, initial);
			let version = 1;
			for (const event of events) {
				version++;
				const changes = event.map(([x, y, text, full]) => {
					const len = mirror.getText().length;
					if (full && text.length % 5 === 0) {
						mirror = TextDocument.update(mirror, [{ text }], version);
						return { text };
					}
					const range = { start: mirror.positionAt(x % (len + 1)), end: mirror.positionAt(y % (len + 1)) };
					mirror = TextDocument.update(mirror, [{ range, text }], version);
					return { range, text };
				});
				const open = store.change({ textDocument: { uri: URI, version }, contentChanges: changes })!;
				assert.equal(open.document.getText(), mirror.getText());
				assert.deepEqual(open.starts, lineStarts(open.document.getText()));
				assert.equal(open.document.version, version);
			}
		}),
		{ numRuns: 2000 },
	);
});

test('an earlier array is never changed by a later edit', () => {
	const store = new DocumentStore();
	store.open({ textDocument: { uri: URI, languageId: 'markdown', version: 1, text: 'a\nb\nc\n' } });
	const before = store.get(URI)!.starts;
	const copy = [...before];
	store.change({ textDocument: { uri: URI, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x\n' }] });
	assert.deepEqual(before, copy);
	assert.deepEqual(store.get(URI)!.starts, [0, 2, 4, 6, 8]);
});
