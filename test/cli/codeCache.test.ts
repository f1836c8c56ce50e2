/**
 * dist/cli.js compiles the CLI through V8's code cache, kept in `$TMPDIR/tactful-code-cache-<uid>/`. The cache must
 * never change what a run prints, and a cache that is corrupt, made for something else, or in a folder others can
 * write to is ignored. TACTFUL_DEBUG=1 says whether the cache was used (`hit`), compiled from source (`miss`) or
 * skipped (`off`).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { builtCli, cleanup, letter, tactful, tree } from './helpers';
import { digest } from '../../server/src/codeCache';

let dir: string;
let tmp: string;
before(async () => {
	await builtCli();
	dir = tree({ 'letter.md': letter() });
});
after(() => cleanup(dir));

function freshTmp(): string {
	tmp = mkdtempSync(join(tmpdir(), 'tactful-cache-test-'));
	return tmp;
}

const cacheDir = () => join(tmp, `tactful-code-cache-${process.getuid?.() ?? 'user'}`);
const cacheFiles = () => readdirSync(cacheDir()).filter((f) => f.endsWith('.bin'));

async function check(env: NodeJS.ProcessEnv = {}) {
	const run = await tactful(['check', 'letter.md'], { cwd: dir, env: { TMPDIR: tmp, TACTFUL_DEBUG: '1', ...env } });
	const cache = /tactful: debug: code cache (\w+)/.exec(run.stderr)?.[1];
	return { ...run, cache, stderr: run.stderr.replace(/tactful: debug: .*\n/g, '') };
}

describe('the code cache', () => {
	test('the first check run writes it, the next one uses it, and both print the same', async () => {
		freshTmp();
		try {
			const first = await check();
			assert.equal(first.cache, 'miss');
			assert.equal(cacheFiles().length, 1);
			const second = await check();
			assert.equal(second.cache, 'hit');
			assert.equal(second.stdout, first.stdout);
			assert.equal(second.stderr, first.stderr);
			assert.equal(second.code, first.code);
			assert.match(first.stdout, /no-jargon/);
			const off = await check({ TACTFUL_NO_CODE_CACHE: '1' });
			assert.equal(off.cache, 'off');
			assert.equal(off.stdout, first.stdout);
		} finally {
			cleanup(tmp);
		}
	});

	test('a corrupt or foreign cache file is ignored and replaced', async () => {
		freshTmp();
		try {
			const clean = await check();
			const file = join(cacheDir(), cacheFiles()[0]);
			const good = readFileSync(file);
			// Without V8's checksum (switched on by the loader), the first two bring the process down in V8's deserializer.
			const flipped = (at: number) => {
				const bytes = Buffer.from(good);
				bytes[at] ^= 0x10;
				return bytes;
			};
			const variants: Array<[string, Buffer]> = [
				['truncated', good.subarray(0, good.length >> 1)],
				['bytes changed in the middle', Buffer.from(good).fill(0x5a, good.length >> 1, (good.length >> 1) + 64)],
				['one bit flipped a third of the way in', flipped(Math.floor(good.length / 3))],
				['one bit flipped near the end', flipped(good.length - 5)],
				['random data', randomBytes(good.length)],
				['empty', Buffer.alloc(0)],
			];
			for (const [what, bytes] of variants) {
				writeFileSync(file, bytes);
				const run = await check();
				assert.equal(run.cache, 'miss', what);
				assert.equal(run.stdout, clean.stdout, what);
				assert.equal(run.stderr, clean.stderr, what);
				assert.equal(run.code, clean.code, what);
				assert.equal((await check()).cache, 'hit', `${what}: the cache was written again`);
			}
		} finally {
			cleanup(tmp);
		}
	});

	test('a cache folder others can write to, or a symlink, is not used', { skip: process.platform === 'win32' ? 'POSIX permissions' : undefined }, async () => {
		freshTmp();
		try {
			mkdirSync(cacheDir());
			chmodSync(cacheDir(), 0o777);
			const open = await check();
			assert.equal(open.cache, 'off');
			assert.deepEqual(cacheFiles(), []);
			assert.match(open.stdout, /no-jargon/);
			cleanup(cacheDir());
			const elsewhere = mkdtempSync(join(tmp, 'elsewhere-'));
			symlinkSync(elsewhere, cacheDir());
			assert.equal((await check()).cache, 'off');
			assert.deepEqual(readdirSync(elsewhere), []);
		} finally {
			cleanup(tmp);
		}
	});

	test('a bundle rewritten with the same size, even with its old modification time, is compiled afresh', async () => {
		freshTmp();
		const install = mkdtempSync(join(tmpdir(), 'tactful-cli-copy-'));
		try {
			const built = await builtCli();
			for (const name of ['cli.js', 'cli-main.js']) copyFileSync(join(dirname(built), name), join(install, name));
			// A whole second, which the file system keeps exactly and `utimesSync` can set again to the nanosecond.
			const main = join(install, 'cli-main.js');
			const mtime = 1_700_000_000;
			utimesSync(main, mtime, mtime);
			const run = () => {
				const r = spawnSync(process.execPath, [join(install, 'cli.js'), 'check', '--format', 'json', 'letter.md'], { cwd: dir, env: { ...process.env, TMPDIR: tmp, TACTFUL_DEBUG: '1', NO_COLOR: '1' }, encoding: 'utf8' });
				const rules = (JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ ruleId: string }> }>).flatMap((f) => f.diagnostics.map((d) => d.ruleId));
				return { cache: /tactful: debug: code cache (\w+)/.exec(r.stderr)?.[1], rules };
			};
			assert.equal(run().cache, 'miss');
			const before = run();
			assert.equal(before.cache, 'hit');
			assert.ok(before.rules.includes('no-jargon'));
			// V8 itself compares only the source's length: the cache's name must tell the two bundles apart.
			const source = readFileSync(main, 'latin1');
			assert.equal(source.split('id: "no-jargon"').length, 2, 'the rule is declared once in the bundle');
			writeFileSync(main, source.replace('id: "no-jargon"', 'id: "no-jargox"'), 'latin1');
			utimesSync(main, mtime, mtime);
			assert.equal(statSync(main).size, source.length);
			assert.equal(statSync(main, { bigint: true }).mtimeNs, BigInt(mtime) * 1_000_000_000n);
			const after = run();
			assert.equal(after.cache, 'miss');
			assert.ok(after.rules.includes('no-jargox'), `the rewritten rule ran: ${after.rules.join(', ')}`);
			assert.ok(!after.rules.includes('no-jargon'));
			assert.equal(run().cache, 'hit');
		} finally {
			cleanup(install);
			cleanup(tmp);
		}
	});

	test('commands other than check do not write it', async () => {
		freshTmp();
		try {
			const run = await tactful(['--version'], { env: { TMPDIR: tmp, TACTFUL_DEBUG: '1' } });
			assert.equal(run.code, 0);
			assert.match(run.stderr, /code cache off/);
			assert.throws(() => readdirSync(cacheDir()), /ENOENT/);
		} finally {
			cleanup(tmp);
		}
	});
});

describe('the digest that names cache files (server/src/codeCache.ts)', () => {
	test('reads every byte: a change anywhere, and the length, change it; where the bytes sit does not', () => {
		const base = randomBytes(4099);
		const seen = new Set([digest(base).toString('hex')]);
		for (const at of [0, 1, 2, 3, 1000, 4095, 4096, 4097, 4098]) {
			const changed = Buffer.from(base);
			changed[at] ^= 1;
			seen.add(digest(changed).toString('hex'));
		}
		for (const length of [0, 1, 2, 3, 4, 5, 4098]) seen.add(digest(base.subarray(0, length)).toString('hex'));
		assert.equal(seen.size, 1 + 9 + 7);
		// The same bytes at an offset that is not a multiple of four.
		const shifted = Buffer.alloc(base.length + 3);
		base.copy(shifted, 3);
		assert.deepEqual(digest(shifted.subarray(3)), digest(base));
		assert.equal(digest(base).length, 8);
	});
});
