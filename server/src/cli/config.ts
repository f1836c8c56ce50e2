/**
 * Finding and resolving `.tactfulrc.json` for each file. Every `.tactfulrc.json` from the file's folder up to the
 * repository root (the first folder holding `.git`) or the filesystem root applies, the outermost first, so a
 * sub-folder's file refines the one at the root (as in the language server, which stops at the workspace folder). `--config FILE` replaces discovery. Lookups and resolved configs are
 * cached per folder and per chain, so 2,000 letters in one folder cost one parse.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { lineStarts, offsetToPosition, resolveConfig, type ConfigError, type ConfigFile, type ResolvedConfig } from '../engine/index';
import { CliError, describeFsError } from './errors';
import { RepoRoots, isInside } from './roots';

export const CONFIG_NAME = '.tactfulrc.json';

export interface FileConfig {
	config: ResolvedConfig;
	/** The folder the config's globs (`letters`, `templates`, `ignore`) are relative to. */
	base: string;
	/** Every config file this config was read from (`extends` included), path and text: what --cache keys on. */
	sources: string;
}

export class ConfigStore {
	private readonly chains = new Map<string, string[]>();
	private readonly roots = new RepoRoots();
	private readonly resolved = new Map<string, { config: ResolvedConfig; sources: string }>();
	private readonly perDir = new Map<string, FileConfig>();
	private readonly texts = new Map<string, string>();
	private readonly starts = new Map<string, number[]>();
	private readonly seenErrors = new Set<string>();
	private readonly explicit: boolean;
	/** Every problem found so far, each once, in the order met. */
	readonly errors: ConfigError[] = [];

	constructor(private readonly cwd: string, explicitPath?: string) {
		this.explicit = explicitPath !== undefined;
		if (explicitPath !== undefined) {
			const abs = resolve(cwd, explicitPath);
			let text: string;
			try {
				if (statSync(abs).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
				text = readFileSync(abs, 'utf8');
			} catch (e) {
				throw new CliError(`${explicitPath}: cannot read the config file given with --config: ${describeFsError(e)}.`);
			}
			this.resolved.set('\0explicit', this.resolveFiles([{ path: this.display(abs), text }]));
		}
	}

	/** The config for a file (absolute path). */
	forFile(abs: string): FileConfig {
		const dir = dirname(abs);
		let fc = this.perDir.get(dir);
		if (fc) return fc;
		const chain = this.explicit ? [] : this.chain(dir);
		const key = this.explicit ? '\0explicit' : chain.join('\0');
		let resolved = this.resolved.get(key);
		if (!resolved) {
			const files: ConfigFile[] = [];
			for (const p of chain) {
				const text = this.read(p);
				if (text !== undefined) files.push({ path: this.display(p), text });
			}
			resolved = this.resolveFiles(files);
			this.resolved.set(key, resolved);
		}
		fc = { config: resolved.config, sources: resolved.sources, base: this.baseOf(dir, chain) };
		this.perDir.set(dir, fc);
		return fc;
	}

	/** Config errors as `path:line:col: message`, 1-based like compilers print them. */
	formatError(e: ConfigError): string {
		const text = this.texts.get(e.path);
		if (text === undefined) return `${e.path}: ${e.message}`;
		let starts = this.starts.get(e.path);
		if (!starts) this.starts.set(e.path, (starts = lineStarts(text))); // once per file: a config can hold 100,000 errors
		const pos = offsetToPosition(starts, e.start, text.length);
		return `${e.path}:${pos.line + 1}:${pos.character + 1}: ${e.message}`;
	}

	/**
	 * What config globs are relative to, as in the editor (whose base is the workspace folder): the repository root,
	 * else the working folder when the file is inside it, else the outermost config file's folder.
	 */
	private baseOf(dir: string, chain: string[]): string {
		const root = this.roots.of(dir);
		if (root) return root;
		if (isInside(dir, this.cwd)) return this.cwd;
		return chain.length > 0 ? dirname(chain[0]) : dir;
	}

	/** Absolute paths of the config files that apply in a folder, outermost first, up to the repository root. */
	private chain(dir: string): string[] {
		const cached = this.chains.get(dir);
		if (cached) return cached;
		const own = join(dir, CONFIG_NAME);
		const parent = dirname(dir);
		const inherited = parent === dir || this.roots.of(dir) === dir ? [] : this.chain(parent);
		const chain = isFile(own) ? [...inherited, own] : inherited;
		this.chains.set(dir, chain);
		return chain;
	}

	private resolveFiles(files: ConfigFile[]): { config: ResolvedConfig; sources: string } {
		for (const f of files) this.texts.set(f.path, f.text);
		const read = [...files];
		const load = (ref: string, from: string) => {
			const file = this.load(ref, from);
			if (file) read.push(file);
			return file;
		};
		const { config, errors } = resolveConfig({ files, load, trusted: true });
		for (const e of errors) {
			const key = `${e.path}\0${e.start}\0${e.message}`;
			if (this.seenErrors.has(key)) continue;
			this.seenErrors.add(key);
			this.errors.push(e);
		}
		return { config, sources: JSON.stringify(read.map((f) => [f.path, f.text])) };
	}

	/** Resolves `extends`: a path relative to the file that names it, else a package in node_modules. */
	private load(ref: string, from: string): ConfigFile | undefined {
		const fromDir = dirname(resolve(this.cwd, from));
		const candidates = [resolve(fromDir, ref)];
		if (!isAbsolute(ref) && !ref.startsWith('.')) {
			for (let dir = fromDir; ; dir = dirname(dir)) {
				const pkg = join(dir, 'node_modules', ref);
				candidates.push(pkg, join(pkg, CONFIG_NAME));
				if (dirname(dir) === dir) break;
			}
		}
		for (const abs of candidates) {
			if (!isFile(abs)) continue;
			const text = this.read(abs);
			if (text === undefined) return undefined;
			const path = this.display(abs);
			this.texts.set(path, text);
			return { path, text };
		}
		return undefined;
	}

	private read(abs: string): string | undefined {
		try {
			return readFileSync(abs, 'utf8');
		} catch (e) {
			this.errors.push({ path: this.display(abs), message: `Cannot read this config file: ${describeFsError(e)}.`, start: 0, end: 0, severity: 'error' });
			return undefined;
		}
	}

	private display(abs: string): string {
		const rel = relative(this.cwd, abs);
		return rel === '' || rel.startsWith('..') && rel.split(/[\\/]/).length > 4 ? abs : rel;
	}
}

function isFile(p: string): boolean {
	try {
		return statSync(p).isFile();
	} catch {
		return false;
	}
}
