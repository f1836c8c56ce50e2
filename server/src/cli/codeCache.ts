/**
 * Loading the CLI bundle through V8's code cache, so a run does not parse and compile half a megabyte of JavaScript
 * again (Node 20 has no `module.enableCompileCache()`). The first `check` run compiles as usual and, on exit, saves
 * V8's compiled code for every function it ran; later runs hand that to `vm.Script` and skip the compiling.
 *
 * The cache lives in `<tmpdir>/tactful-code-cache-<uid>/`, one file per bundle content (a SHA-1 of the source) and
 * Node version. Nothing there is trusted blindly: the folder must be a real folder owned by this user and writable by
 * no one else, the file carries a SHA-1 of its payload (a truncated or corrupt file is ignored and rewritten), and V8
 * itself rejects data made by another V8 or with other flags. Any problem falls back to a plain `require`.
 * TACTFUL_NO_CODE_CACHE=1 switches it off.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

const DIGEST = 20;

export interface CacheOptions {
	/** Where the cache folder is made (default: the OS temp folder). */
	dir?: string;
	/** Whether this run may write the cache: only runs that exercise the code worth caching should. */
	write: boolean;
}

export interface Loaded {
	exports: unknown;
	/** `hit`: compiled from the cache; `miss`: compiled from source (the cache is written at exit if allowed); `off`: a plain require. */
	cache: 'hit' | 'miss' | 'off';
}

/** `require(file)`, through the code cache when it can be used. */
export function loadWithCodeCache(file: string, options: CacheOptions): Loaded {
	const dir = options.dir ?? join(tmpdir(), `tactful-code-cache-${process.getuid?.() ?? 'user'}`);
	let source: string;
	try {
		if (process.env.TACTFUL_NO_CODE_CACHE || !safeDir(dir, options.write)) throw new Error('off');
		source = readFileSync(file, 'utf8');
	} catch {
		return { exports: require(file), cache: 'off' };
	}
	const key = createHash('sha1').update(source).digest('hex').slice(0, 16);
	const name = `${process.version}-${process.arch}-${key}.bin`;
	const cacheFile = join(dir, name);
	const cachedData = readCache(cacheFile);
	const script = new Script(Module.wrap(source), { filename: file, cachedData });
	const used = cachedData !== undefined && !script.cachedDataRejected;
	const m = new Module(file, module);
	m.filename = file;
	m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
	const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
	fn.call(m.exports, m.exports, createRequire(file), m, file, dirname(file));
	m.loaded = true;
	if (!used && options.write) {
		// At exit, every function the run needed has been compiled, and goes into the cache.
		process.once('exit', () => writeCache(dir, name, script));
	}
	return { exports: m.exports, cache: used ? 'hit' : 'miss' };
}

/** The cache folder exists (or is made) as a real folder of this user's that no one else can write to. */
function safeDir(dir: string, create: boolean): boolean {
	try {
		if (create) mkdirSync(dir, { mode: 0o700 });
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return false;
	}
	try {
		const s = lstatSync(dir);
		if (!s.isDirectory()) return false;
		if (process.platform === 'win32') return true;
		return s.uid === process.getuid?.() && (s.mode & 0o022) === 0;
	} catch {
		return false;
	}
}

function readCache(file: string): Buffer | undefined {
	try {
		const data = readFileSync(file);
		if (data.length <= DIGEST) return undefined;
		const payload = data.subarray(DIGEST);
		return createHash('sha1').update(payload).digest().equals(data.subarray(0, DIGEST)) ? payload : undefined;
	} catch {
		return undefined;
	}
}

function writeCache(dir: string, name: string, script: Script): void {
	const tmp = join(dir, `${name}.${process.pid}.tmp`);
	try {
		const payload = script.createCachedData();
		writeFileSync(tmp, Buffer.concat([createHash('sha1').update(payload).digest(), payload]), { mode: 0o600 });
		renameSync(tmp, join(dir, name));
		// Caches of older bundles for this Node are not coming back.
		const prefix = `${process.version}-${process.arch}-`;
		for (const other of readdirSync(dir)) if (other !== name && other.startsWith(prefix) && other.endsWith('.bin')) unlinkSync(join(dir, other));
	} catch {
		try {
			unlinkSync(tmp);
		} catch {
			// Never written.
		}
	}
}
