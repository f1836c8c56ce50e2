/**
 * Large runs lint on worker threads. Whatever the number of threads, a run must print exactly what a serial run
 * prints (same reports in the same order, same warnings on stderr, same exit code), over a generated corpus with
 * several configs, letters and notes, and files that are skipped. TACTFUL_THREADS forces the number of threads.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARALLEL_MIN_FILES } from '../../server/src/cli/pool';
import { builtCli, cleanup, letter, NOTES, tactful, tree } from './helpers';

const COUNT = 90;

let dir: string;
before(async () => {
	await builtCli();
	const files: Record<string, string | Buffer> = {};
	for (let i = 0; i < COUNT; i++) {
		const folder = ['a', 'b', 'c/deep'][i % 3];
		const ext = i % 4 === 0 ? 'txt' : 'md';
		const text = i % 5 === 0 ? NOTES : letter(['Sam', 'Ana', 'Zoë', 'Li'][i % 4]).replace('the launch', `the launch (${i})`);
		files[`${folder}/file-${String(i).padStart(3, '0')}.${ext}`] = text;
	}
	// Configs differ by folder: no-jargon is an error in a/, and b/ has a phrase of its own.
	files['a/.tactfulrc.json'] = JSON.stringify({ rules: { 'no-jargon': 'error' } });
	files['b/.tactfulrc.json'] = JSON.stringify({ phrases: [{ phrase: 'extra pages', message: 'Say which pages.', id: 'which-pages' }] });
	// Files that are skipped with a warning, in the middle of the run.
	files['b/binary.md'] = Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]);
	files['c/latin1.txt'] = Buffer.from('Caf\xe9 menu\n', 'latin1');
	dir = tree(files);
});
after(() => cleanup(dir));

async function both(args: string[]) {
	const serial = await tactful(args, { cwd: dir, env: { TACTFUL_THREADS: '1' } });
	const parallel = await tactful(args, { cwd: dir, env: { TACTFUL_THREADS: '3' } });
	return { serial, parallel };
}

describe('checking on several threads', () => {
	for (const args of [['check', '.'], ['check', '--format', 'json', 'a', 'b', 'c'], ['check', '--format', 'sarif', '.'], ['check', '--fix-dry-run', '.'], ['check', '--cache', '.']]) {
		test(`prints what a serial run prints: tactful ${args.join(' ')}`, async () => {
			const { serial, parallel } = await both(args);
			assert.ok(serial.stdout.length > 1000, `serial output: ${serial.stdout.slice(0, 500)}\n${serial.stderr}`);
			assert.equal(parallel.code, serial.code);
			assert.equal(parallel.stdout, serial.stdout);
			assert.equal(parallel.stderr, serial.stderr);
		});
	}

	test('the serial run saw every file, the skipped ones and both configs (so the comparison means something)', async () => {
		const run = await tactful(['check', '--format', 'json', '.'], { cwd: dir, env: { TACTFUL_THREADS: '1' } });
		const files = JSON.parse(run.stdout) as Array<{ file: string; diagnostics: Array<{ ruleId: string; severity: string }> }>;
		assert.equal(files.length, COUNT);
		assert.equal(run.code, 1, 'no-jargon is an error in a/');
		assert.ok(files.some((f) => f.file.startsWith('b/') && f.diagnostics.some((d) => d.ruleId === 'custom/which-pages')));
		assert.ok(files.some((f) => f.file.startsWith('a/') && f.diagnostics.some((d) => d.ruleId === 'no-jargon' && d.severity === 'error')));
		assert.ok(files.some((f) => f.file.startsWith('c/') && f.diagnostics.some((d) => d.ruleId === 'no-jargon' && d.severity === 'warning')));
		assert.match(run.stderr, /b\/binary\.md: skipped, binary file/);
		assert.match(run.stderr, /c\/latin1\.txt: skipped, not valid UTF-8/);
	});

	test('TACTFUL_THREADS really starts workers (TACTFUL_DEBUG says how many threads)', async () => {
		const run = await tactful(['check', '.'], { cwd: dir, env: { TACTFUL_THREADS: '3', TACTFUL_DEBUG: '1' } });
		assert.match(run.stderr, /tactful: debug: checking on 3 threads/);
		const small = await tactful(['check', 'a/file-000.txt'], { cwd: dir, env: { TACTFUL_DEBUG: '1' } });
		assert.doesNotMatch(small.stderr, /checking on/, 'a small run stays on one thread');
	});

	test('--cache starts threads only for the files it must lint, and prints the reused ones in their places', async () => {
		const names = Array.from({ length: 30 }, (_, i) => `m/f${String(i).padStart(2, '0')}.md`);
		const own = tree(Object.fromEntries(names.map((n, i) => [n, letter(`Sam ${i}`).replace('the launch', `launch ${i}`)])));
		const outside = tree({});
		try {
			const cache = join(outside, 'cache.json');
			const go = async (threads: string, withCache = true) => {
				const r = await tactful(['check', ...(withCache ? ['--cache', '--cache-location', cache] : []), '--format', 'json', '.'], { cwd: own, env: { TACTFUL_THREADS: threads, TACTFUL_DEBUG: '1' } });
				const threadsLine = /checking on (\d+) threads/.exec(r.stderr);
				const reused = /cache reused (\d+) of/.exec(r.stderr);
				return { stdout: r.stdout, code: r.code, threads: threadsLine ? Number(threadsLine[1]) : 1, reused: reused ? Number(reused[1]) : undefined, debug: r.stderr.split('\n').filter((l) => l.startsWith('tactful: ')).join('\n') };
			};
			const edit = (i: number) => writeFileSync(join(own, names[i]), letter(`Sam ${i}`).replace('the launch', `launch ${i} (edited)`).replace('the bandwidth', 'the capacity'));
			const first = await go('3');
			assert.deepEqual([first.threads, first.reused], [3, 0], first.debug);
			const all = await go('3');
			assert.deepEqual([all.threads, all.reused], [1, 30], `nothing to lint: no worker\n${all.debug}`);
			assert.equal(all.stdout, first.stdout);
			// Edited files in the middle: reused results before, between and after them keep their places.
			edit(10);
			edit(20);
			const some = await go('3');
			assert.deepEqual([some.threads, some.reused], [2, 28], `a thread per file to lint, at most\n${some.debug}`);
			const plain = await go('1', false);
			assert.equal(some.stdout, plain.stdout);
			assert.equal(some.code, plain.code);
			assert.ok((JSON.parse(some.stdout) as Array<{ file: string }>).map((f) => f.file).join() === names.join(), 'every file, in order');
			// The first and the last file, on one thread.
			edit(0);
			edit(29);
			const ends = await go('1');
			assert.deepEqual([ends.threads, ends.reused], [1, 28], `${ends.debug}\n(the run before: ${some.debug})`);
			assert.equal(ends.stdout, (await go('1', false)).stdout);
		} finally {
			cleanup(own);
			cleanup(outside);
		}
	});

	test(`--cache after a change to more than ${PARALLEL_MIN_FILES} files: the rest are reused by the threads, in their places`, async () => {
		const count = PARALLEL_MIN_FILES + 50;
		const names = Array.from({ length: count }, (_, i) => `m/f${String(i).padStart(3, '0')}.md`);
		const own = tree(Object.fromEntries(names.map((n, i) => [n, letter(`Sam ${i}`).replace('the launch', `launch ${i}`)])));
		try {
			const go = (threads: string, withCache = true) =>
				tactful(['check', ...(withCache ? ['--cache'] : []), '--format', 'json', 'm'], { cwd: own, env: { TACTFUL_THREADS: threads, TACTFUL_DEBUG: '1' } });
			const filled = await go('2');
			// Every file before the last 40 changes: the run stops looking for reusable results after
			// PARALLEL_MIN_FILES changed ones, and the threads reuse the last 40 themselves.
			for (let i = 0; i < count - 40; i++) writeFileSync(join(own, names[i]), letter(`Sam ${i}`).replace('the launch', `launch ${i} (edited)`).replace('the bandwidth', 'the capacity'));
			const run = await go('2');
			// Every debug line of both runs, should this fail (in CI a rebuild of dist/ under a run once made the cache
			// look "written by another build": test/cli/repo.test.ts).
			const ended = (r: typeof run) => `exit ${r.code}${r.signal ? `, ${r.signal}` : ''}, ${r.stdout.length} characters of output`;
			const debug = `${run.stderr}(${ended(run)}; the run before: ${filled.stderr}${ended(filled)})`;
			assert.match(run.stderr, /checking on 2 threads/, debug);
			assert.match(run.stderr, new RegExp(`cache looked up ${PARALLEL_MIN_FILES} of ${count} files before linting`), debug);
			assert.match(run.stderr, new RegExp(`cache reused 40 of ${count} files`), debug);
			const plain = await go('1', false);
			assert.equal(run.stdout, plain.stdout);
			assert.equal(run.code, plain.code);
			assert.equal((JSON.parse(run.stdout) as unknown[]).length, count);
		} finally {
			cleanup(own);
		}
	});

	test('--fix stays on one thread and fixes every file', async () => {
		const fixDir = tree(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.md`, letter()])));
		try {
			const run = await tactful(['check', '--fix', '.'], { cwd: fixDir, env: { TACTFUL_THREADS: '3', TACTFUL_DEBUG: '1' } });
			assert.doesNotMatch(run.stderr, /checking on/);
			const again = await tactful(['check', '--format', 'json', '.'], { cwd: fixDir });
			for (const f of JSON.parse(again.stdout) as Array<{ diagnostics: Array<{ ruleId: string }> }>) {
				assert.ok(!f.diagnostics.some((d) => d.ruleId === 'no-jargon'));
			}
		} finally {
			cleanup(fixDir);
		}
	});
});
