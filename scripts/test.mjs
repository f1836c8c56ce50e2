// `npm test`: type-check, build, then every suite. Prints a closing `N passed, N failed` line.
// Suites: unit/engine/server/CLI tests (node:test, TypeScript through tsx) from test/**/*.test.ts, then the suites in
// test/suites.mjs that need outside programs (real editors, VS Code in code-server). A suite whose program is missing
// on this machine says so and is counted as skipped, unless TACTFUL_REQUIRE_ALL=1 (set by .ci/run), where it fails.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };

function run(cmd, args, opts = {}) {
	const r = spawnSync(cmd, args, { stdio: opts.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', ...opts });
	if (opts.capture && r.stdout) process.stdout.write(r.stdout);
	return r;
}

function step(name, cmd, args) {
	console.log(`\n▶ ${name}`);
	const r = run(cmd, args);
	if (r.status !== 0) {
		console.log(`✘ ${name} failed`);
		totals.failed++;
		return false;
	}
	totals.passed++;
	return true;
}

function findTests(dir, out = []) {
	for (const name of readdirSync(dir)) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) {
			if (name !== 'fixtures' && name !== 'e2e' && name !== 'node_modules') findTests(p, out);
		} else if (name.endsWith('.test.ts')) out.push(p);
	}
	return out;
}

if (only.length === 0) {
	step('type-check', 'npx', ['tsc', '-p', '.', '--noEmit']) && step('type-check engine (pure: no Node types)', 'npx', ['tsc', '-p', 'server/src/engine', '--noEmit']);
	step('build', 'node', ['scripts/build.mjs']);
}

const files = findTests('test').filter((f) => only.length === 0 || only.some((o) => f.includes(o))).sort();
if (files.length > 0) {
	console.log(`\n▶ unit, engine, server and CLI tests (${files.length} files)`);
	// No --test-force-exit: it ends a test file's process as soon as its tests are done, and the results still in the
	// pipe can be lost without a word (seen in CI: a file's last tests vanished from the count). A file that leaves a
	// handle open hangs instead, so the whole run has a time limit, and running out of it is a failure that says so.
	const LIMIT_MS = 10 * 60_000;
	const r = run('node', ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files], { capture: true, timeout: LIMIT_MS, killSignal: 'SIGKILL' });
	if (r.error?.code === 'ETIMEDOUT' || r.signal === 'SIGKILL') console.log(`✘ the test files did not finish within ${LIMIT_MS / 60_000} minutes: a test left a handle open (a child process, a socket, a timer)`);
	const count = (label) => Number(new RegExp(`^ℹ ${label} (\\d+)`, 'm').exec(r.stdout ?? '')?.[1] ?? 0);
	totals.passed += count('pass');
	totals.failed += count('fail') + (r.status !== 0 && count('fail') === 0 ? 1 : 0);
	totals.skipped += count('skipped');
}

if (only.length === 0) {
	const { suites } = await import('../test/suites.mjs').catch(() => ({ suites: [] }));
	for (const suite of suites) {
		console.log(`\n▶ ${suite.name}`);
		const why = suite.unavailable?.();
		if (why) {
			if (process.env.TACTFUL_REQUIRE_ALL === '1') {
				console.log(`✘ ${suite.name}: ${why}`);
				totals.failed++;
			} else {
				console.log(`- skipped: ${why}`);
				totals.skipped++;
			}
			continue;
		}
		const r = run(suite.command[0], suite.command.slice(1), { env: { ...process.env, ...(suite.env ?? {}) } });
		if (r.status === 0) totals.passed++;
		else {
			console.log(`✘ ${suite.name} failed (exit ${r.status})`);
			totals.failed++;
		}
	}
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
