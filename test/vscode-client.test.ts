// The client's restart policy (client/src/crashWindow.ts): a crashed server is restarted at most MAX_RESTARTS times
// within RESTART_WINDOW_MS; crashes older than the window no longer count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CrashWindow } from '../client/src/crashWindow';

test('restarts up to the limit within the window, then stops', () => {
	const w = new CrashWindow(4, 180_000);
	assert.deepEqual([0, 1000, 2000, 3000, 4000].map((t) => w.record(t)), [true, true, true, true, false]);
	assert.equal(w.count, 5);
});

test('crashes older than the window are forgotten', () => {
	const w = new CrashWindow(2, 1000);
	assert.equal(w.record(0), true);
	assert.equal(w.record(500), true);
	assert.equal(w.record(900), false);
	assert.equal(w.record(2000), true, 'the first three are more than a window ago');
	assert.equal(w.count, 1);
});

test('reset starts the count over (after "Tactful: Restart server")', () => {
	const w = new CrashWindow(1, 60_000);
	w.record(0);
	assert.equal(w.record(1), false);
	w.reset();
	assert.equal(w.record(2), true);
});
