/**
 * A hang guard that works on synchronous code: the work runs in a worker thread, and a worker that does not answer in
 * time is terminated (which stops even a regular expression that backtracks for hours), so the test fails with a
 * message instead of blocking the whole run. The limits are far above normal run times; they catch hangs, they do not
 * measure speed.
 */
import { Worker } from 'node:worker_threads';

type Answer = { id: number; ok?: unknown; error?: string };

export class Guarded {
	private worker?: Worker;
	private next = 0;
	private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

	/** `modulePath`: a module whose exported functions the worker calls by name (TypeScript through tsx). */
	constructor(private readonly modulePath: string) {}

	/** Calls `fn(arg)` in the worker; rejects with the worker's error, or after `ms` with a hang message. */
	call<T>(fn: string, arg: unknown, ms: number): Promise<T> {
		const worker = this.start();
		const id = this.next++;
		return new Promise<T>((resolve, reject) => {
			const timer = setTimeout(() => {
				this.pending.delete(id);
				this.stop();
				reject(new Error(`${fn}(${JSON.stringify(arg)}) did not finish within ${ms / 1000} s: the worker was stopped (a hang).`));
			}, ms);
			this.pending.set(id, {
				resolve: (v) => (clearTimeout(timer), resolve(v as T)),
				reject: (e) => (clearTimeout(timer), reject(e)),
			});
			worker.postMessage({ id, fn, arg });
		});
	}

	/** Stops the worker; the next call starts a fresh one. */
	stop(): void {
		const w = this.worker;
		this.worker = undefined;
		void w?.terminate();
		for (const p of this.pending.values()) p.reject(new Error('the worker was stopped'));
		this.pending.clear();
	}

	private start(): Worker {
		if (this.worker) return this.worker;
		const w = new Worker(
			`const { parentPort } = require('node:worker_threads');
			require('tsx/cjs');
			const mod = require(${JSON.stringify(this.modulePath)});
			parentPort.on('message', async ({ id, fn, arg }) => {
				try { parentPort.postMessage({ id, ok: await mod[fn](arg) }); }
				catch (e) { parentPort.postMessage({ id, error: (e && e.stack) || String(e) }); }
			});`,
			{ eval: true, resourceLimits: { maxOldGenerationSizeMb: 4096 } },
		);
		w.on('message', (a: Answer) => {
			const p = this.pending.get(a.id);
			if (!p) return;
			this.pending.delete(a.id);
			if (a.error !== undefined) p.reject(new Error(a.error));
			else p.resolve(a.ok);
		});
		// A worker stopped by `stop` has had its calls rejected already; only a worker that dies by itself fails them.
		const fail = (e: Error) => {
			if (this.worker !== w) return;
			this.worker = undefined;
			for (const p of this.pending.values()) p.reject(e);
			this.pending.clear();
		};
		w.on('error', fail);
		w.on('exit', (code) => fail(new Error(`the worker exited (code ${code})`)));
		w.unref();
		this.worker = w;
		return w;
	}
}
