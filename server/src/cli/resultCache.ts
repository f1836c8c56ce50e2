/**
 * `--cache`: what each file produced in the last run, kept in `.tactfulcache` (JSON), so a run in CI or a pre-commit
 * hook re-checks only what changed. A file's result is reused only when its key matches: a hash of this build of
 * Tactful, every config file that applies to it (`extends` included), its path and its exact bytes. A cache file
 * that cannot be read or parsed, or was written by another build, is ignored (and replaced); a cache that cannot be
 * written is only a warning. Entries of files this run did not check are kept while those files exist, so checking a
 * few staged files does not throw away the rest.
 */
import { isAscii } from 'node:buffer';
import { existsSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { decodeEvents, encodeEvents, isStored, renumber, StringTable, type StoredEvent } from './cacheFormat';
import type { FileEvent } from './checkFile';
import { describeFsError } from './errors';
import { VERSION } from './meta';

export const CACHE_NAME = '.tactfulcache';

/** node:crypto's `createHash`, loaded only by runs with --cache: node:crypto takes about 6 ms to load on a cold start. */
export function createHash(algorithm: string): import('node:crypto').Hash {
	return (require('node:crypto') as typeof import('node:crypto')).createHash(algorithm);
}
/** 2: strings in one table, reports as flat arrays (cacheFormat.ts). 1 (until 0.1.0's session 15) kept plain reports. */
const FORMAT = 2;

interface CacheFile {
	format: number;
	salt: string;
	strings: string[];
	files: Record<string, StoredEntry>;
}

interface StoredEntry {
	key: string;
	events: StoredEvent[];
}

/**
 * A hash of the bundle this code is in, written over this placeholder by the build (BUILD_ID_PLACEHOLDER in
 * scripts/build.mjs); still the placeholder when running from source or from a bundle built otherwise.
 */
const BUILD_ID: string = 'tactful-build-id:00000000000000000000000';

/** Identifies this build: the version and the code that runs (the bundle, when bundled). */
export function buildSalt(): string {
	const hash = createHash('sha1').update(`${VERSION}\0${process.version}\0`);
	if (!BUILD_ID.startsWith('tactful-build-id:')) return hash.update(BUILD_ID).digest('hex');
	try {
		// The bytes, not a string: decoding a megabyte bundle first would double the cost.
		hash.update(readFileSync(__filename));
	} catch {
		// Not a file (should not happen): the version alone.
	}
	return hash.digest('hex');
}

export class ResultCache {
	/** As read from the file: an entry is checked (`key`) before it is used or written again. */
	private readonly files: Record<string, { key?: unknown; events?: unknown }>;
	private readonly table: StringTable;
	/** Entries checked so far: well-formed (its string indices in the table), or not (never reused, not kept). */
	private readonly checked = new Map<string, boolean>();
	/** False while the file on disk holds exactly what this cache holds: a run that reused every result writes nothing. */
	private changed: boolean;

	private constructor(
		private readonly path: string,
		readonly salt: string,
		file: Pick<CacheFile, 'strings' | 'files'> | undefined,
		/** What was read, for TACTFUL_DEBUG: how many entries, or why none. */
		readonly status: string,
	) {
		this.files = Object.assign(Object.create(null) as ResultCache['files'], file?.files);
		this.table = new StringTable(file?.strings);
		this.changed = file === undefined;
	}

	static load(path: string, salt: string): ResultCache {
		let file: Pick<CacheFile, 'strings' | 'files'> | undefined;
		let status: string;
		try {
			const parsed = JSON.parse(asciiOrUtf8(readFileSync(path))) as Partial<CacheFile>;
			if (parsed === null || typeof parsed !== 'object' || parsed.format !== FORMAT) status = 'not a cache file of this format';
			else if (parsed.salt !== salt) status = `written by another build of Tactful (${String(parsed.salt).slice(0, 12)})`;
			else if (!isRecord(parsed.files) || !Array.isArray(parsed.strings) || !parsed.strings.every((s) => typeof s === 'string')) status = 'damaged';
			else {
				file = { strings: parsed.strings, files: parsed.files };
				status = `${Object.keys(parsed.files).length} entries`;
			}
		} catch (e) {
			// Missing, unreadable or not ours: start afresh.
			const code = (e as NodeJS.ErrnoException).code;
			status = e instanceof SyntaxError ? 'not JSON' : code === 'ENOENT' ? 'none yet' : `not read (${code ?? String(e)})`;
		}
		return new ResultCache(path, salt, file, status);
	}

	/** The key a file's result was kept under; undefined when there is none, or it is damaged (the file is linted). */
	key(abs: string): string | undefined {
		const entry = this.files[abs];
		if (!entry || typeof entry.key !== 'string') return undefined;
		let ok = this.checked.get(abs);
		if (ok === undefined) {
			ok = isStored(entry.events, this.table.strings);
			this.checked.set(abs, ok);
		}
		return ok ? entry.key : undefined;
	}

	/** The events kept for a file whose `key` was given (and matched). */
	events(abs: string): FileEvent[] {
		return decodeEvents(this.files[abs].events as StoredEvent[], this.table.strings);
	}

	/** Keeps a file's events under the key its last event carries (none: nothing to keep, and any old entry goes). */
	record(abs: string, events: readonly FileEvent[]): void {
		const last = events[events.length - 1];
		const key = last && 'cacheKey' in last ? last.cacheKey : undefined;
		// The same key means the events were the cached ones (reused), so nothing changes.
		if (key !== undefined && this.key(abs) === key) return;
		const stored = key === undefined ? undefined : encodeEvents(events.slice(0, -1), this.table);
		if (key !== undefined && stored) {
			this.files[abs] = { key, events: stored };
			this.checked.set(abs, true);
			this.changed = true;
		} else if (abs in this.files) {
			delete this.files[abs];
			this.checked.delete(abs);
			this.changed = true;
		}
	}

	/**
	 * Writes the cache (atomically) unless nothing changed since it was read; returns a warning when it cannot. The
	 * string table is rebuilt from the entries kept, so strings of results that changed or went do not pile up, and
	 * the entries of files this run did not check are kept only while the file exists (a renamed or deleted letter's
	 * entry goes).
	 */
	save(): string | undefined {
		if (!this.changed) return undefined;
		const table = new StringTable();
		const files: Record<string, StoredEntry> = {};
		const old = this.table.strings;
		for (const abs of Object.keys(this.files)) {
			const seen = this.checked.has(abs);
			const key = this.key(abs);
			if (key === undefined || (!seen && !existsSync(abs))) continue;
			files[abs] = { key, events: renumber(this.files[abs].events as StoredEvent[], (i) => table.add(old[i])) };
		}
		const tmp = `${this.path}.${process.pid}.tmp`;
		try {
			writeFileSync(tmp, asciiJson({ format: FORMAT, salt: this.salt, strings: table.strings, files } satisfies CacheFile));
			renameSync(tmp, this.path);
			return undefined;
		} catch (e) {
			try {
				unlinkSync(tmp);
			} catch {
				// Never written.
			}
			return `could not write the cache ${this.path}: ${describeFsError(e)}.`;
		}
	}
}

function isRecord(v: unknown): v is Record<string, { key?: unknown; events?: unknown }> {
	return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * JSON with every character past ASCII escaped (`\u2019`), so the next run reads the file with asciiOrUtf8's fast
 * path: in a fresh process, reading 3.5 MB as UTF-8 took 29 ms, reading the bytes and taking them as ASCII 22 ms.
 */
function asciiJson(value: unknown): string {
	return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Bytes as text: taken one byte per character when all are ASCII (the same text, much faster), else decoded as UTF-8. */
function asciiOrUtf8(bytes: Buffer): string {
	return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}
