/** `tactful check --fix`: safe fixes written in place, atomically, keeping BOM, line endings and mode; idempotent. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtCli, cleanup, fixedLetter, letter, parseJson, tactful, tree } from './helpers';
import { rules } from '../../server/src/engine/index';

let dir: string;
before(() => builtCli());
after(() => dir && cleanup(dir));

describe('--fix', () => {
	test('applies the safe fix, reports it, then reports what is left; a second run changes nothing', async () => {
		dir = tree({ 'a.md': letter(), 'b.md': letter('Ana') });
		const first = await tactful(['check', '--fix', '.'], { cwd: dir });
		assert.equal(first.code, 0, first.stderr);
		assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), fixedLetter());
		assert.equal(readFileSync(join(dir, 'b.md'), 'utf8'), fixedLetter('Ana'));
		assert.match(first.stdout, /^a\.md\n {2}✔ fixed 1 problem \(no-jargon\)$/m);
		assert.match(first.stdout, /fixed 2 problems in 2 files$/m);
		assert.ok(!/no-jargon$/m.test(first.stdout), 'the fixed finding is not reported as remaining');
		const before = statSync(join(dir, 'a.md')).mtimeMs;
		const second = await tactful(['check', '--fix', '.'], { cwd: dir });
		assert.equal(second.code, 0);
		assert.ok(!second.stdout.includes('fixed'), second.stdout);
		assert.equal(statSync(join(dir, 'a.md')).mtimeMs, before, 'a file with nothing to fix is not rewritten');
		assert.deepEqual(readdirSync(dir).sort(), ['.git', 'a.md', 'b.md'], 'no temp files left behind');
	});

	test('keeps CRLF line endings, a UTF-8 BOM and the file mode', async () => {
		const d = tree({});
		try {
			const path = join(d, 'crlf.md');
			writeFileSync(path, '\uFEFF' + letter('Sam', '\r\n'));
			chmodSync(path, 0o640);
			const run = await tactful(['check', '--fix', '--format', 'json', 'crlf.md'], { cwd: d });
			assert.equal(run.code, 0, run.stderr);
			const bytes = readFileSync(path);
			assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'BOM kept');
			assert.equal(bytes.toString('utf8'), '\uFEFF' + fixedLetter('Sam', '\r\n'));
			assert.equal(statSync(path).mode & 0o777, 0o640);
			// Ranges are reported on the text without its BOM, as an editor shows it.
			const [file] = parseJson(run);
			assert.ok(!file.diagnostics.some((x) => x.ruleId === 'no-jargon'));
			assert.match(run.stderr, /crlf\.md: fixed no-jargon ×1\./, 'machine formats report fixes on stderr');
		} finally {
			cleanup(d);
		}
	});

	test('never writes a file without a safe fix, nor one it could not decode', async () => {
		const unfixable = '---\ntactful: letter\n---\nHi,\n\nNo.\n\nJo\n';
		const latin1 = Buffer.from('Hi,\n\nWe don\'t have the bandwidth, d\xe9sol\xe9.\n', 'latin1');
		// Rules with safe fixes off: what is left (missing moves) has fixes, none of them safe.
		const config = { rules: Object.fromEntries(rules.filter((r) => r.meta.fixable).map((r) => [r.meta.id, 'off'])) };
		const d = tree({ 'blunt.md': unfixable, 'latin1.md': latin1, '.tactfulrc.json': JSON.stringify(config) });
		try {
			const mtimes = ['blunt.md', 'latin1.md'].map((f) => statSync(join(d, f)).mtimeMs);
			const run = await tactful(['check', '--fix', '--format', 'json', '.'], { cwd: d });
			assert.equal(run.code, 0, run.stderr);
			const [blunt] = parseJson(run);
			assert.ok(blunt.diagnostics.some((x) => x.fixes.length > 0), 'the letter has findings with (unsafe) fixes');
			assert.equal(readFileSync(join(d, 'blunt.md'), 'utf8'), unfixable);
			assert.deepEqual(readFileSync(join(d, 'latin1.md')), latin1);
			assert.deepEqual(['blunt.md', 'latin1.md'].map((f) => statSync(join(d, f)).mtimeMs), mtimes);
			assert.match(run.stderr, /latin1\.md: skipped, not valid UTF-8/);
		} finally {
			cleanup(d);
		}
	});

	test('writes through a symlink: the target changes, the link stays', async () => {
		const d = tree({ 'real/letter.md': letter() });
		try {
			symlinkSync(join(d, 'real/letter.md'), join(d, 'link.md'));
			const run = await tactful(['check', '--fix', 'link.md'], { cwd: d });
			assert.equal(run.code, 0, run.stderr);
			assert.equal(readFileSync(join(d, 'real/letter.md'), 'utf8'), fixedLetter());
			assert.equal(lstatSync(join(d, 'link.md')).isSymbolicLink(), true);
		} finally {
			cleanup(d);
		}
	});

	test('a file that cannot be written is reported with exit 2 and left as it was', async () => {
		const d = tree({ 'locked/letter.md': letter() });
		try {
			chmodSync(d, 0o755);
			chmodSync(join(d, 'locked'), 0o555);
			// Root writes anywhere, so as root the CLI runs as `nobody`.
			const run = await tactful(['check', '--fix', '.'], { cwd: d, uid: process.getuid?.() === 0 ? 65534 : undefined });
			assert.equal(run.code, 2);
			assert.match(run.stderr, /letter\.md: could not write the fixes: permission denied/);
			assert.equal(readFileSync(join(d, 'locked/letter.md'), 'utf8'), letter());
		} finally {
			chmodSync(join(d, 'locked'), 0o755);
			cleanup(d);
		}
	});

	test('--fix-dry-run shows the diff and the findings that would remain, and writes nothing', async () => {
		const d = tree({ 'a.md': letter() });
		try {
			const run = await tactful(['check', '--fix-dry-run', '.'], { cwd: d });
			assert.equal(run.code, 0, run.stderr);
			assert.match(run.stdout, /✔ would fix 1 problem \(no-jargon\)/);
			assert.match(run.stdout, /@@ line 6 @@/);
			assert.equal(readFileSync(join(d, 'a.md'), 'utf8'), letter());
			assert.ok(!/no-jargon$/m.test(run.stdout));
		} finally {
			cleanup(d);
		}
	});
});
