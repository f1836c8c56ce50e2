/**
 * `tactful check`: find the files, resolve their configs (all of them first: a bad config stops the run before any
 * output), lint each file, apply safe fixes when asked, then print the reports in the chosen format.
 * Exit: 0 clean; 1 an error, or more warnings than --max-warnings; 2 bad config or an explicitly named file that
 * cannot be read. Files that are not text (binary, not UTF-8, huge) are skipped with a warning.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Options } from './args';
import { checkTarget, checkText, reusedResult, type CheckSettings, type FileEvent } from './checkFile';
import { paint, wantsColor } from './color';
import { ConfigStore, type FileConfig } from './config';
import { discover, type Target } from './discover';
import { CliError, EXIT_FATAL, EXIT_FINDINGS, EXIT_OK, describeFsError } from './errors';
import { formatters } from './format/index';
import { decode } from './io';
import { VERSION } from './meta';
import { checkInParallel, PARALLEL_MIN_FILES, threadsFor } from './pool';
import { countReports, type FileReport } from './report';
import { buildSalt, CACHE_NAME, ResultCache } from './resultCache';

export interface Host {
	cwd: string;
	env: NodeJS.ProcessEnv;
	stdout: { write(s: string): unknown; isTTY?: boolean };
	stderr: { write(s: string): unknown; isTTY?: boolean };
	/** Reads all of standard input. */
	readStdin(): Buffer;
	/** The script that was run: worker threads start from it. Without it, a run stays on one thread. */
	entry?: string;
}

const PROGRESS_MIN_FILES = 200;

/** Runs `tactful check`; a run over many files lints on several threads, hence the promise. */
export function runCheck(o: Options, host: Host): number | Promise<number> {
	const { cwd } = host;
	const warn = (line: string) => host.stderr.write(`tactful: ${line}\n`);
	const store = new ConfigStore(cwd, o.config);
	const fatal: string[] = [];
	const reports: FileReport[] = [];
	const settings: CheckSettings = { fix: o.fix, fixDryRun: o.fixDryRun };
	const engineProblems = new Set<string>();
	const replay = (events: FileEvent[]) => {
		for (const e of events) {
			if ('report' in e) reports.push(e.report);
			else if ('warn' in e) warn(e.warn);
			else if ('fatal' in e) fatal.push(e.fatal);
			else if ('cacheKey' in e || 'reused' in e) continue;
			else if (!engineProblems.has(e.problem)) {
				engineProblems.add(e.problem);
				warn(e.line);
			}
		}
	};
	const finish = () => report(o, host, reports, fatal);

	if (o.stdin) {
		const name = o.stdinFilename ?? '<stdin>';
		const abs = resolve(cwd, o.stdinFilename ?? 'stdin.md');
		const fc = store.forFile(abs);
		stopOnConfigErrors(store, host);
		let bytes: Buffer;
		try {
			bytes = host.readStdin();
		} catch (e) {
			throw new CliError(`cannot read standard input: ${describeFsError(e)}.`);
		}
		const decoded = decode(bytes);
		if (!decoded.ok) throw new CliError(`${name}: cannot check standard input: ${decoded.reason}.`);
		replay(checkText(decoded.text, name, abs, fc, settings));
		return finish();
	}
	const { files, warnings } = discover(o.paths, cwd, o.ignore);
	for (const w of warnings) warn(w);
	const configs = new Map<Target, FileConfig>();
	for (const t of files) configs.set(t, store.forFile(t.abs));
	stopOnConfigErrors(store, host);
	const progress = host.stderr.isTTY === true && files.length > PROGRESS_MIN_FILES ? new Progress(host.stderr, files.length) : undefined;
	// --cache does nothing with --fix or --fix-dry-run, which must look at every file.
	const cacheFile = resolve(cwd, o.cacheLocation ?? CACHE_NAME);
	const cache = o.cache && !o.fix && !o.fixDryRun ? ResultCache.load(cacheFile, buildSalt()) : undefined;
	if (cache) settings.cacheSalt = cache.salt;
	if (cache && host.env.TACTFUL_DEBUG === '1') host.stderr.write(`tactful: debug: cache file ${cacheFile} (this build: ${cache.salt.slice(0, 12)}): ${cache.status}\n`);
	const cached = (t: Target) => cache?.key(t.abs);
	const here = (t: Target) => checkTarget(t, configs.get(t)!, settings, cached(t));
	// With --cache, the files whose earlier results still hold are found first: threads are started only for the
	// files that must be linted, and the reused results are replayed in file order between theirs. Once as many
	// files to lint have been found as make a run parallel, the rest are not looked at here (each thread still
	// reuses what holds): after a change that touches every file, the threads start without waiting for all of them.
	const reusable: Array<FileEvent[] | undefined> = [];
	let probed = 0;
	for (let misses = 0; cache && probed < files.length && misses < PARALLEL_MIN_FILES; probed++) {
		const t = files[probed];
		const events = reusedResult(t, configs.get(t)!, cache.salt, cached(t));
		reusable.push(events);
		if (!events) misses++;
	}
	const todo = cache ? files.filter((_, i) => i >= probed || !reusable[i]) : files;
	if (cache && host.env.TACTFUL_DEBUG === '1') host.stderr.write(`tactful: debug: cache looked up ${probed} of ${files.length} files before linting\n`);
	let index = 0;
	let reused = 0;
	/** The next file to print (reused results wait there for the files linted before them). */
	let next = 0;
	const onFile = (events: FileEvent[]) => {
		progress?.tick();
		if (cache) {
			const abs = files[index].abs;
			const first = events[0];
			if (events.length === 1 && 'reused' in first) {
				events = [...cache.events(abs), { cacheKey: first.reused }];
				reused++;
			}
			cache.record(abs, events);
		}
		index++;
		replay(events);
	};
	const done = () => {
		// The files after the last one linted were all reused.
		while (next < files.length && reusable[next]) onFile(reusable[next++]!);
		progress?.done();
		if (cache) {
			const problem = cache.save();
			if (problem) warn(problem);
			if (host.env.TACTFUL_DEBUG === '1') host.stderr.write(`tactful: debug: cache reused ${reused} of ${files.length} files\n`);
		}
		return finish();
	};
	const onChecked = (events: FileEvent[]) => {
		while (reusable[next]) onFile(reusable[next++]!);
		next++;
		onFile(events);
	};
	// --fix writes files, so it stays on one thread: two paths to one file (a symlink) must not be fixed at once.
	const threads = o.fix || !host.entry ? 1 : threadsFor(todo.length, host.env);
	if (threads <= 1) {
		for (const t of todo) onChecked(here(t));
		return done();
	}
	if (host.env.TACTFUL_DEBUG === '1') host.stderr.write(`tactful: debug: checking on ${threads} threads\n`);
	return checkInParallel(todo, threads, host.entry!, { ...settings, cwd, config: o.config }, here, onChecked, cached).then(done);
}

/** Prints the reports in the chosen format and returns the exit code. */
function report(o: Options, host: Host, reports: FileReport[], fatal: string[]): number {
	const { cwd } = host;
	const warn = (line: string) => host.stderr.write(`tactful: ${line}\n`);
	const format = o.format ?? 'stylish';
	const counts = countReports(reports);
	const shown = o.quiet ? reports.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : reports;
	const color = o.outputFile ? o.color === true : wantsColor(o.color, host.stdout, host.env);
	const output = formatters[format](shown, counts, { paint: paint(color), quiet: o.quiet, dryRun: o.fixDryRun, cwd, version: VERSION });
	if (o.outputFile) {
		try {
			writeFileSync(resolve(cwd, o.outputFile), output);
		} catch (e) {
			throw new CliError(`${o.outputFile}: cannot write the report: ${describeFsError(e)}.`);
		}
	} else host.stdout.write(output);
	if (o.fix && format !== 'stylish' && counts.fixed > 0) {
		for (const r of reports) if (r.fixed) warn(`${r.file}: fixed ${Object.entries(r.fixed).map(([id, n]) => `${id} ×${n}`).join(', ')}.`);
	}

	for (const line of fatal) host.stderr.write(`tactful: ${line}\n`);
	if (fatal.length > 0) return EXIT_FATAL;
	const maxWarnings = o.maxWarnings ?? -1;
	if (counts.errors > 0) return EXIT_FINDINGS;
	if (maxWarnings >= 0 && counts.warnings > maxWarnings) {
		warn(`${counts.warnings} warnings, more than --max-warnings ${maxWarnings}.`);
		return EXIT_FINDINGS;
	}
	return EXIT_OK;
}

/** Config errors stop the run (exit 2), one `path:line:col: message` line each; config warnings are printed and the run goes on. */
function stopOnConfigErrors(store: ConfigStore, host: Host): void {
	const errors = store.errors.splice(0);
	for (const e of errors) host.stderr.write(`${store.formatError(e)}${e.severity === 'warning' ? ' (warning)' : ''}\n`);
	const n = errors.filter((e) => e.severity === 'error').length;
	if (n > 0) throw new CliError(`${n === 1 ? 'a config error' : `${n} config errors`}; fix ${n === 1 ? 'it' : 'them'} and run again.`);
}

/** `checking 120/2000` on one line of a terminal's stderr, redrawn at most every 50 files. */
class Progress {
	private n = 0;
	constructor(private readonly stream: { write(s: string): unknown }, private readonly total: number) {}
	tick(): void {
		if (this.n++ % 50 === 0) this.stream.write(`\rchecking ${this.n}/${this.total}`);
	}
	done(): void {
		this.stream.write('\r\x1b[K');
	}
}
