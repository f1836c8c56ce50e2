// CPU profiles for the figures that miss their target: a child `node --cpu-prof` runs one workload, and the profile
// is reduced to the functions with the most self time (where the time goes, not who called it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Runs `node --cpu-prof <args>` and returns the top self-time functions:
 * [{ fn, where, selfMs, pct }], plus the total sampled time.
 */
export function profile(args, { dir, name, cwd, top = 12 }) {
	const out = join(dir, name);
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const r = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${out}`, '--cpu-prof-interval=250', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
	// One profile per thread (a parallel CLI run has worker threads): their samples are added up.
	const files = readdirSync(out).filter((f) => f.endsWith('.cpuprofile'));
	if (files.length === 0) return { error: `no profile written (exit ${r.status}): ${String(r.stderr).slice(0, 300)}` };
	return { threads: files.length, ...summarise(files.map((f) => JSON.parse(readFileSync(join(out, f), 'utf8'))), top) };
}

/** For an unminified esbuild bundle: a function from a 1-based line to the source module it came from. */
function moduleOfLine(url) {
	let lines;
	try {
		lines = readFileSync(url.startsWith('file://') ? new URL(url) : url, 'utf8').split('\n');
	} catch {
		return () => undefined;
	}
	const starts = [];
	lines.forEach((l, i) => {
		const m = /^\/\/ ((?:server|client|node_modules)\/\S+)$/.exec(l);
		if (m) starts.push([i + 1, m[1].replace(/^node_modules\//, '')]);
	});
	return (line) => {
		let found;
		for (const [start, mod] of starts) {
			if (start > line) break;
			found = mod;
		}
		return found;
	};
}

/** Summarises one profile, or several (one per thread) as one. */
export function summarise(profiles, top = 12) {
	const modules = new Map();
	const locate = (url, line) => {
		// Scripts compiled through the CLI's code cache (vm.Script) are named by path, not by file:// URL.
		if (!(url.startsWith('file://') || url.startsWith('/')) || !/\.c?js$/.test(url)) return undefined;
		if (!modules.has(url)) modules.set(url, moduleOfLine(url));
		return modules.get(url)(line);
	};
	const groups = new Map();
	let total = 0;
	for (const prof of Array.isArray(profiles) ? profiles : [profiles]) {
		const byId = new Map(prof.nodes.map((n) => [n.id, n]));
		const self = new Map();
		// timeDeltas[i] is the time between sample i-1 and sample i; it is charged to sample i's function.
		for (let i = 0; i < prof.samples.length; i++) {
			const id = prof.samples[i];
			self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
		}
		for (const [id, us] of self) {
			const n = byId.get(id);
			const f = n.callFrame;
			if (f.functionName === '(idle)') continue;
			total += us;
			const where = f.url ? (locate(f.url, f.lineNumber + 1) ?? `${basename(f.url)}:${f.lineNumber + 1}`) : '';
			const key = `${f.functionName || '(anonymous)'}\0${where}`;
			groups.set(key, (groups.get(key) ?? 0) + us);
		}
	}
	const rows = [...groups].map(([key, us]) => {
		const [fn, where] = key.split('\0');
		return { fn: fn.length > 80 ? `${fn.slice(0, 77)}...` : fn, where, selfMs: us / 1000, pct: (100 * us) / total };
	});
	rows.sort((a, b) => b.selfMs - a.selfMs);
	// The same time by source file (one line per module; the Markdown parser's packages as one).
	const files = new Map();
	for (const r of rows) {
		const file = /^micromark/.test(r.where) ? 'micromark (Markdown parser, all packages)' : r.where.replace(/:\d+$/, '') || (r.fn.startsWith('RegExp:') ? '(regular expressions, native)' : r.fn);
		files.set(file, (files.get(file) ?? 0) + r.selfMs);
	}
	const byFile = [...files].map(([file, selfMs]) => ({ file, selfMs, pct: (100 * selfMs) / (total / 1000) })).sort((a, b) => b.selfMs - a.selfMs);
	return { totalMs: total / 1000, top: rows.slice(0, top), byFile: byFile.slice(0, top) };
}
