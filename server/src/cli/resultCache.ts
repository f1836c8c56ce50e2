/**
 * `--cache`: what each file produced in the last run, kept in `.tactfulcache` (JSON), so a run in CI or a pre-commit
 * hook re-checks only what changed. A file's result is reused only when its key matches: a hash of this build of
 * Tactful, every config file that applies to it (`extends` included), its path and its exact text. A cache file that
 * cannot be read or parsed, or was written by another build, is ignored (and replaced); a cache that cannot be
 * written is only a warning. Entries of files this run did not check are kept, so checking a few staged files does
 * not throw away the rest.
 */
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
	let code = '';
	try {
		code = readFileSync(__filename, 'utf8');
	} catch {
		// Not a file (should not happen): the version alone.
	}
	return createHash('sha1').update(`${VERSION}\0${process.version}\0`).update(code).digest('hex');
}

export class ResultCache {
	private readonly files: Record<string, CachedResult>;

	private constructor(private readonly path: string, readonly salt: string, files: Record<string, CachedResult>) {
		this.files = files;
	}

	static load(path: string, salt: string): ResultCache {
		let files: Record<string, CachedResult> = {};
		try {
			const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile>;
			if (parsed.format === FORMAT && parsed.salt === salt && parsed.files && typeof parsed.files === 'object') files = parsed.files;
		} catch {
			// Missing, unreadable or not ours: start afresh.
		}
		return new ResultCache(path, salt, Object.assign(Object.create(null) as Record<string, CachedResult>, files));
	}

	get(abs: string): CachedResult | undefined {
		const entry = this.files[abs];
		return entry && typeof entry.key === 'string' && Array.isArray(entry.events) ? entry : undefined;
	}

	/** Keeps a file's events under the key its last event carries (none: nothing to keep, and any old entry goes). */
	record(abs: string, events: readonly FileEvent[]): void {
		const last = events[events.length - 1];
		if (last && 'cacheKey' in last) this.files[abs] = { key: last.cacheKey, events: events.slice(0, -1) };
		else delete this.files[abs];
	}

	/** Writes the cache (atomically); returns a warning when it cannot. */
	save(): string | undefined {
		const tmp = `${this.path}.${process.pid}.tmp`;
		try {
			writeFileSync(tmp, JSON.stringify({ format: FORMAT, salt: this.salt, files: this.files } satisfies CacheFile));
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
