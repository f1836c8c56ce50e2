/**
 * `tactful check`: find the files, resolve their configs (all of them first: a bad config stops the run before any
 * output), lint each file, apply safe fixes when asked, then print the reports in the chosen format.
 * Exit: 0 clean; 1 an error, or more warnings than --max-warnings; 2 bad config or an explicitly named file that
 * cannot be read. Files that are not text (binary, not UTF-8, huge) are skipped with a warning.
 */
import { writeFileSync } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import { lint, type LintResult } from '../engine/index';
import type { Options } from './args';
import { paint, wantsColor } from './color';
import { ConfigStore, type FileConfig } from './config';
import { discover, type Target } from './discover';
import { CliError, EXIT_FATAL, EXIT_FINDINGS, EXIT_OK, describeFsError } from './errors';
import { fixText, lineDiff } from './fix';
import { formatters } from './format/index';
import { decode, readText, writeTextAtomic } from './io';
import { VERSION } from './meta';
import { countReports, toReport, type FileReport } from './report';

export interface Host {
	cwd: string;
	env: NodeJS.ProcessEnv;
	stdout: { write(s: string): unknown; isTTY?: boolean };
	stderr: { write(s: string): unknown; isTTY?: boolean };
	/** Reads all of standard input. */
	readStdin(): Buffer;
}

const PROGRESS_MIN_FILES = 200;

export function runCheck(o: Options, host: Host): number {
	const { cwd } = host;
	const warn = (line: string) => host.stderr.write(`tactful: ${line}\n`);
	const store = new ConfigStore(cwd, o.config);
	const fatal: string[] = [];
	const reports: FileReport[] = [];
	const format = o.format ?? 'stylish';
	const fixing = o.fix || o.fixDryRun;
	const engineProblems = new Set<string>();

	const lintOne = (text: string, display: string, abs: string, fc: FileConfig): LintResult => {
		const languageId = /^\.(md|markdown|mdx|mdown|mkd)$/i.test(extname(abs)) || !extname(abs) ? 'markdown' : 'plaintext';
		const path = relative(fc.base, abs).split(sep).join('/');
		const result = lint(text, { languageId, config: fc.config, path });
		for (const p of result.problems) {
			const line = `${display}: ${p.message}`;
			if (!engineProblems.has(p.message)) warn(line);
			engineProblems.add(p.message);
		}
		return result;
	};

	const checkText = (text: string, display: string, abs: string, fc: FileConfig, write?: (fixed: string) => void): void => {
		try {
			checkOne(text, display, abs, fc, write);
		} catch (e) {
			// The engine promises never to throw; if it does, the other files are still checked.
			fatal.push(`${display}: Tactful failed on this file (${(e as Error)?.message ?? String(e)}); please report it.`);
		}
	};

	const checkOne = (text: string, display: string, abs: string, fc: FileConfig, write?: (fixed: string) => void): void => {
		if (!fixing) {
			reports.push(toReport(display, text, lintOne(text, display, abs, fc)));
			return;
		}
		const { text: fixed, result, fixed: counts } = fixText(text, (t) => lintOne(t, display, abs, fc));
		const report = toReport(display, fixed, result);
		if (fixed !== text) {
			report.fixed = counts;
			if (o.fixDryRun) report.diff = lineDiff(text, fixed);
			else if (write) {
				try {
					write(fixed);
				} catch (e) {
					fatal.push(`${display}: could not write the fixes: ${describeFsError(e)}.`);
					reports.push(toReport(display, text, lintOne(text, display, abs, fc)));
					return;
				}
			}
		}
		reports.push(report);
	};

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
		checkText(decoded.text, name, abs, fc);
	} else {
		const { files, warnings } = discover(o.paths, cwd, o.ignore);
		for (const w of warnings) warn(w);
		const configs = new Map<Target, FileConfig>();
		for (const t of files) configs.set(t, store.forFile(t.abs));
		stopOnConfigErrors(store, host);
		const progress = host.stderr.isTTY === true && files.length > PROGRESS_MIN_FILES ? new Progress(host.stderr, files.length) : undefined;
		for (const t of files) {
			progress?.tick();
			let read;
			try {
				read = readText(t.abs);
			} catch (e) {
				const line = `${t.display}: cannot read the file: ${describeFsError(e)}.`;
				if (t.explicit) fatal.push(line);
				else warn(`${line} Skipped.`);
				continue;
			}
			const { decoded, stat } = read;
			if (!decoded.ok) {
				warn(`${t.display}: skipped, ${decoded.reason}.`);
				continue;
			}
			checkText(decoded.text, t.display, t.abs, configs.get(t)!, (fixed) => writeTextAtomic(t.abs, fixed, decoded.bom, stat));
		}
		progress?.done();
	}

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
