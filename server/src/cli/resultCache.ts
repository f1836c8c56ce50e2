/**
 * `--cache`: what each file produced in the last run, kept in `.tactfulcache` (JSON), so a run in CI or a pre-commit
 * hook re-checks only what changed. A file's result is reused only when its key matches: a hash of this build of
 * Tactful, every config file that applies to it (`extends` included), its path and its exact text. A cache file that
 * cannot be read or parsed, or was written by another build, is ignored (and replaced); a cache that cannot be
 * written is only a warning. Entries of files this run did not check are kept, so checking a few staged files does
 * not throw away the rest.
 */
import { isAscii } from 'node:buffer';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import type { CachedResult, FileEvent } from './checkFile';
import { describeFsError } from './errors';
import { VERSION } from './meta';

export const CACHE_NAME = '.tactfulcache';

/** node:crypto's `createHash`, loaded only by runs with --cache: node:crypto takes about 6 ms to load on a cold start. */
export function createHash(algorithm: string): import('node:crypto').Hash {
	return (require('node:crypto') as typeof import('node:crypto')).createHash(algorithm);
}
const FORMAT = 1;

interface CacheFile {
	format: number;
	salt: string;
	files: Record<string, CachedResult>;
}

/** Identifies this build: the version and the code that runs (the bundle, when bundled). */
export function buildSalt(): string {
	const hash = createHash('sha1').update(`${VERSION}\0${process.version}\0`);
	try {
		// The bytes, not a string: decoding a megabyte bundle first would double the cost.
		hash.update(readFileSync(__filename));
	} catch {
		// Not a file (should not happen): the version alone.
	}
	return hash.digest('hex');
}

export class ResultCache {
	private readonly files: Record<string, CachedResult>;
	/** False while the file on disk holds exactly what this cache holds: a run that reused every result writes nothing. */
	private changed: boolean;

	private constructor(
		private readonly path: string,
		readonly salt: string,
		files: Record<string, CachedResult>,
		fresh: boolean,
		/** What was read, for TACTFUL_DEBUG: how many entries, or why none. */
		readonly status: string,
	) {
		this.files = files;
		this.changed = fresh;
	}

	static load(path: string, salt: string): ResultCache {
		let files: Record<string, CachedResult> | undefined;
		let status: string;
		try {
			const parsed = JSON.parse(asciiOrUtf8(readFileSync(path))) as Partial<CacheFile>;
			if (parsed === null || typeof parsed !== 'object' || parsed.format !== FORMAT) status = 'not a cache file of this format';
			else if (parsed.salt !== salt) status = 'written by another build of Tactful';
			else if (!parsed.files || typeof parsed.files !== 'object' || Array.isArray(parsed.files)) status = 'damaged';
			else {
				files = parsed.files;
				status = `${Object.keys(files).length} entries`;
			}
		} catch (e) {
			// Missing, unreadable or not ours: start afresh.
			const code = (e as NodeJS.ErrnoException).code;
			status = e instanceof SyntaxError ? 'not JSON' : code === 'ENOENT' ? 'none yet' : `not read (${code ?? String(e)})`;
		}
		return new ResultCache(path, salt, Object.assign(Object.create(null) as Record<string, CachedResult>, files), files === undefined, status);
	}

	get(abs: string): CachedResult | undefined {
		const entry = this.files[abs];
		return entry && typeof entry.key === 'string' && Array.isArray(entry.events) ? entry : undefined;
	}

	/** Keeps a file's events under the key its last event carries (none: nothing to keep, and any old entry goes). */
	record(abs: string, events: readonly FileEvent[]): void {
		const last = events[events.length - 1];
		if (last && 'cacheKey' in last) {
			// The same key means the events were the cached ones (checkTarget reuses them), so nothing changes.
			if (this.get(abs)?.key === last.cacheKey) return;
			this.files[abs] = { key: last.cacheKey, events: events.slice(0, -1) };
			this.changed = true;
		} else if (abs in this.files) {
			delete this.files[abs];
			this.changed = true;
		}
	}

	/** Writes the cache (atomically) unless nothing changed since it was read; returns a warning when it cannot. */
	save(): string | undefined {
		if (!this.changed) return undefined;
		const tmp = `${this.path}.${process.pid}.tmp`;
		try {
			writeFileSync(tmp, asciiJson({ format: FORMAT, salt: this.salt, files: this.files } satisfies CacheFile));
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
