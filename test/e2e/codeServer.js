// Real VS Code for the e2e suites, without a desktop download: code-server (VS Code 1.100.3's server and web workbench,
// with a real Node extension host), driven by Debian's Chromium through playwright-core. Installed by
// scripts/install-e2e.sh. Used by code-shim.js (the mocha suite through @vscode/test-electron) and ui.js.
//
// Extension tests run through the workbench's `?payload=` URL parameter (extensionDevelopmentPath,
// extensionTestsPath as vscode-remote URIs); the result comes back through window.codeAutomationExit(code) and the
// extension host's console through window.codeAutomationLog, the hooks VS Code's own web test runner uses.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const CODE_SERVER = process.env.CODE_SERVER || path.join(process.env.TACTFUL_E2E_DIR || path.join(ROOT, '.tactful-e2e'), 'code-server/node_modules/.bin/code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Why the suites cannot run here, or undefined when they can. */
function unavailable() {
	if (!fs.existsSync(CODE_SERVER)) return `code-server is not installed (${path.relative(ROOT, CODE_SERVER)}): run scripts/install-e2e.sh`;
	if (!fs.existsSync(CHROMIUM)) return `Chromium is not installed (${CHROMIUM}): run scripts/install-e2e.sh`;
	return undefined;
}

/** User settings for a quiet, deterministic workbench (the web build autosaves and shows a welcome page by default). */
const SETTINGS = {
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'workbench.enableExperiments': false,
	'telemetry.telemetryLevel': 'off',
	'update.mode': 'none',
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'extensions.ignoreRecommendations': true,
	'security.workspace.trust.enabled': false,
	'files.autoSave': 'off',
	'files.hotExit': 'off',
	'git.enabled': false,
	'chat.disableAIFeatures': true,
};

const freePort = () => new Promise((resolve, reject) => {
	const s = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
		const { port } = s.address();
		s.close(() => resolve(port));
	});
});

/**
 * Starts code-server on a free loopback port in its own process group, with fresh settings.
 * `stop()` ends the whole group: extension hosts and language servers outlive a closed page otherwise.
 */
async function startCodeServer({ userDataDir, extensionsDir, settings = {} }) {
	fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
	fs.mkdirSync(extensionsDir, { recursive: true });
	fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...SETTINGS, ...settings }, null, 2));
	const port = await freePort();
	const log = path.join(userDataDir, 'code-server.log');
	const out = fs.openSync(log, 'w');
	const child = spawn(CODE_SERVER, ['--config', '/dev/null', '--auth', 'none', '--disable-telemetry', '--disable-update-check',
		'--disable-workspace-trust', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir],
	{ detached: true, stdio: ['ignore', out, out] });
	fs.closeSync(out);
	const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
	const alive = () => { try { process.kill(-child.pid, 0); return true; } catch { return false; } };
	const stop = async () => {
		try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
		const gone = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
		if (!gone || alive()) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
	};
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		const early = await Promise.race([exited, new Promise((r) => setTimeout(() => r(undefined), 100))]);
		if (early !== undefined) throw new Error(`code-server exited (${early}) before it was ready:\n${fs.readFileSync(log, 'utf8')}`);
		if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`code-server did not answer on ${url} within 60 s:\n${fs.readFileSync(log, 'utf8')}`);
		}
	}
	return { url, stop, log };
}

/** A headless Chromium with a throwaway profile. */
async function launchBrowser(options = {}) {
	const { chromium } = require('playwright-core');
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tactful-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		viewport: { width: 1280, height: 800 },
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		...options,
	});
	return {
		context,
		close: async () => {
			await context.close().catch(() => undefined);
			fs.rmSync(profile, { recursive: true, force: true });
		},
	};
}

/** The workbench URL for a folder, optionally loading development extensions and a test module (payload route). */
function workbenchUrl(url, { folder, extensionDevelopmentPath = [], extensionTestsPath } = {}) {
	const authority = new URL(url).host; // code-server takes the remote authority from the Host header
	const remote = (p) => `vscode-remote://${authority}${path.resolve(p)}`;
	const payload = [...[].concat(extensionDevelopmentPath).map((p) => ['extensionDevelopmentPath', remote(p)])];
	if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
	const query = [folder ? `folder=${encodeURIComponent(path.resolve(folder))}` : 'ew=true'];
	if (payload.length) query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
	return `${url}/?${query.join('&')}`;
}

/** Workbench start-up chatter that reaches the test log along with the extension host's console. */
const WORKBENCH_NOISE = /^(Creating a socket|Resolving connection token|Resolved connection token|\[Service Worker\]|Updating additional builtin|ChatSessionStore|Creation of workbench contribution|getaddrinfo ENOTFOUND open-vsx\.org)/;

/** Runs an extension test module in code-server's extension host; resolves to its exit code. */
async function runExtensionTests({ url, extensionDevelopmentPath, extensionTestsPath, folder, timeoutMs = 300_000 }) {
	const browser = await launchBrowser();
	try {
		const page = browser.context.pages()[0] || (await browser.context.newPage());
		let exit;
		const exited = new Promise((resolve) => { exit = resolve; });
		await page.exposeFunction('codeAutomationExit', (code) => exit(code));
		await page.exposeFunction('codeAutomationLog', (_type, args) => {
			if (!(typeof args?.[0] === 'string' && WORKBENCH_NOISE.test(args[0]))) console.log(...args);
		});
		page.on('pageerror', (e) => console.error('[workbench error]', e.message));
		await page.goto(workbenchUrl(url, { folder, extensionDevelopmentPath, extensionTestsPath }));
		let timer;
		const timeout = new Promise((resolve) => {
			timer = setTimeout(() => {
				console.error(`The extension tests did not finish within ${timeoutMs / 1000} s.`);
				resolve(2);
			}, timeoutMs);
		});
		const code = await Promise.race([exited, timeout]);
		clearTimeout(timer);
		return code;
	} finally {
		await browser.close();
	}
}

module.exports = { ROOT, CODE_SERVER, CHROMIUM, unavailable, startCodeServer, launchBrowser, workbenchUrl, runExtensionTests };
