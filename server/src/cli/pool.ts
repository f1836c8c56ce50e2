/**
 * Linting many files on every core. The main thread hands out batches of files to worker threads (each runs this
 * same bundle, loads its own engine and resolves configs itself) and lints batches too while it waits. Results come
 * back as each file's events and are replayed strictly in file order, so the output is the same as a serial run's.
 * A worker that dies gives its unfinished batches back to the main thread. Small runs stay on one thread: a worker
 * costs a bundle load (tens of milliseconds), which only pays off over a few hundred files.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { ConfigStore } from './config';
import { checkTarget, type CheckSettings, type FileEvent } from './checkFile';
import type { Target } from './discover';
import { CHECK_WORKER_ARG } from './workerArg';

/** node:worker_threads, loaded when a run starts threads or is one: it takes about 4 ms to load on a cold start. */
const workerThreads = () => require('node:worker_threads') as typeof import('node:worker_threads');

/** Below this many files a run stays on the main thread. */
export const PARALLEL_MIN_FILES = 200;
/** At most this many threads, the main one included. */
const MAX_THREADS = 8;
/** Files per message: big enough that messaging is noise, small enough that the cores finish together. */
const BATCH = 8;
/** Batches sent ahead to each worker, so it never waits for the main thread to finish its own batch. */
const AHEAD = 2;

export interface WorkerJob extends CheckSettings {
	cwd: string;
	/** --config, as given. */
	config?: string;
}

interface Message {
	first: number;
	events: FileEvent[][];
}

interface Batch {
	first: number;
	targets: Target[];
	/** With --cache, the key of each file's earlier result (the main thread keeps the results). */
	cached: Array<string | undefined>;
}

/**
 * How many threads (the main one included) a run over `files` files uses: one per core that is free, judged by the
 * 1-minute load average (0 where the OS has none, as on Windows). Each thread warms up its own copy of the engine,
 * so on a machine whose cores are already busy more threads only add work. TACTFUL_THREADS=n overrides it (1: serial;
 * never more threads than files).
 */
export function threadsFor(files: number, env: NodeJS.ProcessEnv, load = loadavg()[0]): number {
	const forced = Number(env.TACTFUL_THREADS);
	if (env.TACTFUL_THREADS && Number.isInteger(forced) && forced >= 1) return Math.min(forced, MAX_THREADS, Math.max(1, files));
	if (files < PARALLEL_MIN_FILES) return 1;
	const cores = availableParallelism();
	const free = 1 + Math.floor(Math.max(0, cores - load));
	return Math.max(1, Math.min(cores, free, MAX_THREADS, Math.floor(files / (PARALLEL_MIN_FILES / 2))));
}

/**
 * Checks `targets` on `threads` threads (workers started from `entry`, the script that was run) and calls `onFile`
 * with each file's events in file order. `checkHere` checks a file on the main thread.
 */
export async function checkInParallel(
	targets: readonly Target[],
	threads: number,
	entry: string,
	job: WorkerJob,
	checkHere: (t: Target) => FileEvent[],
	onFile: (events: FileEvent[]) => void,
	cachedFor: (t: Target) => string | undefined = () => undefined,
): Promise<void> {
	const results: Array<FileEvent[] | undefined> = new Array(targets.length);
	const queue: number[] = [];
	for (let first = 0; first < targets.length; first += BATCH) queue.push(first);
	let replayed = 0;
	const flush = () => {
		while (replayed < targets.length && results[replayed]) {
			onFile(results[replayed]!);
			results[replayed++] = undefined;
		}
	};
	const store = (first: number, events: FileEvent[][]) => {
		for (let k = 0; k < events.length; k++) results[first + k] = events[k];
	};
	const batch = (first: number) => targets.slice(first, first + BATCH);

	let wake: (() => void) | undefined;
	const workers = new Set<Worker>();
	for (let n = 1; n < threads; n++) {
		const inFlight = new Set<number>();
		let worker: Worker;
		try {
			worker = new (workerThreads().Worker)(entry, { workerData: { tactfulCheckWorker: job }, argv: [CHECK_WORKER_ARG], stdout: false, stderr: false });
		} catch {
			break; // No more threads to be had: the ones started (and the main thread) do the work.
		}
		const feed = () => {
			while (inFlight.size < AHEAD && queue.length > 0) {
				const first = queue.shift()!;
				inFlight.add(first);
				const targets = batch(first);
				worker.postMessage({ first, targets, cached: targets.map(cachedFor) } satisfies Batch);
			}
		};
		const lost = () => {
			// A worker that fails (it should not) leaves its batches to the others; the run goes on.
			if (!workers.delete(worker)) return;
			for (const first of inFlight) queue.unshift(first);
			inFlight.clear();
			wake?.();
		};
		worker.on('message', (m: Message) => {
			inFlight.delete(m.first);
			store(m.first, m.events);
			feed();
			wake?.();
		});
		worker.on('error', lost);
		worker.on('exit', lost);
		workers.add(worker);
		feed();
	}
	try {
		while (replayed < targets.length) {
			flush();
			const first = queue.shift();
			if (first !== undefined) {
				store(first, batch(first).map(checkHere));
				// Let the workers' answers in before the next batch.
				await new Promise<void>((r) => setImmediate(r));
			} else if (replayed < targets.length) {
				// Everything is handed out: wait for a worker to answer (or to die, which refills the queue).
				await new Promise<void>((r) => (wake = r));
				wake = undefined;
			}
		}
	} finally {
		for (const w of workers) {
			workers.delete(w);
			void w.terminate();
		}
	}
}

/** True in a worker thread started by checkInParallel. */
export function isCheckWorker(): boolean {
	const { parentPort, workerData } = workerThreads();
	return parentPort !== null && typeof workerData === 'object' && workerData !== null && 'tactfulCheckWorker' in workerData;
}

/** The worker side: checks each batch it is sent and answers with the files' events. */
export function runCheckWorker(): void {
	const { parentPort, workerData } = workerThreads();
	const job = (workerData as { tactfulCheckWorker: WorkerJob }).tactfulCheckWorker;
	// Config errors were reported by the main thread before any file was handed out.
	const configs = new ConfigStore(job.cwd, job.config);
	parentPort!.on('message', (m: Batch) => {
		const events = m.targets.map((t, k) => checkTarget(t, configs.forFile(t.abs), job, m.cached[k]));
		parentPort!.postMessage({ first: m.first, events } satisfies Message);
	});
}
