/**
 * Loading a bundle through V8's code cache, so a run does not parse and compile a megabyte of JavaScript again (Node
 * 20 has no `module.enableCompileCache()`): the CLI (dist/cli-main.js, loaded by dist/cli.js) and the language server
 * (dist/server-main.js, loaded by dist/server.js). A first run compiles as usual and saves V8's compiled code for every
 * function it has run so far: the CLI on exit, the server once its first lint is done; later runs hand that to
 * `vm.Script` and skip the compiling.
 *
 * The cache lives in `<tmpdir>/tactful-code-cache-<uid>/`, one file per bundle (its name and path), bundle file (its
 * size, inode and modification and change times, as Python's .pyc files go by the source's size and time) and Node
 * version. Nothing there is trusted blindly: the folder must be a real folder owned by this user and writable by no
 * one else, and V8 checks the data it is given (its own version and flags, the source's length and, switched on here,
 * a checksum of the data: a truncated or corrupt file is ignored and rewritten). Any problem falls back to a plain
 * `require`. TACTFUL_NO_CODE_CACHE=1 switches it off.
 *
 * Nothing here hashes the bundle: node:crypto alone takes 6 ms to load on a cold start (and its first hash costs a
 * long-running process 7 MB for good), and a digest written in JavaScript over a megabyte runs in the interpreter.
 */
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

export interface CacheOptions {
	/** Where the cache folder is made (default: the OS temp folder). */
	dir?: string;
	/** Whether this run may write the cache: only runs that exercise the code worth caching should. */
	write: boolean;
	/** When: as the process exits (the default), or when `save` is called (a long-running server). */
	saveOn?: 'exit' | 'call';
}

export interface Loaded {
	exports: unknown;
	/** `hit`: compiled from the cache; `miss`: compiled from source (the cache is written when saved, if allowed); `off`: a plain require. */
	cache: 'hit' | 'miss' | 'off';
	/** Writes the cache now, with what has been compiled so far, if it was missed and may be written; once. */
	save(): void;
}

/**
 * A 64-bit digest of bytes (two murmur3-style lanes over 32-bit words), for the cache file's name: it names the
 * bundle's path and its file's identity (`fileKey`) in a few characters. Not for anything an attacker controls: the
 * folder is this user's alone.
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

/** `require(file)`, through the code cache when it can be used. */
export function loadWithCodeCache(file: string, options: CacheOptions): Loaded {
	const dir = options.dir ?? join(tmpdir(), `tactful-code-cache-${process.getuid?.() ?? 'user'}`);
	let source: string;
	let key: string;
	try {
		if (process.env.TACTFUL_NO_CODE_CACHE || !safeDir(dir, options.write)) throw new Error('off');
		({ source, key } = readSource(file));
		// V8 checks a cache's checksum only when asked (or in its debug builds); without it, a damaged file can bring
		// the whole process down in the deserializer. Set before anything is compiled, as the flags are part of the
		// cache's identity.
		setFlagsFromString('--verify-snapshot-checksum');
	} catch {
		return { exports: require(file), cache: 'off', save: () => {} };
	}
	// Named after the bundle and where it is installed, so that two installs (the VS Code extension's server and one
	// installed with npm for another editor, say) keep a file each instead of replacing each other's on every start.
	const prefix = `${basename(file, '.js')}-${digest(Buffer.from(file)).toString('hex').slice(0, 8)}-${process.version}-${process.arch}-`;
	const name = `${prefix}${key}.bin`;
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
	let saved = used || !options.write;
	const save = () => {
		if (saved) return;
		saved = true;
		writeCache(dir, prefix, name, script);
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

/**
 * The bundle's source and the key of its file: its size, inode, and modification and change times to the
 * nanosecond. A build, an install or an edit writes the file and so changes its change time, which nothing but the
 * system clock can set back; reading both from one open file keeps them together.
 */
function readSource(file: string): { source: string; key: string } {
	const fd = openSync(file, 'r');
	try {
		const s = fstatSync(fd, { bigint: true });
		const bytes = readFileSync(fd);
		// The bundles are ASCII (scripts/ascii.mjs), which Node copies as Latin-1 faster than it decodes UTF-8.
		const source = typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
		const key = digest(Buffer.from(`${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`)).toString('hex');
		return { source, key };
	} finally {
		closeSync(fd);
	}
}

function readCache(file: string): Buffer | undefined {
	try {
		const data = readFileSync(file);
		return data.length > 0 ? data : undefined;
	} catch {
		return undefined;
	}
}

function writeCache(dir: string, prefix: string, name: string, script: Script): void {
	const tmp = join(dir, `${name}.${process.pid}.tmp`);
	try {
		const payload = script.createCachedData();
		writeFileSync(tmp, payload, { mode: 0o600 });
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
