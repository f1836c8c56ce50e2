/**
 * Checking one file, on whichever thread runs it. Everything a file produces (warnings, engine problems, fatal
 * lines, its report) is returned as events in the order a serial run meets them; the main thread replays them in
 * file order, so a run prints the same whether one thread or several did the linting.
 */
import { extname, relative, sep } from 'node:path';
import { lint, type LintResult } from '../engine/index';
import type { FileConfig } from './config';
import type { Target } from './discover';
import { describeFsError } from './errors';
import { fixText, lineDiff } from './fix';
import { readText, writeTextAtomic } from './io';
import { toReport, type FileReport } from './report';
import { createHash } from './resultCache';

export type FileEvent =
	/** A `tactful: …` line for stderr, printed as met. */
	| { warn: string }
	/** An engine problem: printed once per message over the whole run (`line` is what is printed). */
	| { problem: string; line: string }
	/** A line printed at the end, which makes the run exit 2. */
	| { fatal: string }
	| { report: FileReport }
	/** With --cache: the key of what was checked (tool, config, path, text); the file's other events can be stored under it. */
	| { cacheKey: string };

export interface CheckSettings {
	fix: boolean;
	fixDryRun: boolean;
	/** With --cache (never with fixes): identifies this build of Tactful, so a new version never reuses old results. */
	cacheSalt?: string;
}

/** A file's result from an earlier --cache run, handed to whichever thread checks the file. */
export interface CachedResult {
	key: string;
	events: FileEvent[];
}

const MARKDOWN = /^\.(md|markdown|mdx|mdown|mkd)$/i;

/**
 * Reads, decodes and checks a file found by discovery (fixes written back with --fix). With --cache, a file whose
 * key matches `cached` gets the cached events instead of a lint.
 */
export function checkTarget(t: Target, fc: FileConfig, s: CheckSettings, cached?: CachedResult): FileEvent[] {
	let read;
	try {
		read = readText(t.abs);
	} catch (e) {
		const line = `${t.display}: cannot read the file: ${describeFsError(e)}.`;
		return [t.explicit ? { fatal: line } : { warn: `${line} Skipped.` }];
	}
	const { decoded, stat } = read;
	if (!decoded.ok) return [{ warn: `${t.display}: skipped, ${decoded.reason}.` }];
	if (s.cacheSalt === undefined || s.fix || s.fixDryRun) {
		return checkText(decoded.text, t.display, t.abs, fc, s, (fixed) => writeTextAtomic(t.abs, fixed, decoded.bom, stat));
	}
	const key = cacheKey(t, fc, s.cacheSalt, decoded.text, decoded.bom);
	const reused = reuse(cached, key);
	if (reused) return reused;
	const events = checkText(decoded.text, t.display, t.abs, fc, s);
	// A rule that failed, or a file that failed, is checked again next time.
	if (!events.some((e) => 'problem' in e || 'fatal' in e)) events.push({ cacheKey: key });
	return events;
}

/**
 * With --cache, a file's events when its earlier result still holds (same key), without linting it; undefined when
 * it must be checked (changed, new, unreadable, not text: checkTarget then says why). Lets a run find the files it
 * must lint before it decides how many threads to start.
 */
export function reusedResult(t: Target, fc: FileConfig, cacheSalt: string, cached: CachedResult | undefined): FileEvent[] | undefined {
	if (!cached) return undefined;
	let read;
	try {
		read = readText(t.abs);
	} catch {
		return undefined;
	}
	if (!read.decoded.ok) return undefined;
	return reuse(cached, cacheKey(t, fc, cacheSalt, read.decoded.text, read.decoded.bom));
}

/** The cached events (and the key, last) when they were kept under `key`. */
function reuse(cached: CachedResult | undefined, key: string): FileEvent[] | undefined {
	return cached?.key === key ? [...cached.events, { cacheKey: key }] : undefined;
}

/** What a file's cached result is kept under: this build, the configs that apply, its path and its exact text. */
function cacheKey(t: Target, fc: FileConfig, salt: string, text: string, bom: boolean): string {
	return createHash('sha1').update(JSON.stringify([salt, fc.sources, fc.base, t.display, t.abs, bom])).update('\0').update(text).digest('hex');
}

/** Checks text already read (a file, or standard input when `write` is absent). */
export function checkText(text: string, display: string, abs: string, fc: FileConfig, s: CheckSettings, write?: (fixed: string) => void): FileEvent[] {
	const events: FileEvent[] = [];
	const languageId = MARKDOWN.test(extname(abs)) || !extname(abs) ? 'markdown' : 'plaintext';
	const path = relative(fc.base, abs).split(sep).join('/');
	const lintOne = (t: string): LintResult => {
		const result = lint(t, { languageId, config: fc.config, path });
		for (const p of result.problems) events.push({ problem: p.message, line: `${display}: ${p.message}` });
		return result;
	};
	try {
		if (!s.fix && !s.fixDryRun) {
			events.push({ report: toReport(display, text, lintOne(text)) });
			return events;
		}
		const { text: fixed, result, fixed: counts } = fixText(text, lintOne);
		const report = toReport(display, fixed, result);
		if (fixed !== text) {
			report.fixed = counts;
			if (s.fixDryRun) report.diff = lineDiff(text, fixed);
			else if (write) {
				try {
					write(fixed);
				} catch (e) {
					events.push({ fatal: `${display}: could not write the fixes: ${describeFsError(e)}.` });
					events.push({ report: toReport(display, text, lintOne(text)) });
					return events;
				}
			}
		}
		events.push({ report });
	} catch (e) {
		// The engine promises never to throw; if it does, the other files are still checked.
		events.push({ fatal: `${display}: Tactful failed on this file (${(e as Error)?.message ?? String(e)}); please report it.` });
	}
	return events;
}
