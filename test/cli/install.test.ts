/**
 * Installing the CLI the way pre-commit does (`language: node`): `npm pack` in a checkout, read the tarball name from
 * its stdout, `npm install -g` the tarball, then run the hook's `entry` on the staged files. The checkout is the
 * committed tree (`git archive HEAD`, as pre-commit clones a rev) with this repository's node_modules linked in for
 * the prepare (build) script. Offline: nothing is fetched.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, cleanup, letter, sh } from './helpers';

const env = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', NO_COLOR: '1' };
let work: string;
let hasHead = true;

before(() => {
	work = mkdtempSync(join(tmpdir(), 'tactful-install-'));
	try {
		execFileSync('git', ['-C', REPO, 'rev-parse', '--verify', 'HEAD'], { stdio: 'ignore' });
	} catch {
		hasHead = false;
	}
});
after(() => cleanup(work));

/** The hooks in .pre-commit-hooks.yaml: id, entry and files (the file is a flat list of simple `key: value` maps). */
function hooks(text: string): Array<Record<string, string>> {
	const out: Array<Record<string, string>> = [];
	for (const line of text.split('\n')) {
		const m = /^(- |  )([a-z_]+): (.*)$/.exec(line);
		if (!m) continue;
		if (m[1] === '- ') out.push({});
		out[out.length - 1][m[2]] = m[3];
	}
	return out;
}

test('the pre-commit hook installs from npm pack and fails on errors only', { skip: existsSync(join(REPO, 'node_modules/esbuild')) ? undefined : 'node_modules is not installed' }, (t) => {
	if (!hasHead) return t.skip('no commit to pack');
	const checkout = join(work, 'checkout');
	mkdirSync(checkout);
	execFileSync('sh', ['-c', `git -C "${REPO}" archive HEAD | tar -x -C "${checkout}"`]);
	symlinkSync(join(REPO, 'node_modules'), join(checkout, 'node_modules'), 'dir');

	const pack = sh('npm', ['pack'], checkout, env);
	assert.equal(pack.code, 0, pack.stderr);
	// pre-commit takes all of stdout as the tarball's name.
	assert.match(pack.stdout, /^tactful-\d+\.\d+\.\d+\.tgz\n$/, `npm pack stdout must be only the tarball name, got:\n${pack.stdout}`);
	const tarball = join(checkout, pack.stdout.trim());
	const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
	assert.match(listing, /^package\/dist\/cli\.js$/m);

	const prefix = join(work, 'prefix');
	const install = sh('npm', ['install', '-g', '--prefix', prefix, tarball], work, env);
	assert.equal(install.code, 0, install.stderr);
	const bin = join(prefix, 'bin', 'tactful');
	assert.ok(existsSync(bin), 'the tactful bin is installed');
	// The language server is two files too (dist/server.js loads dist/server-main.js): both must be in the package.
	const server = sh(join(prefix, 'bin', 'tactful-language-server'), ['--version'], work, env);
	assert.equal(server.code, 0, server.stdout + server.stderr);
	assert.match(server.stdout, /^\d+\.\d+\.\d+\n$/);

	const hook = hooks(readFileSync(join(checkout, '.pre-commit-hooks.yaml'), 'utf8')).find((h) => h.id === 'tactful');
	assert.ok(hook, 'a hook with id tactful');
	assert.equal(hook.language, 'node');
	const [command, ...args] = hook.entry.split(' ');
	assert.equal(command, 'tactful');
	const files = new RegExp(hook.files);
	assert.ok(['a.md', 'b.markdown', 'c.txt'].every((f) => files.test(f)) && !files.test('d.json'));

	const repo = join(work, 'team');
	mkdirSync(join(repo, '.git'), { recursive: true });
	writeFileSync(join(repo, 'reply.md'), letter());
	const warningsOnly = sh(bin, [...args, 'reply.md'], repo, env);
	assert.equal(warningsOnly.code, 0, warningsOnly.stdout + warningsOnly.stderr);
	assert.match(warningsOnly.stdout, /no-jargon/);
	writeFileSync(join(repo, '.tactfulrc.json'), JSON.stringify({ rules: { 'no-jargon': 'error' } }));
	const withError = sh(bin, [...args, 'reply.md'], repo, env);
	assert.equal(withError.code, 1, withError.stdout + withError.stderr);
});
