// The soak (see soak.ts) in the normal run: 1,000 edits with pull diagnostics (as VS Code) and 400 with pushed ones
// (as Neovim and Emacs). TACTFUL_SOAK=full runs 10,000 of each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { soak, type SoakOptions } from './soak';

const FULL = process.env.TACTFUL_SOAK === 'full';
const runs: SoakOptions[] = [
	{ mode: 'pull', edits: FULL ? 10_000 : 1_000 },
	{ mode: 'push', edits: FULL ? 10_000 : 400, heap: FULL },
];

for (const options of runs) {
	test(`soak: ${options.edits.toLocaleString('en')} edits, ${options.mode} diagnostics`, { timeout: FULL ? 600_000 : 180_000 }, async (t) => {
		const r = await soak(options);
		t.diagnostic(JSON.stringify(r));
		assert.deepEqual(r.failed, [], 'no request failed');
		assert.deepEqual(r.mismatches, [], 'final diagnostics equal a fresh lint');
		assert.deepEqual(r.badRanges, [], 'every range in every answer was valid');
		assert.deepEqual(r.serverFailures, [], 'no handler failed in the server');
		assert.equal(r.edits, options.edits);
		assert.ok(r.cancelled > 0 && r.undos > 0 && r.reopens > 0 && r.settingsChanges > 0 && r.configFileChanges > 0, 'the session did all it should');
		if (options.heap !== false) assert.ok(r.heapEndKb <= r.heapWarmKb * 1.2, `live heap ${r.heapWarmKb} KB after warm-up, ${r.heapEndKb} KB at the end: more than 20% growth`);
	});
}
