import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

// A dynamic import: the build script is an ES module with a top-level await (it computes the cue data).
let engineBrowserCheck: esbuild.BuildOptions;
before(async () => {
	({ engineBrowserCheck } = (await import(pathToFileURL(join(process.cwd(), 'scripts/build.mjs')).href)) as { engineBrowserCheck: esbuild.BuildOptions });
});

test('the engine bundles for the browser with no Node built-ins', async () => {
	const result = await esbuild.build(engineBrowserCheck);
	assert.equal(result.errors.length, 0);
});

test('the purity gates reject a node:fs import inside the engine', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'tactful-purity-'));
	try {
		// A copy of the repo's engine with one offending file added, inside a tree that resolves the same packages.
		const root = join(dir, 'server', 'src', 'engine');
		cpSync('server/src/engine', root, { recursive: true });
		writeFileSync(join(root, 'leak.ts'), "import { readFileSync } from 'node:fs';\nexport const leak = () => readFileSync('x', 'utf8');\n");
		writeFileSync(join(root, 'index.ts'), "export * from './lint';\nexport { leak } from './leak';\n");
		cpSync('tsconfig.json', join(dir, 'tsconfig.json'));
		const nodeModules = join(process.cwd(), 'node_modules');
		// 1. The browser bundle fails and names the import.
		const built = await esbuild.build({ ...engineBrowserCheck, entryPoints: [join(root, 'index.ts')], nodePaths: [nodeModules], logLevel: 'silent' }).then(() => null, (e: Error) => e);
		assert.ok(built, 'the browser build should fail');
		assert.match(built.message, /engine must stay pure: "node:fs"/);
		// 2. The engine's tsconfig (no Node types) rejects it too.
		writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'Preserve', moduleResolution: 'bundler', target: 'ES2022', lib: ['ES2022'], types: [], skipLibCheck: true, baseUrl: '.', typeRoots: [], paths: { '*': [join(nodeModules, '*')] } }, include: ['server/src/engine'] }));
		const tsc = spawnSync(process.execPath, [join(nodeModules, 'typescript', 'bin', 'tsc'), '-p', join(dir, 'tsconfig.json')], { encoding: 'utf8' });
		assert.notEqual(tsc.status, 0);
		assert.match(tsc.stdout, /leak\.ts.*(?:Cannot find module 'node:fs'|TS2307)/);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
