// Statistics and the interleaved runner. Every figure is a set of samples; the report shows the median and the
// min–max, and a ratio is the median of per-round ratios (A and B timed in the same round, side by side).
import { readFileSync } from 'node:fs';

export function quantile(values, q) {
	if (values.length === 0) return NaN;
	const s = [...values].sort((a, b) => a - b);
	const pos = (s.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return s[lo] + (s[hi] - s[lo]) * (pos - lo);
}

export const median = (values) => quantile(values, 0.5);

export function summary(samples) {
	return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), n: samples.length };
}

/** Median over rounds of a[i] / b[i]: how many times slower `a` is than `b`, paired by round. */
export function pairedRatio(a, b) {
	const n = Math.min(a.length, b.length);
	const r = [];
	for (let i = 0; i < n; i++) r.push(a[i] / b[i]);
	return median(r);
}

/** Least-squares slope of log(y) against log(x). */
export function logLogSlope(xs, ys) {
	const lx = xs.map(Math.log);
	const ly = ys.map(Math.log);
	const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
	const my = ly.reduce((a, b) => a + b, 0) / ly.length;
	let num = 0;
	let den = 0;
	for (let i = 0; i < lx.length; i++) {
		num += (lx[i] - mx) * (ly[i] - my);
		den += (lx[i] - mx) ** 2;
	}
	return num / den;
}

/** CPU time of this process in ms (user + system): it does not count time spent waiting for a core. */
export function cpuMs() {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
}

/**
 * Minor page faults of a process so far (/proc/<pid>/stat; NaN where there is none): each is a page of memory touched
 * for the first time, or again after it was given back (see `freshMemoryCost` in bench/run.mjs).
 */
export function minorFaults(pid = 'self') {
	try {
		// The fields after the command name, which is in parentheses and may hold spaces: minflt is the 10th field.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[7]);
	} catch {
		return NaN;
	}
}

/**
 * Times calls of `run(k)` in this process, k counting calls from 0 (so each call can take a fresh input).
 * `prepare(from, to)` builds the inputs of calls from…to-1 before they are timed.
 *   warm(from, warmupMs): calls until warmupMs is spent (at least one); { next, typical } (typical: ms per call)
 *   measure(from, count): times `count` calls; { cpu, wall } in ms per call, `cpu` from cpuMs.
 */
export function localTimer(run, prepare = () => {}) {
	let async = false;
	return {
		async warm(from, warmupMs) {
			const t = performance.now();
			const times = [];
			let k = from;
			do {
				prepare(k, k + 1);
				const t0 = performance.now();
				const v = run(k++);
				if (v && typeof v.then === 'function') {
					async = true;
					await v;
				}
				times.push(performance.now() - t0);
			} while (performance.now() - t < warmupMs);
			// The typical of the last few calls, not one that a pause slowed.
			return { next: k, typical: median(times.slice(-5)) };
		},
		async measure(from, count) {
			prepare(from, from + count);
			const cpu0 = cpuMs();
			const t0 = performance.now();
			if (async) for (let k = from; k < from + count; k++) await run(k);
			else for (let k = from; k < from + count; k++) run(k);
			const wall = performance.now() - t0;
			return { cpu: (cpuMs() - cpu0) / count, wall: wall / count };
		},
	};
}

/**
 * Runs the cases interleaved: round 1 times A, B, C; round 2 times A, B, C again; and so on. A case that takes less
 * than `minSampleMs` is repeated within its sample (the sample is the mean of the batch, at most `maxBatch` calls), so
 * timer resolution and call overhead do not dominate small inputs. There is no forced garbage collection between
 * samples: V8 flushes the compiled code of functions and regular expressions that sat through a few collections, so
 * forcing one before every sample would make each tool recompile itself on every round.
 *
 * cases: [{ name, timer, rounds? }], `timer` as made by localTimer (or a child process that answers the same calls);
 * `rounds` lets a slow case sit out after that many. Returns { [name]: { samples (CPU ms per call), wall, batch,
 * error? } }. A case that throws keeps its error and sits out.
 */
export async function interleave(cases, { rounds = 10, minSampleMs = 20, maxBatch = 1000, warmupMs = 0 } = {}) {
	const state = cases.map((c) => ({ ...c, samples: [], wall: [], batch: 1, k: 0 }));
	for (const c of state) {
		try {
			const { next, typical } = await c.timer.warm(0, warmupMs);
			c.k = next;
			c.batch = Math.max(1, Math.min(maxBatch, Math.ceil(minSampleMs / Math.max(typical, 0.001))));
		} catch (e) {
			c.error = String(e?.stack ?? e);
		}
	}
	for (let round = 0; round < rounds; round++) {
		for (const c of state) {
			if (c.error || c.samples.length >= (c.rounds ?? Infinity)) continue;
			try {
				const { cpu, wall } = await c.timer.measure(c.k, c.batch);
				c.k += c.batch;
				c.samples.push(cpu);
				c.wall.push(wall);
			} catch (e) {
				c.error = String(e?.stack ?? e);
			}
		}
	}
	return Object.fromEntries(state.map((c) => [c.name, { samples: c.samples, wall: c.wall, batch: c.batch, ...(c.error ? { error: c.error } : {}) }]));
}
