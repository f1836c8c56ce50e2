// Renders docs/performance.md from the raw results: `node bench/report.mjs [results.json] [--stdout]`.
// Targets and verdicts live here (not in the results), so the page can be regenerated without re-running anything.
// The hand-written analysis comes from bench/analysis.md, placed under the generated tables.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pairedRatio, quantile, summary } from './lib/stats.mjs';

const HERE = new URL('.', import.meta.url).pathname;

const ms = (v) => (!Number.isFinite(v) ? '–' : v >= 1000 ? `${(v / 1000).toFixed(v >= 10_000 ? 1 : 2)} s` : v >= 10 ? `${v.toFixed(0)} ms` : v >= 1 ? `${v.toFixed(1)} ms` : v >= 0.01 ? `${v.toFixed(2)} ms` : `${(v * 1000).toFixed(1)} µs`);
const x = (v) => (!Number.isFinite(v) ? '–' : v >= 100 ? `${v.toFixed(0)}×` : v >= 10 ? `${v.toFixed(1)}×` : `${v.toFixed(2)}×`);
const words = (n) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));
const cell = (r) => {
	if (!r) return 'not run';
	if (r.error) return 'failed';
	if (!r.samples.length) return '–';
	const s = summary(r.samples);
	return s.n > 1 ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : `${ms(s.median)} (1 run)`;
};

/** 'met', the miss described by `miss()`, or 'not measured' when the value is missing (a tool failed or was skipped). */
const judge = (value, pass, miss) => (!Number.isFinite(value) ? 'not measured' : pass ? 'met' : miss());

/** Each figure: what was measured, the target, and whether it holds. */
function figures(res) {
	const rows = [];
	if (res.engine) {
		const md = res.engine.filter((e) => e.format === 'markdown');
		const vsWg = md.map((e) => ({ words: e.words, r: ratio(e, 'write-good', 'tactful') })).filter((v) => Number.isFinite(v.r));
		const vsFloor = md.map((e) => ({ words: e.words, r: ratio(e, 'tactful', 'floor') })).filter((v) => Number.isFinite(v.r));
		const wgMet = vsWg.filter((v) => v.r >= 10).length;
		const floorMet = vsFloor.filter((v) => v.r <= 20).length;
		const worstWg = Math.min(...vsWg.map((v) => v.r));
		const worstFloor = Math.max(...vsFloor.map((v) => v.r));
		rows.push({
			figure: 'Engine full lint vs write-good (Markdown, 200 to 1M words)',
			target: '≥ 10× faster at every size',
			// Sizes where write-good was left out (too slow for the run) are not counted.
			measured: vsWg.map((v) => `${words(v.words)} ${x(v.r)}`).join(' · '),
			verdict: wgMet === vsWg.length ? 'met' : `**missed** at ${vsWg.length - wgMet} of ${vsWg.length} sizes (worst ${x(worstWg)}: ${x(10 / worstWg)} short of 10×)`,
		});
		rows.push({
			figure: 'Engine full lint vs the regex floor',
			target: '≤ 20× the floor at every size',
			measured: vsFloor.map((v) => `${words(v.words)} ${x(v.r)}`).join(' · '),
			verdict: floorMet === vsFloor.length ? 'met' : `**missed** at ${vsFloor.length - floorMet} of ${vsFloor.length} sizes (worst ${x(worstFloor)}: ${x(worstFloor / 20)} over 20×)`,
		});
	}
	if (res.relint) {
		const r = pairedRatio(res.relint.tools.incremental.samples, res.relint.tools.floor.samples);
		rows.push({
			figure: 'Re-lint after a one-character edit, 20k words (LintCache)',
			target: '≤ 3× the floor\'s full scan',
			measured: `${ms(summary(res.relint.tools.incremental.samples).median)} = ${x(r)} the floor (${ms(summary(res.relint.tools.floor.samples).median)})`,
			verdict: judge(r, r <= 3, () => `**missed**, ${x(r / 3)} over`),
		});
	}
	if (res.server) {
		// Medians over the sessions of a mode, when there were several (older results have one).
		const sessionsNote = (sessions, f) => {
			const v = (sessions ?? []).map(f).filter(Number.isFinite);
			return v.length > 1 ? `; medians of ${v.length} sessions, p95 ${ms(Math.min(...v))}–${ms(Math.max(...v))}` : '';
		};
		for (const [mode, m] of Object.entries(res.server.modes)) {
			rows.push({
				figure: `Server ${mode === 'pull' ? 'didChange → textDocument/diagnostic answer' : mode === 'ipc' ? 'didChange → textDocument/diagnostic answer over IPC (Node\'s channel, which Tactful\'s VS Code extension used until session 13)' : 'didChange → publishDiagnostics (debounce 0)'}, 20k words, 100 edits`,
				target: 'p95 ≤ 5 ms',
				measured: `p95 ${ms(m.p95)} (p50 ${ms(m.p50)}, max ${ms(m.max)})${sessionsNote(m.sessions, (r) => r.p95)}`,
				verdict: judge(m.p95, m.p95 <= 5, () => `**missed**, ${x(m.p95 / 5)} over`),
			});
		}
		const work = res.server.modes.pull?.work;
		if (work) {
			rows.push({
				figure: 'Server work per edit (CPU time of its main thread, didChange to the diagnostic answer), 20k words, 100 edits',
				target: 'p95 ≤ 5 ms',
				measured: `p95 ${ms(work.p95)} (p50 ${ms(work.p50)}, max ${ms(work.max)})${sessionsNote(res.server.modes.pull.sessions, (r) => r.work?.p95)}`,
				verdict: judge(work.p95, work.p95 <= 5, () => `**missed**, ${x(work.p95 / 5)} over`),
			});
		}
	}
	if (res.cli) {
		const cold = pairedRatio(res.cli.cold.tactful.samples, res.cli.cold['write-good'].samples);
		rows.push({
			figure: 'CLI cold start, one 2k-word letter (whole process)',
			target: '≤ 1.5× write-good\'s CLI',
			measured: `${ms(summary(res.cli.cold.tactful.samples).median)} vs ${ms(summary(res.cli.cold['write-good'].samples).median)}: ${x(cold)}`,
			verdict: judge(cold, cold <= 1.5, () => `**missed**, ${x(cold / 1.5)} over`),
		});
		const many = pairedRatio(res.cli.many['write-good'].samples, res.cli.many.tactful.samples);
		rows.push({
			figure: `CLI on ${res.cli.files.toLocaleString('en')} letters`,
			target: '≥ 10× faster than write-good\'s CLI',
			measured: `${ms(summary(res.cli.many.tactful.samples).median)} vs ${ms(summary(res.cli.many['write-good'].samples).median)}: ${x(many)} faster`,
			verdict: judge(many, many >= 10, () => `**missed**, ${x(10 / many)} short`),
		});
	}
	if (res.memory) {
		// Judged on what the server holds with the letters open once the burst of linting them is over, when measured.
		const mm = res.memory;
		const held = mm.settledMB ?? mm.rssMB;
		rows.push({
			figure: 'Server memory, 100 open 2k-word letters (VmRSS)',
			target: '≤ 80 MB',
			measured: mm.settledMB !== undefined
				? `${mm.settledMB.toFixed(0)} MB once idle (${mm.rssMB.toFixed(0)} MB right after linting them; after initialize ${mm.idleMB.toFixed(0)} MB, peak ${mm.peakMB.toFixed(0)} MB)`
				: `${mm.rssMB.toFixed(0)} MB (idle ${mm.idleMB.toFixed(0)} MB, peak ${mm.peakMB.toFixed(0)} MB)`,
			verdict: judge(held, held <= 80, () => `**missed** by ${(held - 80).toFixed(0)} MB`),
		});
	}
	if (res.growth) {
		rows.push({
			figure: 'Growth of engine lint time, 200 to 1M words',
			target: 'log-log slope ≤ 1.1',
			measured: `${res.growth.slope.toFixed(2)} (2k to 1M: ${res.growth.slopeFrom2k.toFixed(2)})`,
			verdict: judge(res.growth.slope, res.growth.slope <= 1.1, () => `**missed**, slope ${res.growth.slope.toFixed(2)}`),
		});
	}
	return rows;
}

function ratio(entry, a, b) {
	const ta = entry.tools[a];
	const tb = entry.tools[b];
	if (!ta?.samples.length || !tb?.samples.length) return NaN;
	return pairedRatio(ta.samples, tb.samples);
}

function engineTable(res, format) {
	const list = res.engine.filter((e) => e.format === format);
	const names = ['tactful', 'write-good', 'alex', 'textlint', 'harper', 'floor'];
	const out = [
		`| words | ${names.join(' | ')} | write-good ÷ tactful | tactful ÷ floor |`,
		`|---:|${names.map(() => '---').join('|')}|---:|---:|`,
	];
	for (const e of list) {
		const cells = names.map((n) => (e.skipped?.[n] ? 'skipped¹' : cell(e.tools[n])));
		out.push(`| ${e.actualWords.toLocaleString('en')} | ${cells.join(' | ')} | ${x(ratio(e, 'write-good', 'tactful'))} | ${x(ratio(e, 'tactful', 'floor'))} |`);
	}
	const notes = list.flatMap((e) => Object.entries(e.skipped ?? {}).map(([n, why]) => `${n} at ${words(e.words)}: ${why}`));
	const kinds = [...new Set(list.map((e) => e.kind))];
	return [
		...out,
		'',
		`Findings on the first letter of each size (a sanity check that every tool did its work): ${list.map((e) => `${words(e.words)}: ${Object.entries(e.findings).map(([n, c]) => `${n} ${c}`).join(', ')}`).join('; ')}. Tactful read every letter as: ${kinds.join(', ')}.`,
		...(notes.length ? ['', `¹ Left out to keep the run short: ${notes.join('; ')}.`] : []),
	].join('\n');
}

function profileTable(p) {
	if (!p || p.error) return `_Profile failed: ${p?.error ?? 'not run'}_`;
	return [
		`${p.what}; ${ms(p.totalMs)} sampled.`,
		'',
		'| self time | % | function | source |',
		'|---:|---:|---|---|',
		...p.top.map((r) => `| ${ms(r.selfMs)} | ${r.pct.toFixed(1)} | \`${r.fn.replace(/\|/g, '\\|')}\` | ${r.where || '(native)'} |`),
		...(p.byFile
			? ['', 'By source file:', '', '| self time | % | source |', '|---:|---:|---|', ...p.byFile.map((r) => `| ${ms(r.selfMs)} | ${r.pct.toFixed(1)} | ${r.file.replace(/\|/g, '\\|')} |`)]
			: []),
	].join('\n');
}

export function render(res) {
	const m = res.meta;
	const lines = [];
	lines.push('# Performance');
	lines.push('');
	lines.push('<!-- Generated by `node bench/report.mjs` from bench/results/latest.json, with the analysis in bench/analysis.md. Edit those, not this page. -->');
	lines.push('');
	lines.push(`How fast Tactful is next to the prose linters a user would pick instead, measured side by side in one run (${m.mode} run of ${m.date.slice(0, 10)}, commit \`${m.commit}\`${m.dirty ? ' plus uncommitted engine changes' : ''}, ${m.seconds ? `${Math.round(m.seconds / 60)} min` : ''}).`);
	// Each section as last measured: a re-measure that a later one fully replaced is not listed.
	const partial = m.partial ?? [];
	for (const [i, p] of partial.entries()) {
		const shown = p.sections.filter((s) => !partial.slice(i + 1).some((later) => later.sections.includes(s)));
		if (shown.length > 0) lines.push('', `Re-measured later: ${shown.join(', ')} (${p.date.slice(0, 10)}, commit \`${p.commit}\`${p.dirty ? ' plus uncommitted engine changes' : ''}).`);
	}
	for (const [section, error] of Object.entries(res.errors ?? {})) lines.push('', `**The ${section} section failed in this run:** ${error.split('\n')[0]}`);
	lines.push('');
	lines.push('## Figures');
	lines.push('');
	lines.push('| figure | target | measured | verdict |');
	lines.push('|---|---|---|---|');
	for (const f of figures(res)) lines.push(`| ${f.figure} | ${f.target} | ${f.measured} | ${f.verdict} |`);
	lines.push('');
	lines.push('Ratios are medians of per-round ratios: in each round every tool lints once (or a batch, for inputs that take under 20 ms), one after the other, and the ratio of that round is taken; so a slow moment on the machine slows both sides of a ratio alike. Times are per call: median (min–max).');
	lines.push('');
	lines.push('## How to reproduce');
	lines.push('');
	lines.push('```sh');
	lines.push('npm run bench              # full run, 6–15 minutes depending on the load: updates bench/results/latest.json and this page');
	lines.push('npm run bench -- --quick   # under 3 minutes (also: npm run bench --quick): fewer rounds, slow peers only up to 20k words; prints the page');
	lines.push('node bench/run.mjs --only=server,memory   # re-measure some sections; the others stay as they were');
	lines.push('node bench/report.mjs       # rebuild this page from bench/results/latest.json');
	lines.push('```');
	lines.push('');
	lines.push('`npm run bench` installs the peers pinned in bench/package.json (`npm ci --prefix bench`; the root install does not pull them), bundles the engine, CLI and server from the working tree into bench/.work/build/ with the repository\'s esbuild settings (CLI and server minified, as packaged), and writes the CLI workloads to `$TMPDIR/tactful-bench/`.');
	lines.push('');
	lines.push('## Machine and method');
	lines.push('');
	lines.push(`- ${m.cpu}, ${m.cores} cores (shared with other work, so absolute times are noisy; read the ratios), ${m.memoryGB} GB, Node ${m.node}.`);
	lines.push(`- Peers: ${Object.entries(m.peers).map(([n, v]) => `${n} ${v}`).join(', ')}. Each runs through its fastest programmatic API with its default rules: write-good\'s function, \`alex.markdown\`/\`alex.text\`, textlint\'s \`TextlintKernel\` with textlint-rule-write-good and the markdown/text plugin (no config search), harper.js\'s \`LocalLinter\` (WebAssembly on the calling thread; it runs in Node 20 with the \`harper.js/binary\` loader, which reads the .wasm file from disk).`);
	lines.push(`- The floor: one precompiled case-insensitive alternation of the ${m.floorPhrases} phrase patterns in Tactful\'s phrase tables, ${m.floorPhrasesExact ? 'recorded from the engine\'s own `PhraseTable` at run time (the regex source of every entry, as the engine compiles it)' : 'read from the `match:` string literals under server/src/engine (an approximation: entries built from template strings are missed)'}, with Tactful\'s word boundaries, run over the raw text: the least work any phrase linter must do. Tactful itself also masks markup, splits sentences, finds the seven moves and builds fixes.`);
	lines.push(`- Workloads (bench/generate.mjs, seed ${m.seed}): decline letters with front matter, greeting, the client\'s words quoted, paragraphs mixing tactful and clumsy phrasing (jargon, passive voice, weasel words), headings, lists, code blocks, links and a sign-off; longer letters repeat the body with new names, dates and numbers. Every call lints a letter it has not seen (harper.js caches per chunk of text, and would otherwise be measured on its cache). The sized letters carry \`tactful: letter\` in their front matter, so every rule runs at every size (the detector, rightly, does not take a 20k-word document with fifty headings for a letter). The CLI corpus is left as written: 2,000 files of 120–700 words, 70% Markdown, one in ten meeting notes.`);
	lines.push('- Engine: the unminified bundle of server/src/engine with `lint(text, { languageId, config })`, the default config resolved once. Each call lints a letter the engine has not seen (another seed) and starts without the sentence readings that earlier calls kept (`clearSentenceReadings()`): the generated letters share many sentences, and the engine keeps each reading by its text for later documents, which would otherwise turn most calls into cache lookups. Before any timing, each tool lints 2k-word letters of both formats for a second, so the first size measured does not pay for compiling it.');
	lines.push('- Each linter runs in its own child process (bench/lib/peer-worker.mjs), so one tool\'s garbage, GC threads and code flushing never land in another\'s timings; the bench process still alternates between them round by round, over IPC, and each child times its own calls.');
	lines.push('- In-process figures are CPU time of the linter\'s process (user + system, `process.cpuUsage`, its own GC threads included): it does not count the time spent waiting for a core on a busy machine. Wall time is kept in the raw results. Process figures (CLI, server) are wall time: that is what the user waits for.');
	if (m.freshMemory) lines.push(`- Memory: writing to a page for the first time (just mapped, or given back to the system) took ${m.freshMemory.firstTouchUs.toFixed(2)} µs per 4 KB page, writing to it again ${m.freshMemory.secondTouchUs.toFixed(3)} µs (a process touching 1 MB of fresh memory waits ${((m.freshMemory.firstTouchUs * 256) / 1000).toFixed(1)} ms). On a virtual machine whose host backs memory lazily the first write is slow, and it shows in the language server's first edits (bench/analysis.md).`);
	lines.push(`- Load average (1 min) was ${m.loadBefore?.[0]?.toFixed(1) ?? '?'} when the run started and ${m.loadAfter?.[0]?.toFixed(1) ?? '?'} when it ended, on ${m.cores} cores: other work shared the machine.`);
	lines.push('');
	if (res.engine) {
		lines.push('## Engine full lint');
		lines.push('');
		for (const [name, error] of Object.entries(res.peerErrors ?? {})) lines.push(`**${name} could not run in this run:** ${error.split('\n')[0]}`, '');
		lines.push('### Markdown');
		lines.push('');
		lines.push(engineTable(res, 'markdown'));
		lines.push('');
		if (res.engine.some((e) => e.format === 'plaintext')) {
			lines.push('### Plain text');
			lines.push('');
			lines.push(engineTable(res, 'plaintext'));
			lines.push('');
		}
	}
	if (res.growth) {
		lines.push(`Growth: Tactful\'s median lint time by size is ${res.growth.words.map((w, i) => `${w.toLocaleString('en')} words ${ms(res.growth.ms[i])}`).join(', ')}; least-squares slope of log(time) on log(words) ${res.growth.slope.toFixed(2)} (1.0 is linear; fixed costs pull the small sizes up and the slope down, so the slope from 2k words is also given: ${res.growth.slopeFrom2k.toFixed(2)}).`);
		lines.push('');
	}
	if (res.relint) {
		const r = res.relint;
		lines.push('## Re-lint after a one-character edit');
		lines.push('');
		lines.push(`A ${r.words.toLocaleString('en')}-word Markdown letter; each call types one more character into a sentence in the middle (offset ${r.editAt.toLocaleString('en')} of ${r.chars.toLocaleString('en')}). \`incremental\` keeps one \`LintCache\` across calls, as the server would; \`full\` lints from scratch (the readings of sentences it has seen before are shared, as in one server process); \`floor\` scans the whole edited text.`);
		lines.push('');
		lines.push('| incremental | full | floor | incremental ÷ floor | full ÷ incremental |');
		lines.push('|---|---|---|---:|---:|');
		lines.push(`| ${cell(r.tools.incremental)} | ${cell(r.tools.full)} | ${cell(r.tools.floor)} | ${x(pairedRatio(r.tools.incremental.samples, r.tools.floor.samples))} | ${x(pairedRatio(r.tools.full.samples, r.tools.incremental.samples))} |`);
		lines.push('');
		lines.push(`With and without the cache the findings ${r.sameFindings ? 'were identical' : '**differed**'} on the edits compared.${r.allocatedKB !== undefined ? ` An incremental re-lint allocates ${r.allocatedKB.toFixed(0)} KB (median over 200 keystrokes: what the young generation grows by).` : ''}`);
		lines.push('');
	}
	if (res.server) {
		const s = res.server;
		const u = s.modes.pull?.unchanged;
		const nSessions = s.modes.pull?.sessions?.length ?? 1;
		// The server answers "unchanged" when an edit moved no diagnostic; typing before one on its line moves it.
		const unchangedNote = u === undefined ? '' : u === 0 ? '; none was answered "unchanged": each edit moves a diagnostic further along its line' : `; ${u} of the ${s.edits} were answered "unchanged"`;
		lines.push('## Language server');
		lines.push('');
		lines.push(`The bundled server runs as a real process (\`server/server.js --stdio\`, loading \`server-main.js\` through the code cache as the packaged server does), driven over JSON-RPC by bench/lib/lsp.mjs. One ${s.words.toLocaleString('en')}-word Markdown letter is opened, ${s.warmup} edits warm it up, then ${s.edits} one-character edits are timed${nSessions > 1 ? ` (a session; each mode runs ${nSessions} sessions, each with a fresh server, one after the other, and the table gives the medians of their figures: on this host a session's p95 moves by milliseconds from one minute to the next)` : ''} from sending \`didChange\` to the answer: in pull mode the \`textDocument/diagnostic\` response (each request names the last report's \`resultId\`, as VS Code's do${unchangedNote}), in push mode the \`publishDiagnostics\` for that version with \`tactful.debounce\` set to 0 (the server still waits one timer tick)${s.modes.ipc ? '; the ipc mode pulls as the pull mode does, over Node\'s IPC channel (\`--node-ipc\`), the transport most VS Code extensions written in Node start their server with (Tactful\'s did until session 13, and now uses stdio, as pull and push do here, and as Neovim, Emacs and most clients do)' : ''}. Each includes the round trip and the JSON of every diagnostic, which the editor waits for too.`);
		lines.push('');
		lines.push('| mode | p50 | p95 | max | server main thread CPU: p50 · p95 · max | diagnostics | RSS after |');
		lines.push('|---|---:|---:|---:|---:|---:|---:|');
		for (const [mode, mm] of Object.entries(s.modes)) lines.push(`| ${mode} | ${ms(mm.p50)} | ${ms(mm.p95)} | ${ms(mm.max)} | ${mm.work ? `${ms(mm.work.p50)} · ${ms(mm.work.p95)} · ${ms(mm.work.max)}` : 'n/a'} | ${mm.diagnostics} (engine: ${mm.engineFindings}) | ${mm.rssMB.toFixed(0)} MB |`);
		lines.push('');
		const pull = s.modes.pull;
		if (pull?.work) {
			// Where in the run the slow edits fall, and how many fresh pages each touched (bench/analysis.md: on this host the
			// young generation growing costs more than V8's optimising of the re-lint path).
			const f = pull.work.faults;
			const top = pull.work.cpu.map((v, i) => [v, i]).sort((a, b) => b[0] - a[0]).slice(0, 5).map(([, i]) => i).sort((a, b) => a - b);
			const slowest = top.map((i) => `${i + 1 + s.warmup}${f ? ` (${f[i].toLocaleString('en')} page faults)` : ''}`);
			const settled = 20; // timed edits left out for the "after warm-up" figure
			const later = pull.work.cpu.slice(settled);
			const faults = f ? ` Minor page faults (pages of memory touched for the first time, or again after being given back) per edit: median ${quantile(f, 0.5)}, ${f.reduce((a, b) => a + b, 0).toLocaleString('en')} over the ${f.length} edits.` : '';
			lines.push(`Server work is the CPU time of the server's main thread from \`didChange\` to the answer (/proc/<pid>/task/<pid>/schedstat): what the server itself spends, GC pauses included, without the client's share or time spent waiting for a core. In pull mode the five slowest edits by that measure were edits ${slowest.join(', ')} of ${s.warmup + s.edits}; over edits ${s.warmup + settled + 1} to ${s.warmup + s.edits} alone its p95 is ${ms(quantile(later, 0.95))} (p50 ${ms(quantile(later, 0.5))}).${faults}`);
			lines.push('');
		}
		if (s.lineEnd) {
			const e = s.lineEnd;
			lines.push(`Typing the same characters at the end of that line instead, after every diagnostic on it (what a writer adding to a paragraph does; one pull session, no target): ${e.unchanged} of the ${s.edits} answers were "unchanged"${e.unchanged === s.edits ? ', since no diagnostic moved' : ''}; round trip p50 ${ms(e.p50)}, p95 ${ms(e.p95)}${e.work ? `, server work p50 ${ms(e.work.p50)}, p95 ${ms(e.work.p95)}` : ''}.`);
			lines.push('');
		}
		if (s.writer) {
			const w = s.writer;
			lines.push(`Writing one answer to the editor, the last full report of the pull run (${(w.bytes / 1024).toFixed(0)} KB of JSON), into a pipe another process drains, in the bench process with the two writers alternating: vscode-jsonrpc's own stream writer ${ms(w.library.ms)} of CPU and ${w.library.faults.toFixed(0)} page faults per answer, the server's (server/src/streamWriter.ts: one kept buffer, one write) ${ms(w.tactful.ms)} and ${w.tactful.faults.toFixed(0)}.`);
			lines.push('');
		}
		if (s.start?.variants) {
			const st = s.start.variants;
			const n = Object.values(st)[0]?.length ?? 0;
			lines.push(`Starting (no target): what a writer waits for when the editor starts the server on opening a letter. ${n} fresh servers of each kind, in turn, timed from spawning the process to the \`initialize\` answer and to the first diagnostics of a ${s.start.words.toLocaleString('en')}-word Markdown letter opened right after (pulled). The server loads through V8's code cache, written by a first start once its first lint is done; "no code cache" is a first start ever (or \`TACTFUL_NO_CODE_CACHE=1\`).`);
			lines.push('');
			lines.push('| server | initialize answered | first diagnostics |');
			lines.push('|---|---:|---:|');
			for (const [name, runs] of Object.entries(st)) lines.push(`| ${name} | ${cell({ samples: runs.map((r) => r.initialized) })} | ${cell({ samples: runs.map((r) => r.diagnosed) })} |`);
			lines.push('');
			if (res.cli?.cold?.node) {
				lines.push(`For scale, Node itself starting and running an empty script takes ${ms(summary(res.cli.cold.node.samples).median)} (CLI section).`);
				lines.push('');
			}
		}
		lines.push(`For scale, the engine alone on the same edits, in the bench process (CPU time): ${s.engineIncremental ? `with a \`LintCache\` p50 ${ms(s.engineIncremental.p50)}, p95 ${ms(s.engineIncremental.p95)}; ` : ''}a full lint p50 ${ms(s.engineFullLint.p50)}, p95 ${ms(s.engineFullLint.p95)}.`);
		lines.push('');
	}
	if (res.memory) {
		const mm = res.memory;
		lines.push('## Server memory');
		lines.push('');
		lines.push(`VmRSS of the server process from /proc: ${mm.idleMB.toFixed(0)} MB after \`initialize\`, ${mm.rssMB.toFixed(0)} MB with ${mm.documents} open ${words(mm.words)}-word letters, each linted once through \`textDocument/diagnostic\` (${mm.diagnostics.toLocaleString('en')} diagnostics in all), peak ${mm.peakMB.toFixed(0)} MB (VmHWM).${mm.settledMB !== undefined ? ` With the letters still open and the server idle for ${mm.settleSeconds} s, after the full collections it runs when idle: ${mm.settledMB.toFixed(0)} MB.` : ''}`);
		lines.push('');
		const variants = Object.entries(mm.variants ?? {});
		if (variants.length) {
			lines.push('The same with V8 flags on the server process (what a launcher could pass):');
			lines.push('');
			lines.push('| node flags | after initialize | 100 letters | peak |');
			lines.push('|---|---:|---:|---:|');
			lines.push(`| (none, as shipped) | ${mm.idleMB.toFixed(0)} MB | ${mm.rssMB.toFixed(0)} MB | ${mm.peakMB.toFixed(0)} MB |`);
			for (const [flags, v] of variants) lines.push(`| \`${flags}\` | ${v.idleMB.toFixed(0)} MB | ${v.rssMB.toFixed(0)} MB | ${v.peakMB.toFixed(0)} MB |`);
			lines.push('');
		}
	}
	if (res.cli) {
		const c = res.cli;
		lines.push('## CLI');
		lines.push('');
		lines.push('Each sample spawns a fresh `node` process and waits for it to exit (output to /dev/null), interleaved across the commands; files are in the page cache after a first untimed run, which also leaves Tactful\'s code cache in place (`$TMPDIR/tactful-code-cache-<uid>/`, written by the first `tactful check`), as on any run after the first. `tactful check` on 2,000 files runs on every core (worker threads).');
		lines.push('');
		lines.push('| command | time |');
		lines.push('|---|---|');
		const label = { node: '`node -e ""` (Node start-up alone)', 'tactful --version': '`tactful --version` (start-up and bundle load, no linting)', 'tactful tiny': '`tactful check tiny.md` (a 40-word letter: start-up, config lookup, a cold first lint)', tactful: '`tactful check letter.md`', 'write-good': '`write-good letter.md`' };
		for (const [n, r] of Object.entries(c.cold)) lines.push(`| ${label[n] ?? n} | ${cell(r)} |`);
		lines.push('');
		lines.push(`| command | ${c.files.toLocaleString('en')} letters (${c.corpusWords.toLocaleString('en')} words) |`);
		lines.push('|---|---|');
		lines.push(`| \`tactful check <files>\` | ${cell(c.many.tactful)} |`);
		lines.push(`| \`write-good <files>\` | ${cell(c.many['write-good'])} |`);
		if (c.many['tactful --cache']) lines.push(`| \`tactful check --cache <files>\`, run again with nothing changed | ${cell(c.many['tactful --cache'])} |`);
		lines.push('');
		const sane = (r) => (r?.sanity ? `exit ${r.sanity.signal ?? r.sanity.status}, ${r.sanity.lines.toLocaleString('en')} lines of output${r.sanity.last ? `, ending "${r.sanity.last.replace(/\x1b\[[0-9;]*m/g, '')}"` : ''}` : 'no run');
		lines.push(`Sanity check on the untimed first run: \`tactful check\` on the letter: ${sane(c.cold.tactful)}; write-good on the letter: ${sane(c.cold['write-good'])}; \`tactful check\` on the corpus: ${sane(c.many.tactful)}; write-good on the corpus: ${sane(c.many['write-good'])}.`);
		lines.push('');
	}
	if (res.profiles) {
		lines.push('## Profiles');
		lines.push('');
		lines.push('`node --cpu-prof` (250 µs sampling) on one workload each, reduced to the functions with the most self time; the source column maps bundle lines back to the module they came from.');
		lines.push('');
		for (const [name, p] of Object.entries(res.profiles)) {
			lines.push(`### ${name}`);
			lines.push('');
			lines.push(profileTable(p));
			lines.push('');
		}
	}
	const analysis = join(HERE, 'analysis.md');
	if (existsSync(analysis)) {
		lines.push(readFileSync(analysis, 'utf8').trim());
		lines.push('');
	}
	return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(HERE, 'results/latest.json');
	const markdown = render(JSON.parse(readFileSync(file, 'utf8')));
	if (process.argv.includes('--stdout')) process.stdout.write(markdown);
	else writeFileSync(join(HERE, '../docs/performance.md'), markdown);
}
