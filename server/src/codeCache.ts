/**
 * Loading a bundle through V8's code cache, so a run does not parse and compile a megabyte of JavaScript again (Node
 * 20 has no `module.enableCompileCache()`): the CLI (dist/cli-main.js, loaded by dist/cli.js) and the language server
 * (dist/server-main.js, loaded by dist/server.js). A first run compiles as usual and saves V8's compiled code for every
 * function it has run so far: the CLI on exit, the server once its first lint is done; later runs hand that to
 * `vm.Script` and skip the compiling.
 *
 * The cache lives in `<tmpdir>/tactful-code-cache-<uid>/`, one file per bundle (its name and path), bundle content
 * (a digest of the source) and Node version. Nothing there is trusted blindly: the folder must be a real folder owned
 * by this user and writable by no one else, the file carries a digest of its payload (a truncated or corrupt file is
 * ignored and rewritten), and V8 itself rejects data made by another V8 or with other flags. Any problem falls back to a plain
 * `require`. TACTFUL_NO_CODE_CACHE=1 switches it off.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

export interface CacheOptions {
	/** Where the cache folder is made (default: the OS temp folder). */
	dir?: string;
	/** Whether this run may write the cache: only runs that exercise the code worth caching should. */
	write: boolean;
	/** When: as the process exits (the default), or when `save` is called (a long-running server). */
	saveOn?: 'exit' | 'call';
	/** A process that runs for hours: digests are made without node:crypto (see `digest`). */
	longRunning?: boolean;
}

export interface Loaded {
	exports: unknown;
	/** `hit`: compiled from the cache; `miss`: compiled from source (the cache is written when saved, if allowed); `off`: a plain require. */
	cache: 'hit' | 'miss' | 'off';
	/** Writes the cache now, with what has been compiled so far, if it was missed and may be written; once. */
	save(): void;
}

/**
 * A 64-bit digest of bytes (two murmur3-style lanes over 32-bit words): enough to name a bundle's content and to
 * notice a damaged cache file, which is all it is for (the folder is this user's alone, and V8 checks the data it is
 * given too). For the language server, instead of SHA-1: node:crypto's first hash starts OpenSSL, which would cost the
 * long-running server about 7 MB of memory for as long as it runs (bench/analysis.md). A short CLI run pays nothing
 * for that, and SHA-1 is faster on a cold start (about 1 ms against 10 for the bundle and its cache).
 */
export function digest(bytes: Uint8Array): Buffer {
	const n = bytes.length;
	const words = n >> 2;
	// Whole words in the platform's byte order (the cache's file name carries the architecture), read from an aligned
	// copy when the bytes are not aligned.
	const aligned = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
	const view = new Int32Array(aligned.buffer, aligned.byteOffset, words);
	let h1 = 0x9747b28c;
	let h2 = 0x2c1b3c6d;
	for (let i = 0; i < words; i++) {
		const w = view[i];
		let k = Math.imul(w, 0xcc9e2d51);
		k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
		h1 ^= k;
		h1 = (Math.imul((h1 << 13) | (h1 >>> 19), 5) + 0xe6546b64) | 0;
		k = Math.imul(w, 0x85ebca6b);
		k = Math.imul((k << 13) | (k >>> 19), 0xc2b2ae35);
		h2 ^= k;
		h2 = (Math.imul((h2 << 15) | (h2 >>> 17), 5) + 0x561ccd1b) | 0;
	}
	for (let j = words * 4; j < n; j++) {
		h1 = Math.imul(h1 ^ aligned[j], 0x01000193);
		h2 = Math.imul(h2 ^ aligned[j], 0x5bd1e995);
	}
	const out = Buffer.alloc(8);
	out.writeUInt32LE(mix(h1 ^ n) >>> 0, 0);
	out.writeUInt32LE(mix(h2 ^ n ^ h1) >>> 0, 4);
	return out;
}

/** murmur3's finaliser: every input bit reaches every output bit. */
function mix(h: number): number {
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return h ^ (h >>> 16);
}

/** SHA-1, from node:crypto loaded only when used. */
function sha1(data: string | Uint8Array): Buffer {
	const { createHash } = require('node:crypto') as typeof import('node:crypto');
	return createHash('sha1').update(data).digest();
}

/** `require(file)`, through the code cache when it can be used. */
export function loadWithCodeCache(file: string, options: CacheOptions): Loaded {
	const dir = options.dir ?? join(tmpdir(), `tactful-code-cache-${process.getuid?.() ?? 'user'}`);
	let source: string;
	let key: string;
	try {
		if (process.env.TACTFUL_NO_CODE_CACHE || !safeDir(dir, options.write)) throw new Error('off');
		// The CLI reads the source as a string, Node's fastest read, and SHA-1 takes it as it is; `digest` needs bytes.
		if (options.longRunning) {
			const bytes = readFileSync(file);
			source = bytes.toString('utf8');
			key = digest(bytes).toString('hex');
		} else {
			source = readFileSync(file, 'utf8');
			key = sha1(source).toString('hex').slice(0, 16);
		}
	} catch {
		return { exports: require(file), cache: 'off', save: () => {} };
	}
	const hash: Hash = options.longRunning ? { digest, length: 8 } : { digest: sha1, length: 20 };
	// Named after the bundle and where it is installed, so that two installs (the VS Code extension's server and one
	// installed with npm for another editor, say) keep a file each instead of replacing each other's on every start.
	const prefix = `${basename(file, '.js')}-${hash.digest(Buffer.from(file)).toString('hex').slice(0, 8)}-${process.version}-${process.arch}-`;
	const name = `${prefix}${key}.bin`;
	const cacheFile = join(dir, name);
	const cachedData = readCache(cacheFile, hash);
	const script = new Script(Module.wrap(source), { filename: file, cachedData });
	const used = cachedData !== undefined && !script.cachedDataRejected;
	const m = new Module(file, module);
	m.filename = file;
	m.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(file));
	const fn = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
	fn.call(m.exports, m.exports, createRequire(file), m, file, dirname(file));
	m.loaded = true;
	let saved = used || !options.write;
	const save = () => {
		if (saved) return;
		saved = true;
		writeCache(dir, prefix, name, script, hash);
	};
	// At exit, every function the run needed has been compiled, and goes into the cache.
	if (!saved && (options.saveOn ?? 'exit') === 'exit') process.once('exit', save);
	return { exports: m.exports, cache: used ? 'hit' : 'miss', save };
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

/** How a cache file's payload is checked: its digest, written before it. */
interface Hash {
	digest(bytes: Uint8Array): Buffer;
	length: number;
}

function readCache(file: string, hash: Hash): Buffer | undefined {
	try {
		const data = readFileSync(file);
		if (data.length <= hash.length) return undefined;
		const payload = data.subarray(hash.length);
		return hash.digest(payload).equals(data.subarray(0, hash.length)) ? payload : undefined;
	} catch {
		return undefined;
	}
}

function writeCache(dir: string, prefix: string, name: string, script: Script, hash: Hash): void {
	const tmp = join(dir, `${name}.${process.pid}.tmp`);
	try {
		const payload = script.createCachedData();
		writeFileSync(tmp, Buffer.concat([hash.digest(payload), payload]), { mode: 0o600 });
		renameSync(tmp, join(dir, name));
		// Caches of older builds of this bundle, installed here, for this Node are not coming back (nor those named
		// before the bundle's name and place were part of the file name).
		const prefixes = [prefix, `${process.version}-${process.arch}-`];
		for (const other of readdirSync(dir)) {
			if (other !== name && other.endsWith('.bin') && prefixes.some((p) => other.startsWith(p))) unlinkSync(join(dir, other));
		}
	} catch {
		try {
			unlinkSync(tmp);
		} catch {
			// Never written.
		}
	}
}
