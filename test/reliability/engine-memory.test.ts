// Module-level caches in the engine must not keep whole documents alive. V8 may represent a substring as a view of
// its parent string, so caching a sentence taken from a document can keep the document's whole text (or its masked
// prose) in memory for as long as the cache holds the sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint } from '../../server/src/engine/index';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
	gc();
	gc();
	return process.memoryUsage().heapUsed;
};

test('linting 100 large documents does not keep them alive (each is 200 KB of code around two sentences)', () => {
	const doc = (i: number) => `Hi Sam,\n\nThank you for asking about order ${i}. Unfortunately we can't deliver it ${i} days early.\n\n\`\`\`\n${`line ${i} of code\n`.repeat(12_000)}\`\`\`\n\nBest,\nJo ${i}\n`;
	for (let i = 0; i < 5; i++) lint(doc(-i), { languageId: 'markdown' }); // warm: code, caches
	const before = heap();
	for (let i = 0; i < 100; i++) lint(doc(i), { languageId: 'markdown' });
	const grown = heap() - before;
	// 100 documents of ~200 KB: kept alive they would be 20 MB or more; the sentences themselves are a few KB.
	assert.ok(grown < 5_000_000, `the heap grew by ${(grown / 1e6).toFixed(1)} MB after 100 lints`);
});
