/**
 * The Node server gives memory back when idle by running V8 full collections a while after its last work. Here with
 * short delays: each burst of work starts the sequence again, and a pending sequence never keeps the process alive.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdleGc } from '../../server/src/idleGc';

// IdleGc's timers never keep a process alive (unref), so the tests hold the event loop open while they wait.
function keepAlive(): () => void {
	const t = setInterval(() => {}, 60_000);
	return () => clearInterval(t);
}

test('after work, the collections run in turn; new work starts the countdown again', async () => {
	let wake: () => void = () => {};
	const idle = new IdleGc([5, 5, 5], () => wake());
	const collected = () => new Promise<void>((r) => (wake = r));
	const release = keepAlive();
	try {
		idle.poke();
		await collected();
		assert.equal(idle.collections, 1);
		idle.poke(); // work in the middle of the sequence: it starts over from the first delay
		for (let i = 0; i < 3; i++) await collected();
		assert.equal(idle.collections, 4, 'one, then a full sequence of three');
	} finally {
		idle.dispose();
		release();
	}
});

test('the collections really run V8 garbage collection (a weak reference is cleared)', async () => {
	let wake: () => void = () => {};
	const idle = new IdleGc([1], () => wake());
	// Made in a function of its own so no local keeps the object alive.
	const ref = (() => new WeakRef({ big: new Array(1000).fill(0) }))();
	await new Promise((r) => setImmediate(r)); // WeakRef targets are kept until the end of the current job
	const release = keepAlive();
	idle.poke();
	await new Promise<void>((r) => (wake = r));
	release();
	assert.equal(ref.deref(), undefined);
	idle.dispose();
});
