#!/usr/bin/env node
// A stand-in for the VS Code executable, so @vscode/test-electron's runTests({ vscodeExecutablePath }) runs unchanged
// where no desktop VS Code can be downloaded. It takes VS Code's command-line arguments (--extensionDevelopmentPath=,
// --extensionTestsPath=, --user-data-dir=, --extensions-dir=, a folder), starts code-server, runs the tests in its
// extension host through headless Chromium, stops everything and exits with the tests' exit code.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { runExtensionTests, startCodeServer, unavailable } = require('./codeServer');

function parseArgs(argv) {
	const opt = { extensionDevelopmentPath: [], folders: [] };
	for (const a of argv) {
		const m = /^--([^=]+)=(.*)$/.exec(a);
		if (m && m[1] === 'extensionDevelopmentPath') opt.extensionDevelopmentPath.push(m[2]);
		else if (m) opt[m[1]] = m[2];
		else if (!a.startsWith('-')) opt.folders.push(a);
		// other switches (--no-sandbox, --disable-extensions, …) mean nothing to code-server here
	}
	return opt;
}

async function main() {
	const why = unavailable();
	if (why) {
		console.error(why);
		return 1;
	}
	const opt = parseArgs(process.argv.slice(2));
	if (!opt.extensionTestsPath) {
		console.error('code-shim: only test runs are supported (--extensionTestsPath=…)');
		return 1;
	}
	const cache = path.resolve('.vscode-test');
	const server = await startCodeServer({
		userDataDir: path.resolve(opt['user-data-dir'] || path.join(cache, 'user-data')),
		extensionsDir: path.resolve(opt['extensions-dir'] || path.join(cache, 'extensions')),
	});
	const stop = () => server.stop();
	process.once('SIGINT', () => stop().then(() => process.exit(130)));
	process.once('SIGTERM', () => stop().then(() => process.exit(143)));
	try {
		const folder = opt.folders.find((p) => fs.existsSync(p) && fs.statSync(p).isDirectory());
		return await runExtensionTests({ url: server.url, extensionDevelopmentPath: opt.extensionDevelopmentPath, extensionTestsPath: opt.extensionTestsPath, folder });
	} finally {
		await stop();
	}
}

main().then((code) => process.exit(code), (e) => {
	console.error(e);
	process.exit(1);
});
