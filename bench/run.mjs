// Tactful performance benchmarks: `npm run bench` from the root, or `node bench/run.mjs`. Either installs the pinned
// peers into bench/node_modules first (`npm ci` in bench/, only when the lockfile changed).
//
//   node bench/run.mjs            full run (6–15 minutes on 2 cores, with the load): writes bench/results/latest.json and
//                                 regenerates docs/performance.md
//   node bench/run.mjs --quick    fewer rounds, slow peers only up to 20k words (under 3 minutes): writes
//                                 bench/results/raw/quick.json and prints the table; the committed results stay
//   --only=engine,relint,server,memory,cli,profile   run some sections; they replace theirs in the results file
//   --out=FILE                    write the results somewhere else
//
// Everything is timed interleaved (A B C A B C …) in one process or one loop, so a noisy neighbour slows every tool
// of a round alike; figures are medians with min–max, and ratios are medians of per-round ratios. No figure here is
// a test: nothing fails on a slow machine.
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getHeapSpaceStatistics } from 'node:v8';
import { buildAll } from './lib/build.mjs';
import { interleave, localTimer, logLogSlope, quantile, summary, cpuMs } from './lib/stats.mjs';
import { startPeer } from './lib/workers.mjs';
import * as peers from './lib/peers.mjs';
import { countWords, GENERATOR_VERSION, letter, SEED, SIZES, writeWorkloads } from './generate.mjs';
import { lineEndPoint, typingEdits } from './lib/edits.mjs';
import { positionAt, startServer } from './lib/lsp.mjs';
import { compareWriters } from './lib/writer.mjs';
import { processCase, runOnce } from './lib/cli.mjs';
import { profile } from './lib/profile.mjs';
import { render } from './report.mjs';

const HERE = new URL('.', import.meta.url).pathname;
const ROOT = join(HERE, '..');
const args = process.argv.slice(2);
// `npm run bench --quick` (without `--`) reaches us as npm_config_quick rather than as an argument.
const quick = args.includes('--quick') || process.env.npm_config_quick === 'true';
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const outFile = args.find((a) => a.startsWith('--out='))?.slice(6) ?? join(HERE, quick ? 'results/raw/quick.json' : 'results/latest.json');
const wants = (section) => !only || only.includes(section);
/** How long the memory figure waits after the last lint for the server's idle collections (5 at 3 s intervals). */
const SETTLE_MS = 17_000;
const log = (...m) => process.stderr.write(`${m.join(' ')} (${elapsed()}, load ${loadavg()[0].toFixed(1)})\n`);
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0)}s`;

ensurePeers();

const work = join(HERE, '.work');
/** The sized letters say `tactful: letter` in front matter, so every rule runs at every size (see generate.mjs). */
const FORCED = { forced: true };
const build = await buildAll(join(work, 'build'));
if (!build.engine) throw new Error('server/src/engine/index.ts is missing: nothing to measure');
const workloads = writeWorkloads(join(tmpdir(), 'tactful-bench'));
log(`built ${Object.keys(build).join(', ')}; workloads in ${workloads.dir}`);

const results = {
	meta: {
		date: new Date().toISOString(),
		mode: quick ? 'quick' : 'full',
		commit: git(['rev-parse', '--short', 'HEAD']),
		dirty: git(['status', '--porcelain', '--', 'server/src']) !== '',
		node: process.version,
		cpu: cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		memoryGB: Math.round(totalmem() / 2 ** 30),
		seed: SEED,
		generator: GENERATOR_VERSION,
		peers: peerVersions(),
		loadBefore: loadavg(),
		freshMemory: freshMemoryCost(),
	},
};

/**
 * What touching memory costs here, per 4 KB page: the first write to memory just mapped (the kernel finds and zeroes
 * a page: on a virtual machine, the host may have to as well) and a second write to the same page. Every megabyte a
 * process touches for the first time, or again after giving it back, costs 256 first writes; this is why, on hosts
 * where they are slow, the server's young generation growing (or coming back after idle time) shows in its figures.
 */
function freshMemoryCost() {
	const page = 4096;
	const size = 64 * 2 ** 20;
	const firsts = [];
	const seconds = [];
	for (let round = 0; round < 3; round++) {
		// An ArrayBuffer this large is mapped when it is made and its pages are touched only when written.
		const bytes = new Uint8Array(new ArrayBuffer(size));
		for (const out of [firsts, seconds]) {
			const t0 = process.hrtime.bigint();
			for (let i = 0; i < size; i += page) bytes[i] = round + 1;
			out.push(Number(process.hrtime.bigint() - t0) / 1000 / (size / page));
		}
	}
	return { firstTouchUs: quantile(firsts, 0.5), secondTouchUs: quantile(seconds, 0.5) };
}

const tactful = peers.tactful(build.engine);
const floor = peers.floor(peers.tactfulPhrases(build.phrases));
results.meta.floorPhrases = floor.phrases;
results.meta.floorPhrasesExact = floor.exact;

// A section that fails is recorded and the run goes on with the next one.
const sections = [
	['engine', engineSuite, true],
	['relint', relintSuite, true],
	['server', serverSuite, !!build.server],
	['memory', memorySuite, !!build.server],
	['cli', cliSuite, !!build.cli],
	['profile', profileSuite, !quick],
];
for (const [name, run, possible] of sections) {
	if (!wants(name) || !possible) continue;
	try {
		await run();
	} catch (e) {
		(results.errors ??= {})[name] = String(e?.stack ?? e);
		log(`${name} failed: ${e?.message ?? e}`);
	}
}
results.meta.seconds = Math.round((performance.now() - started) / 1000);
results.meta.loadAfter = loadavg();

// With --only, the sections run replace theirs in the results file and the others stay; meta.partial says so.
let written = results;
if (only && existsSync(outFile)) {
	const previous = JSON.parse(readFileSync(outFile, 'utf8'));
	if (previous.meta?.mode === results.meta.mode) {
		const { meta, ...sections } = results;
		written = { ...previous, ...sections, meta: { ...previous.meta, partial: [...(previous.meta.partial ?? []), { sections: Object.keys(sections), date: meta.date, commit: meta.commit, dirty: meta.dirty }] } };
	}
}
mkdirSync(join(outFile, '..'), { recursive: true });
writeFileSync(outFile, JSON.stringify(written, null, '\t') + '\n');
log(`results in ${relative(process.cwd(), outFile)}`);
const markdown = render(written);
if (!quick && !args.some((a) => a.startsWith('--out='))) {
	writeFileSync(join(ROOT, 'docs/performance.md'), markdown);
	log('docs/performance.md regenerated');
} else {
	process.stdout.write(markdown);
}
process.exit(0);

// ─── engine: full lint at every size, against every peer ───────────────────────────────────────────────────────────

async function engineSuite() {
	// Each linter runs in its own child process, so that one tool's garbage and code flushing never land in another's
	// timings; the rounds still alternate between them (see bench/lib/peer-worker.mjs).
	const names = ['tactful', 'write-good', 'alex', 'textlint', 'harper', 'floor'];
	const workers = [];
	try {
		for (const name of names) {
			try {
				workers.push(await startPeer(name, { engine: build.engine, phrases: build.phrases }));
			} catch (e) {
				// A peer that cannot start (say, a WebAssembly binary that does not load) is reported and left out.
				if (name === 'tactful' || name === 'floor') throw e;
				(results.peerErrors ??= {})[name] = String(e?.message ?? e);
				log(`${name} could not start: ${e?.message ?? e}`);
			}
		}
		// Warm each tool up on 2k-word letters of both formats, so the first size measured does not pay for compiling it.
		for (const w of workers) await w.warmup(quick ? 300 : 1_000);
		await engineSizes(workers);
	} finally {
		await Promise.all(workers.map((w) => w.stop()));
	}
}

async function engineSizes(workers) {
	results.engine = [];
	// A peer whose one run at this size is predicted (from the size before) to take longer than this is left out.
	const maxRunMs = quick ? 4_000 : 45_000;
	// One predicted to take longer than this runs once (one sample) instead of every round.
	const slowRunMs = quick ? 1_500 : 8_000;
	const plan = [
		...SIZES.map((words) => ({ format: 'markdown', words })),
		...(quick ? [2_000] : [200, 2_000, 20_000]).map((words) => ({ format: 'plaintext', words })),
	];
	const lastMedian = {};
	for (const { format, words } of plan) {
		// The small sizes get more rounds: a round there takes a fraction of a second, and their medians moved most from
		// run to run on a busy host (Tactful at 200 words: 0.36–1.4 ms within one run of 15 rounds).
		const rounds = words <= 2_000 ? (quick ? 5 : 31) : words <= 20_000 ? (quick ? 3 : 10) : words <= 200_000 ? (quick ? 2 : 4) : quick ? 2 : 3;
		const skipped = {};
		const cases = [];
		for (const w of workers) {
			const prev = lastMedian[`${format}:${w.name}`];
			const predicted = prev ? prev.ms * (words / prev.words) : 0;
			// Tactful and the floor are what the figures are about: they always run, every round.
			const essential = w.name === 'tactful' || w.name === 'floor';
			if (!essential && predicted > maxRunMs) {
				skipped[w.name] = `one run predicted at ${(predicted / 1000).toFixed(0)} s (from ${prev.words.toLocaleString('en')} words), over the ${maxRunMs / 1000} s cap for a run`;
				continue;
			}
			// Every call lints a letter not seen before (same size, another seed): harper.js caches results per chunk of
			// text, so linting the same text twice would measure its cache. Tactful keeps sentence readings by text, which
			// letters from one generator share: its peer clears them before each call (peers.mjs). The others keep no state.
			await w.workload(words, format);
			cases.push({ name: w.name, timer: w.timer, worker: w, rounds: !essential && predicted > slowRunMs ? 1 : rounds });
		}
		const res = await interleave(cases, { rounds, minSampleMs: words <= 2_000 ? 20 : 0, warmupMs: words <= 2_000 ? (quick ? 150 : 300) : 0 });
		const findings = {};
		for (const c of cases) if (!res[c.name].error) findings[c.name] = await c.worker.findings(0);
		const sample = letter(words, format, SEED + 1, FORCED);
		const kind = await workers.find((w) => w.name === 'tactful').kind(0);
		results.engine.push({ format, words, actualWords: countWords(sample), chars: sample.length, kind, rounds, findings, skipped, tools: res });
		for (const [name, r] of Object.entries(res)) if (r.samples.length) lastMedian[`${format}:${name}`] = { ms: summary(r.samples).median, words };
		log(`engine ${format} ${words}: ${Object.entries(res).map(([n, r]) => `${n} ${r.samples.length ? summary(r.samples).median.toFixed(2) : r.error ? 'error' : '-'}`).join(', ')}`);
	}
	const md = results.engine.filter((e) => e.format === 'markdown');
	results.growth = {
		words: md.map((e) => e.actualWords),
		ms: md.map((e) => summary(e.tools.tactful.samples).median),
		slope: logLogSlope(md.map((e) => e.actualWords), md.map((e) => summary(e.tools.tactful.samples).median)),
		slopeFrom2k: logLogSlope(md.slice(1).map((e) => e.actualWords), md.slice(1).map((e) => summary(e.tools.tactful.samples).median)),
	};
}

// ─── re-lint after a one-character edit, 20k words ─────────────────────────────────────────────────────────────────

async function relintSuite() {
	const format = 'markdown';
	const base = letter(20_000, format, SEED, FORCED);
	const edits = typingEdits(base, 400);
	const config = tactful.engine.defaultConfig();
	const cache = new tactful.engine.LintCache();
	tactful.engine.lint(base, { languageId: format, config, cache });
	const at = (k) => edits[k % edits.length].text;
	const res = await interleave([
		// Consecutive calls see consecutive edits, so the cache always holds the previous version, as in an editor.
		{ name: 'incremental', timer: localTimer((k) => tactful.engine.lint(at(k), { languageId: format, config, cache })) },
		{ name: 'full', timer: localTimer((k) => tactful.engine.lint(at(k), { languageId: format, config })) },
		{ name: 'floor', timer: localTimer((k) => floor.lint(at(k))) },
	], { rounds: quick ? 10 : 30, minSampleMs: 10, maxBatch: 10, warmupMs: 200 });
	// The cache must not change the answer: compare both on a few edits.
	let same = true;
	const check = new tactful.engine.LintCache();
	for (const k of [0, 1, 2, 150, 151]) {
		const a = tactful.engine.lint(edits[k].text, { languageId: format, config, cache: check });
		const b = tactful.engine.lint(edits[k].text, { languageId: format, config });
		if (JSON.stringify(a.findings) !== JSON.stringify(b.findings)) same = false;
	}
	// What a keystroke allocates: the young generation's growth across one incremental lint (median over 200 edits; one
	// that a collection interrupts is left out). Less means fewer collections, and fewer fresh pages touched while the
	// young generation grows.
	const young = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')?.space_used_size ?? NaN;
	const allocated = [];
	const typing = new tactful.engine.LintCache();
	tactful.engine.lint(base, { languageId: format, config, cache: typing });
	for (let k = 0; k < 200; k++) {
		const before = young();
		tactful.engine.lint(edits[k].text, { languageId: format, config, cache: typing });
		const grew = young() - before;
		if (grew >= 0) allocated.push(grew / 1024);
	}
	results.relint = { format, words: countWords(base), chars: base.length, editAt: edits[0].at, sameFindings: same, allocatedKB: quantile(allocated, 0.5), tools: res };
	log(`relint: ${Object.entries(res).map(([n, r]) => `${n} ${r.samples.length ? summary(r.samples).median.toFixed(2) : 'error'}`).join(', ')}; ${results.relint.allocatedKB.toFixed(0)} KB allocated per keystroke`);
}

// ─── server: didChange → diagnostics, 20k words, 100 edits ─────────────────────────────────────────────────────────

async function serverSuite() {
	const text = letter(20_000, 'markdown', SEED, FORCED);
	const warm = 10;
	const edits = typingEdits(text, warm + 100);
	const rootUri = pathToFileURL(workloads.dir).href;
	results.server = { words: countWords(text), edits: 100, warmup: warm, modes: {} };
	const expected = tactful.engine.lint(edits[edits.length - 1].text, { languageId: 'markdown' }).findings.length;
	let lastReport;
	// One session: a fresh server, the letter opened, `warm` edits, then the timed ones.
	const session = async (pull, typed = edits, transport = 'stdio') => {
		const s = await startServer(build.server, { pull, rootUri, settings: { debounce: 0 }, transport });
		const ms = [];
		const cpu = [];
		const faults = [];
		let last = 0;
		let unchanged = 0;
		let rss;
		let exit;
		try {
			const uri = `${rootUri}/server-20k.md`;
			const first = pull ? null : s.published(uri, 1);
			s.open(uri, 'markdown', text);
			// Pulls name the last report, as VS Code's do; an answer of "unchanged" keeps the last count.
			let resultId;
			if (pull) {
				const opened = await s.diagnostics(uri);
				resultId = opened.resultId;
				last = opened.items?.length ?? -1;
			} else await first;
			let prev = text;
			for (let i = 0; i < typed.length; i++) {
				const { at, ch } = typed[i];
				const pos = positionAt(prev, at);
				prev = typed[i].text;
				const waiting = pull ? null : s.published(uri, i + 2);
				const c0 = s.mainThreadMs();
				const f0 = s.minorFaults();
				const t0 = performance.now();
				s.change(uri, [{ range: { start: pos, end: pos }, text: ch }]);
				const report = pull ? await s.diagnostics(uri, resultId) : await waiting;
				const dt = performance.now() - t0;
				if (i >= warm) {
					ms.push(dt);
					cpu.push(s.mainThreadMs() - c0);
					faults.push(s.minorFaults() - f0);
				}
				if (pull) resultId = report.resultId;
				if (pull && report.kind === 'full') lastReport = report;
				if (pull && report.kind === 'unchanged') {
					if (i >= warm) unchanged++;
				} else {
					last = (pull ? report.items : report.diagnostics)?.length ?? -1;
				}
			}
			rss = s.rss();
		} finally {
			exit = await s.stop();
		}
		const work = cpu.every(Number.isFinite) ? { cpu, p50: quantile(cpu, 0.5), p95: quantile(cpu, 0.95), max: Math.max(...cpu), ...(faults.every(Number.isFinite) ? { faults } : {}) } : undefined;
		return { ms, p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), max: Math.max(...ms), work, diagnostics: last, unchanged, engineFindings: expected, rssMB: rss.rssMB, exit };
	};
	// A session's p95 is its fifth-slowest edit: on this host it moves by a few milliseconds from one minute to the next
	// (bench/analysis.md), so each mode runs several sessions, one after the other, and the figures are their medians.
	const sessions = quick ? 1 : 3;
	// pull and push over stdio, as the VS Code extension (since session 13), Neovim, Emacs and most clients run the
	// server; pull over Node's IPC channel, as many VS Code extensions run theirs (and Tactful's did before).
	const modes = quick ? [['pull', true, 'stdio']] : [['pull', true, 'stdio'], ['push', false, 'stdio'], ['ipc', true, 'ipc']];
	for (const [mode, pull, transport] of modes) {
		const runs = [];
		for (let k = 0; k < sessions; k++) runs.push(await session(pull, edits, transport));
		const median = (f) => quantile(runs.map(f), 0.5);
		const hasWork = runs.every((r) => r.work);
		// The session whose server-work p95 is the median one (or round-trip p95, without that measure) gives the details.
		const key = hasWork ? (r) => r.work.p95 : (r) => r.p95;
		const typical = [...runs].sort((a, b) => key(a) - key(b))[runs.length >> 1];
		const work = hasWork ? { ...typical.work, p50: median((r) => r.work.p50), p95: median((r) => r.work.p95), max: median((r) => r.work.max) } : undefined;
		results.server.modes[mode] = {
			...typical,
			p50: median((r) => r.p50),
			p95: median((r) => r.p95),
			max: median((r) => r.max),
			work,
			sessions: runs.map((r) => ({ p50: r.p50, p95: r.p95, max: r.max, work: r.work && { p50: r.work.p50, p95: r.work.p95, max: r.work.max }, unchanged: r.unchanged, exit: r.exit })),
		};
		const m = results.server.modes[mode];
		const range = (f) => `${Math.min(...runs.map(f)).toFixed(1)}–${Math.max(...runs.map(f)).toFixed(1)}`;
		log(`server ${mode}: ${sessions} sessions, median p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms (${range((r) => r.p95)})${work ? `; main-thread CPU p50 ${work.p50.toFixed(1)} ms, p95 ${work.p95.toFixed(1)} ms (${range((r) => r.work.p95)})` : ''}, ${m.diagnostics} diagnostics`);
	}
	// Starting: what a writer waits for when the editor starts the server on opening a letter. Fresh servers, in turn
	// over stdio, over IPC, and over stdio without the code cache (a first start ever, or TACTFUL_NO_CODE_CACHE=1):
	// spawn → initialize answered, and → the first diagnostics of a 2k-word letter (no target).
	{
		const short = letter(2_000, 'markdown', SEED + 7, FORCED);
		const variants = { stdio: ['stdio', {}], ipc: ['ipc', {}], 'stdio, no code cache': ['stdio', { TACTFUL_NO_CODE_CACHE: '1' }] };
		const starts = Object.fromEntries(Object.keys(variants).map((v) => [v, []]));
		// The first start (not timed) stays up long enough to write the code cache, as the server does after its first lint.
		for (let k = -1; k < (quick ? 2 : 8); k++) {
			for (const [name, [transport, env]] of Object.entries(variants)) {
				const t0 = performance.now();
				const s = await startServer(build.server, { pull: true, rootUri, settings: { debounce: 0 }, transport, env });
				const initialized = performance.now() - t0;
				const uri = `${rootUri}/start-2k.md`;
				s.open(uri, 'markdown', short);
				const report = await s.diagnostics(uri);
				const diagnosed = performance.now() - t0;
				if (k < 0 && name === 'stdio') await new Promise((r) => setTimeout(r, 3_000));
				const exit = await s.stop();
				if (k >= 0) starts[name].push({ initialized, diagnosed, diagnostics: report.items?.length ?? -1, exit });
			}
		}
		results.server.start = { words: countWords(short), variants: starts };
		log(`server start: ${Object.entries(starts).map(([t, r]) => `${t} initialize ${quantile(r.map((x) => x.initialized), 0.5).toFixed(0)} ms, first diagnostics ${quantile(r.map((x) => x.diagnosed), 0.5).toFixed(0)} ms`).join('; ')}`);
	}
	// Writing the answer: the server's own stdio writer against vscode-jsonrpc's, on the last report of the pull run.
	if (build.writer && lastReport) {
		results.server.writer = await compareWriters(build.writer, { jsonrpc: '2.0', id: 1, result: lastReport });
		const w = results.server.writer;
		log(`server writer: ${(w.bytes / 1024).toFixed(0)} KB answer, vscode-jsonrpc ${w.library.ms.toFixed(2)} ms (${w.library.faults} faults), Tactful ${w.tactful.ms.toFixed(2)} ms (${w.tactful.faults} faults)`);
	}
	// The same typing at the end of that line, after every diagnostic on it: what a writer adding to a paragraph does.
	// The pulled answers can then be "unchanged" (one session, for the page; no target).
	if (!quick) {
		const r = await session(true, typingEdits(text, warm + 100, lineEndPoint(text)));
		results.server.lineEnd = { p50: r.p50, p95: r.p95, max: r.max, work: r.work && { p50: r.work.p50, p95: r.work.p95, max: r.work.max }, unchanged: r.unchanged, diagnostics: r.diagnostics, exit: r.exit };
		log(`server pull, typing at the end of the line: ${r.unchanged} of 100 answers unchanged, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms${r.work ? `; main-thread CPU p50 ${r.work.p50.toFixed(1)} ms, p95 ${r.work.p95.toFixed(1)} ms` : ''}`);
	}
	// What the engine alone takes on the same edits, in this process: the part of the server's time that is linting.
	const config = tactful.engine.defaultConfig();
	const cache = new tactful.engine.LintCache();
	tactful.engine.lint(text, { languageId: 'markdown', config, cache });
	const cpu = (fn) => {
		const c0 = cpuMs();
		fn();
		return cpuMs() - c0;
	};
	const full = [];
	const incremental = [];
	for (const e of edits) {
		incremental.push(cpu(() => tactful.engine.lint(e.text, { languageId: 'markdown', config, cache })));
		full.push(cpu(() => tactful.engine.lint(e.text, { languageId: 'markdown', config })));
	}
	results.server.engineFullLint = { p50: quantile(full.slice(warm), 0.5), p95: quantile(full.slice(warm), 0.95) };
	results.server.engineIncremental = { p50: quantile(incremental.slice(warm), 0.5), p95: quantile(incremental.slice(warm), 0.95) };
}

// ─── server memory: 100 open 2k-word letters ───────────────────────────────────────────────────────────────────────


async function memorySuite() {
	const rootUri = pathToFileURL(workloads.dir).href;
	results.memory = { documents: 100, words: 2_000, variants: {} };
	// As shipped, then with a smaller young generation (V8 keeps up to 16 MB per semi-space by default).
	for (const nodeArgs of [[], ['--max-semi-space-size=1'], ['--optimize-for-size']]) {
		const s = await startServer(build.server, { pull: true, rootUri, settings: { debounce: 0 }, nodeArgs });
		let idle;
		let loaded;
		let settled;
		let exit;
		let diagnostics = 0;
		try {
			idle = s.rss();
			for (let i = 0; i < 100; i++) {
				const format = i % 4 === 3 ? 'plaintext' : 'markdown';
				const uri = `${rootUri}/open-${i}.${format === 'markdown' ? 'md' : 'txt'}`;
				s.open(uri, format, letter(2_000, format, SEED + 500 + i, FORCED));
				diagnostics += (await s.diagnostics(uri)).items.length;
			}
			loaded = s.rss();
			// As shipped, the server runs a few full collections once it has been idle a few seconds (server/src/idleGc.ts):
			// what it holds while 100 letters stay open, after the burst of linting them.
			if (nodeArgs.length === 0) {
				await new Promise((r) => setTimeout(r, SETTLE_MS));
				settled = s.rss();
			}
		} finally {
			exit = await s.stop();
		}
		const entry = { idleMB: idle.rssMB, rssMB: loaded.rssMB, peakMB: loaded.hwmMB, diagnostics, exit, ...(settled ? { settledMB: settled.rssMB, settleSeconds: SETTLE_MS / 1000 } : {}) };
		if (nodeArgs.length === 0) Object.assign(results.memory, entry);
		else results.memory.variants[nodeArgs.join(' ')] = entry;
		log(`memory${nodeArgs.length ? ` (${nodeArgs.join(' ')})` : ''}: idle ${idle.rssMB.toFixed(0)} MB, 100 letters ${loaded.rssMB.toFixed(0)} MB (peak ${loaded.hwmMB.toFixed(0)} MB)${settled ? `, ${settled.rssMB.toFixed(0)} MB once idle` : ''}`);
	}
}

// ─── CLI: cold start on one letter, and 2,000 letters ──────────────────────────────────────────────────────────────

function cliSuite() {
	const writeGood = join(HERE, 'node_modules/write-good/bin/write-good.js');
	const cwd = workloads.dir;
	const one = relative(cwd, workloads.letter2k);
	const files = workloads.files.map((f) => relative(cwd, f));
	const cold = runSync([
		processCase('tactful', [build.cli, 'check', one], { cwd }),
		processCase('write-good', [writeGood, one], { cwd, ok: anyStatus }),
		processCase('node', ['-e', ''], { cwd }),
		processCase('tactful --version', [build.cli, '--version'], { cwd }),
		processCase('tactful tiny', [build.cli, 'check', relative(cwd, workloads.tiny)], { cwd }),
	], quick ? 8 : 20);
	log(`cli cold: ${Object.entries(cold).map(([n, r]) => `${n} ${summary(r.samples).median.toFixed(0)}`).join(', ')}`);
	// `--cache`: its first (untimed) run fills the cache, so every timed run is a repeat run over unchanged files.
	const cacheFile = join(work, 'tactfulcache.json');
	rmSync(cacheFile, { force: true });
	const many = runSync([
		processCase('tactful', [build.cli, 'check', ...files], { cwd }),
		processCase('write-good', [writeGood, ...files], { cwd, ok: anyStatus }),
		processCase('tactful --cache', [build.cli, 'check', '--cache', '--cache-location', cacheFile, ...files], { cwd }),
	], quick ? 2 : 5);
	log(`cli 2000: ${Object.entries(many).map(([n, r]) => `${n} ${summary(r.samples).median.toFixed(0)}`).join(', ')}`);
	results.cli = { letterWords: 2_000, cold, files: files.length, corpusWords: workloads.words, many };
}

function anyStatus() {
	return true;
}

/**
 * Interleaved whole-process runs. A first untimed run of each command warms the file cache and is kept as the
 * sanity check (exit status, last line of output, output size). A failing command sits out.
 */
function runSync(cases, rounds) {
	const out = Object.fromEntries(cases.map((c) => [c.name, { samples: [] }]));
	for (let r = -1; r < rounds; r++) {
		for (const c of cases) {
			if (out[c.name].error) continue;
			try {
				if (r < 0) {
					const once = runOnce(c.args, { cwd: c.cwd });
					out[c.name].sanity = { status: once.status, signal: once.signal, lines: once.stdout.split('\n').length - 1, last: once.stdout.trim().split('\n').pop() ?? '', stderr: once.stderr.slice(0, 300) };
					continue;
				}
				const t0 = performance.now();
				c.run();
				out[c.name].samples.push(performance.now() - t0);
			} catch (e) {
				out[c.name].error = String(e.message ?? e);
			}
		}
	}
	return out;
}

// ─── profiles: where the time goes ─────────────────────────────────────────────────────────────────────────────────

function profileSuite() {
	const dir = join(work, 'profiles');
	const target = join(HERE, 'lib/profile-target.mjs');
	results.profiles = {
		full200k: { what: '5 full lints of a 200k-word Markdown letter', ...profile([target, build.engine, 'full', '200000', 'markdown', '5'], { dir, name: 'full200k' }) },
		full2k: { what: '300 full lints of a 2k-word Markdown letter', ...profile([target, build.engine, 'full', '2000', 'markdown', '300'], { dir, name: 'full2k' }) },
		relint: { what: '300 one-character edits of a 20k-word Markdown letter, with LintCache', ...profile([target, build.engine, 'relint', '20000', 'markdown', '300'], { dir, name: 'relint' }) },
	};
	if (build.cliNamed) {
		results.profiles.cliCold = { what: '`tactful check` on one 2k-word letter, whole process (unminified bundle)', ...profile([build.cliNamed, 'check', relative(workloads.dir, workloads.letter2k)], { dir, name: 'cli', cwd: workloads.dir }) };
		results.profiles.cliMany = { what: `\`tactful check\` on the ${workloads.files.length.toLocaleString('en')} letters, whole process (unminified bundle)`, ...profile([build.cliNamed, 'check', ...workloads.files.map((f) => relative(workloads.dir, f))], { dir, name: 'cli-many', cwd: workloads.dir }) };
	}
	log(`profiles written to ${relative(process.cwd(), dir)}`);
}

/** `npm ci` in bench/ when its node_modules is missing or was installed from another lockfile. */
function ensurePeers() {
	const lock = readFileSync(join(HERE, 'package-lock.json'), 'utf8');
	const stamp = join(HERE, 'node_modules/.tactful-bench-lock');
	if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) return;
	log('installing the peers (npm ci in bench/)');
	execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: HERE, stdio: ['ignore', 'inherit', 'inherit'] });
	writeFileSync(stamp, lock);
}

function git(a) {
	try {
		return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8' }).trim();
	} catch {
		return 'unknown';
	}
}

function peerVersions() {
	const out = {};
	for (const name of ['write-good', 'alex', 'textlint', 'textlint-rule-write-good', 'harper.js', '@textlint/kernel']) {
		try {
			out[name] = JSON.parse(readFileSync(join(HERE, 'node_modules', name, 'package.json'), 'utf8')).version;
		} catch {
			out[name] = 'missing';
		}
	}
	return out;
}
