// Static checks on the engine's per-keystroke code: patterns that cost an allocation per chunk on every re-lint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ENGINE = 'server/src/engine';

function sources(dir: string, out: string[] = []): string[] {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) sources(p, out);
		else if (p.endsWith('.ts')) out.push(p);
	}
	return out;
}

/**
 * `perChunk` calls whose compute function is written in place. An arrow there usually reads the loop's `chunk`, and
 * V8 then makes a context for every pass of the loop, whether the value is held or not (measured: 40 bytes per chunk,
 * a third of what a keystroke allocated in a 20k-word letter). `perChunk` hands the chunk to `compute`: name it.
 */
function inlineComputes(file: string, text: string): string[] {
	const found: string[] = [];
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
	const visit = (node: ts.Node) => {
		if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'perChunk') {
			const compute = node.arguments[2];
			if (compute && (ts.isArrowFunction(compute) || ts.isFunctionExpression(compute))) {
				const { line } = source.getLineAndCharacterOfPosition(compute.getStart());
				found.push(`${file}:${line + 1}`);
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

test('per-chunk work is computed by named functions, not arrows written in the loop', () => {
	const files = sources(ENGINE);
	assert.ok(files.length > 20, 'engine sources found');
	const calls = files.flatMap((f) => inlineComputes(relative('.', f), readFileSync(f, 'utf8')));
	assert.deepEqual(calls, []);
});

test('the check finds an arrow written in place', () => {
	const snippet = 'for (const { chunk } of doc.chunks) { const v = memoOf(chunk, K) ?? perChunk(chunk, K, () => scan(chunk.prose)); }';
	assert.deepEqual(inlineComputes('snippet.ts', snippet), ['snippet.ts:1']);
	assert.deepEqual(inlineComputes('named.ts', 'perChunk(chunk, K, scanChunk);'), []);
});

/**
 * `for…of` loops over a document's chunks. Until V8 optimises the function, such a loop makes an iterator and a result
 * object per chunk: hundreds per keystroke in a long letter, most of what the first keystrokes after opening one
 * allocated (measured: 649–687 → 475 KB per keystroke over the first 20 once these loops were indexed).
 */
function chunkForOfs(file: string, text: string): string[] {
	const found: string[] = [];
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
	const visit = (node: ts.Node) => {
		if (ts.isForOfStatement(node)) {
			const over = node.expression.getText(source).replace(/[!?]/g, '');
			if (/(^|\.)chunks$/.test(over)) found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found;
}

test('loops over a document\'s chunks are indexed, not for…of', () => {
	const files = sources(ENGINE);
	const loops = files.flatMap((f) => chunkForOfs(relative('.', f), readFileSync(f, 'utf8')));
	assert.deepEqual(loops, []);
});

test('the check finds a for…of over chunks', () => {
	assert.deepEqual(chunkForOfs('a.ts', 'for (const { chunk } of doc.chunks) use(chunk);\nfor (const c of this.chunks!) use(c);'), ['a.ts:1', 'a.ts:2']);
	assert.deepEqual(chunkForOfs('b.ts', 'for (let i = 0; i < doc.chunks.length; i++) use(doc.chunks[i]);\nfor (const [k, v] of cache) use(k, v);'), []);
});
