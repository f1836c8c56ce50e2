// The orchestrator's side of bench/lib/peer-worker.mjs: one child process per linter, each answering the timer calls
// of `interleave` (warm, measure) for the workload it was last given.
import { fork } from 'node:child_process';

export async function startPeer(name, { engine, phrases }) {
	const worker = fork(new URL('./peer-worker.mjs', import.meta.url), [name, engine, phrases ?? ''], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
	const pending = new Map();
	let next = 0;
	let failed = null;
	const fail = (e) => {
		failed = e;
		for (const { reject } of pending.values()) reject(e);
		pending.clear();
	};
	await new Promise((resolve, reject) => {
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`${name} exited with ${code} while starting`)));
		worker.once('message', (m) => (m.ready ? resolve() : reject(new Error(`${name}: unexpected first message`))));
	});
	worker.on('error', fail);
	worker.on('exit', (code, signal) => fail(new Error(`${name} exited with ${signal ?? code}`)));
	worker.on('message', ({ id, value, error }) => {
		const p = pending.get(id);
		pending.delete(id);
		if (error) p?.reject(new Error(error));
		else p?.resolve(value);
	});
	const call = (op, ...args) => {
		if (failed) return Promise.reject(failed);
		const id = next++;
		return new Promise((resolve, reject) => {
			pending.set(id, { resolve, reject });
			worker.send({ id, op, args });
		});
	};
	return {
		name,
		workload: (words, format) => call('workload', words, format),
		warmup: (ms) => call('warmup', ms),
		findings: (k) => call('findings', k),
		kind: (k) => call('kind', k),
		timer: { warm: (from, ms) => call('warm', from, ms), measure: (from, count) => call('measure', from, count) },
		stop: () => {
			if (worker.exitCode === null && worker.signalCode === null) worker.kill();
		},
	};
}
