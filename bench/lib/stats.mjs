// Statistics and the interleaved runner. Every figure is a set of samples; the report shows the median and the
// min–max, and a ratio is the median of per-round ratios (A and B timed in the same round, side by side).

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

/**
 * Runs the cases interleaved: round 1 times A, B, C; round 2 times A, B, C again; and so on. A case that takes less
 * than `minSampleMs` is repeated within its sample (the sample is the mean of the batch, at most `maxBatch` calls), so
 * timer resolution and call overhead do not dominate small inputs. There is no forced garbage collection between
 * samples: V8 flushes the compiled code of functions and regular expressions that sat through a few collections, so
 * forcing one before every sample would make each tool recompile itself on every round.
 *
 * cases: [{ name, run: (k) => value | Promise<value>, rounds? }], where k counts that case's calls from 0 (warm-up
 * included), so a case can take a fresh input on every call, and `rounds` lets a slow case sit out after that many. Returns { [name]: { samples (ms per call), batch, error? } }.
 * Warm-up: calls until `warmupMs` is spent (at least one). A case that throws keeps its error and sits out.
 * `budgetMs` stops adding rounds (after `minRounds`) once that much time is spent. `prepare(from, to)` runs untimed
 * before calls `from`…`to - 1` of a case (to build their inputs).
 */
export async function interleave(cases, { rounds = 10, minRounds = 3, minSampleMs = 20, maxBatch = 1000, budgetMs = Infinity, warmupMs = 0, prepare = () => {} } = {}) {
	const state = cases.map((c) => ({ ...c, samples: [], wall: [], batch: 1, async: false, k: 0 }));
	const started = performance.now();
	for (const c of state) {
		try {
			const t = performance.now();
			let dt = 0;
			do {
				prepare(c.k, c.k + 1);
				const t0 = performance.now();
				const v = c.run(c.k++);
				if (v && typeof v.then === 'function') {
					c.async = true;
					await v;
				}
				dt = performance.now() - t0;
			} while (performance.now() - t < warmupMs);
			c.batch = Math.max(1, Math.min(maxBatch, Math.ceil(minSampleMs / Math.max(dt, 0.001))));
		} catch (e) {
			c.error = String(e?.stack ?? e);
		}
	}
	for (let round = 0; round < rounds; round++) {
		if (round >= minRounds && performance.now() - started > budgetMs) break;
		for (const c of state) {
			if (c.error || c.samples.length >= (c.rounds ?? Infinity)) continue;
			try {
				const from = c.k;
				c.k += c.batch;
				prepare(from, c.k);
				const cpu0 = process.cpuUsage();
				const t0 = performance.now();
				if (c.async) for (let k = from; k < c.k; k++) await c.run(k);
				else for (let k = from; k < c.k; k++) c.run(k);
				const wall = performance.now() - t0;
				const cpu = process.cpuUsage(cpu0);
				c.samples.push((cpu.user + cpu.system) / 1000 / c.batch);
				c.wall.push(wall / c.batch);
			} catch (e) {
				c.error = String(e?.stack ?? e);
			}
		}
	}
	return Object.fromEntries(state.map((c) => [c.name, { samples: c.samples, wall: c.wall, batch: c.batch, ...(c.error ? { error: c.error } : {}) }]));
}
