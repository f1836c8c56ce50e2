/**
 * The worker pool on its own: when its workers cannot start or die, the main thread checks their files, and every
 * file is still reported exactly once, in order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkInParallel, threadsFor, PARALLEL_MIN_FILES } from '../../server/src/cli/pool';
import type { FileEvent } from '../../server/src/cli/checkFile';
import type { Target } from '../../server/src/cli/discover';
import { cleanup } from './helpers';

const targets: Target[] = Array.from({ length: 50 }, (_, i) => ({ abs: `/nowhere/${i}.md`, display: `${i}.md`, explicit: false }));
const job = { cwd: '/nowhere', fix: false, fixDryRun: false };

async function run(entry: string): Promise<string[]> {
	const seen: string[] = [];
	const here = (t: Target): FileEvent[] => [{ warn: t.display }];
	await checkInParallel(targets, 3, entry, job, here, (events) => seen.push(...events.map((e) => ('warn' in e ? e.warn : '?'))));
	return seen;
}

test('workers that cannot start leave every file to the main thread, in order', { timeout: 60_000 }, async () => {
	assert.deepEqual(await run(join(tmpdir(), 'no-such-tactful-entry.js')), targets.map((t) => t.display));
});

test('workers that exit at once (or take a batch and die) do not lose files', { timeout: 60_000 }, async () => {
	const dir = mkdtempSync(join(tmpdir(), 'tactful-pool-'));
	try {
		const quits = join(dir, 'quits.js');
		writeFileSync(quits, 'process.exit(0);\n');
		assert.deepEqual(await run(quits), targets.map((t) => t.display));
		const dies = join(dir, 'dies.js');
		writeFileSync(dies, "require('node:worker_threads').parentPort.once('message', () => { throw new Error('boom'); });\n");
		assert.deepEqual(await run(dies), targets.map((t) => t.display));
	} finally {
		cleanup(dir);
	}
});

test('small runs, and machines whose cores are busy, stay on one thread; TACTFUL_THREADS overrides', () => {
	const cores = availableParallelism();
	assert.equal(threadsFor(PARALLEL_MIN_FILES - 1, {}, 0), 1);
	assert.equal(threadsFor(10_000, {}, 0), Math.min(cores, 8));
	assert.equal(threadsFor(10_000, {}, cores), 1, 'no free core');
	assert.equal(threadsFor(10_000, {}, cores + 3), 1);
	assert.equal(threadsFor(5, { TACTFUL_THREADS: '3' }), 3);
	assert.equal(threadsFor(2, { TACTFUL_THREADS: '3' }), 2, 'never more threads than files');
	assert.equal(threadsFor(0, { TACTFUL_THREADS: '3' }), 1, 'nothing to lint (every result reused from --cache): no worker');
	assert.equal(threadsFor(10_000, { TACTFUL_THREADS: '1' }), 1);
	assert.equal(threadsFor(10, { TACTFUL_THREADS: 'lots' }), 1);
});
