#!/usr/bin/env node
// Runs the extension's mocha suite (test/e2e/suite) inside a real VS Code with @vscode/test-electron's runTests:
// desktop VS Code when VSCODE_EXECUTABLE names one, else code-server through code-shim.js (scripts/install-e2e.sh).
// Builds the extension (unless TACTFUL_E2E_SKIP_BUILD=1, as `npm test` has just built it), bundles the suite to
// out/e2e/suite/, and opens a fresh copy of test/e2e/fixtures/workspace with isolated user data and extensions.
// The extension is loaded from a copy of its run-time files (package.json, dist/, snippets/, …) in a temp folder.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT, unavailable } = require('./codeServer');

async function main() {
	const executable = process.env.VSCODE_EXECUTABLE;
	if (!executable) {
		const why = unavailable();
		if (why) {
			console.error(`e2e: ${why}`);
			return 1;
		}
	}
	if (process.env.TACTFUL_E2E_SKIP_BUILD !== '1') {
		const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
		if (build.status !== 0) return 1;
	}
	const esbuild = require('esbuild');
	const suiteDir = path.join(ROOT, 'test/e2e/suite');
	const outDir = path.join(ROOT, 'out/e2e/suite');
	fs.rmSync(outDir, { recursive: true, force: true });
	await esbuild.build({
		entryPoints: fs.readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => path.join(suiteDir, f)),
		outdir: outDir,
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		sourcemap: 'inline',
		external: ['vscode', 'mocha'],
		mainFields: ['module', 'main'], // jsonc-parser's UMD build does not bundle
		logLevel: 'warning',
	});

	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tactful-e2e-'));
	// The extension under test is a snapshot of the build, so a rebuild in the checkout cannot change it mid-run.
	const extension = path.join(tmp, 'extension');
	for (const p of ['package.json', 'dist', 'snippets', 'syntaxes', 'schemas', 'docs/rules', 'images']) {
		if (fs.existsSync(path.join(ROOT, p))) fs.cpSync(path.join(ROOT, p), path.join(extension, p), { recursive: true });
	}
	const workspace = path.join(tmp, 'workspace');
	fs.cpSync(path.join(ROOT, 'test/e2e/fixtures/workspace'), workspace, { recursive: true });
	const { runTests } = require('@vscode/test-electron');
	const shim = path.join(__dirname, 'code-shim.js');
	if (!executable) fs.chmodSync(shim, 0o755); // runTests spawns it as a program
	const started = Date.now();
	try {
		await runTests({
			vscodeExecutablePath: executable || shim,
			extensionDevelopmentPath: extension,
			extensionTestsPath: path.join(outDir, 'index.js'),
			launchArgs: [workspace, `--user-data-dir=${path.join(tmp, 'user-data')}`, `--extensions-dir=${path.join(tmp, 'extensions')}`],
		});
		console.log(`e2e: the extension suite passed in ${executable ? path.basename(executable) : 'code-server'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
		return 0;
	} catch (e) {
		console.error(`e2e: the extension suite failed: ${e.message ?? e}`);
		return 1;
	} finally {
		fs.rmSync(tmp, { recursive: true, force: true });
	}
}

main().then((code) => process.exit(code), (e) => {
	console.error(e);
	process.exit(1);
});
