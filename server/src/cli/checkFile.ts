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
import { decodeRead, readFile, writeTextAtomic } from './io';
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
	| { cacheKey: string }
	/** With --cache: the file's result kept under this key still holds; the main thread, which has it, replays it. */
	| { reused: string };

export interface CheckSettings {
	fix: boolean;
	fixDryRun: boolean;
	/** With --cache (never with fixes): identifies this build of Tactful, so a new version never reuses old results. */
	cacheSalt?: string;
}

const MARKDOWN = /^\.(md|markdown|mdx|mdown|mkd)$/i;

/**
 * Reads, decodes and checks a file found by discovery (fixes written back with --fix). With --cache, a file whose
 * key is `cachedKey` (the key of its result from an earlier run) is not linted: its one event says to reuse it.
 */
export function checkTarget(t: Target, fc: FileConfig, s: CheckSettings, cachedKey?: string): FileEvent[] {
	let read;
	try {
		read = readFile(t.abs);
	} catch (e) {
		const line = `${t.display}: cannot read the file: ${describeFsError(e)}.`;
		return [t.explicit ? { fatal: line } : { warn: `${line} Skipped.` }];
	}
	const caching = s.cacheSalt !== undefined && !s.fix && !s.fixDryRun;
	// The key is taken from the bytes, before decoding: a file whose result is reused is never decoded.
	const key = caching && read.bytes ? cacheKey(t, fc, s.cacheSalt!, read.bytes) : undefined;
	const reused = key === undefined ? undefined : reuse(cachedKey, key);
	if (reused) return reused;
	const decoded = decodeRead(read);
	if (!decoded.ok) return [{ warn: `${t.display}: skipped, ${decoded.reason}.` }];
	if (key === undefined) {
		return checkText(decoded.text, t.display, t.abs, fc, s, (fixed) => writeTextAtomic(t.abs, fixed, decoded.bom, read.stat));
	}
	const events = checkText(decoded.text, t.display, t.abs, fc, s);
	// A rule that failed, or a file that failed, is checked again next time.
	if (!events.some((e) => 'problem' in e || 'fatal' in e)) events.push({ cacheKey: key });
	return events;
}

/**
 * With --cache, the event that says a file's earlier result still holds (same key), without linting or decoding it;
 * undefined when it must be checked (changed, new, unreadable, too large: checkTarget then says why). Lets a run
 * find the files it must lint before it decides how many threads to start.
 */
export function reusedResult(t: Target, fc: FileConfig, cacheSalt: string, cachedKey: string | undefined): FileEvent[] | undefined {
	if (cachedKey === undefined) return undefined;
	let read;
	try {
		read = readFile(t.abs);
	} catch {
		return undefined;
	}
	// Only a file that was text has an entry, and the same bytes decode the same way in the same build (the salt).
	return read.bytes && reuse(cachedKey, cacheKey(t, fc, cacheSalt, read.bytes));
}

function reuse(cachedKey: string | undefined, key: string): FileEvent[] | undefined {
	return cachedKey === key ? [{ reused: key }] : undefined;
}

/**
 * What a file's cached result is kept under: this build, the configs that apply, its path and its exact bytes (the
 * byte-order mark included).
 */
function cacheKey(t: Target, fc: FileConfig, salt: string, bytes: Uint8Array): string {
	return createHash('sha1').update(JSON.stringify([salt, fc.sources, fc.base, t.display, t.abs])).update('\0').update(bytes).digest('hex');
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
