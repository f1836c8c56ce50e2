/**
 * `.tactfulrc.json` files: found upward from each document (stopping at its workspace folder, else at the repository
 * root, the first folder holding `.git`, else at the file-system root: the outermost applies first, as in the CLI), read from disk or from the editor when the file is open there, resolved by the engine together with the
 * editor settings, and cached until a watched file changes. Each file's problems are handed to `onFileErrors` with
 * the file's text, so they can be shown on the file itself.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolveConfig, type ConfigError, type ConfigFile, type ResolvedConfig } from './engine';
import { CONFIG_FILE_NAME } from './protocol';
import type { EffectiveSettings } from './settings';

/** How the server reads files; undefined when the file does not exist or cannot be read. */
export interface FileReader {
	readFile(filePath: string): string | undefined;
	/** True when something (file or folder) exists at the path. */
	exists(filePath: string): boolean;
}

export interface ResolvedFor {
	config: ResolvedConfig;
	/** Changes whenever the config would: part of the lint cache key. */
	key: string;
	/** The document's path for the config's globs (`letters`, `templates`, `ignore`): relative, forward slashes. */
	lintPath?: string;
}

export interface ConfigStoreEvents {
	/** The problems of one config file, with its text for positions; [] when it has none (any more). */
	onFileErrors(filePath: string, errors: ConfigError[], text: string): void;
	/** Problems in the editor settings (each said once by the listener). */
	onSettingsError(message: string): void;
	/** An untrusted workspace has a config file, so some of it is ignored. */
	onUntrustedConfig(filePath: string): void;
	/** A file named in `extends` was read: it should be watched too. */
	onExtendsTarget(filePath: string): void;
}

export function uriToPath(uri: string): string | undefined {
	if (!uri.startsWith('file:')) return undefined;
	try {
		return fileURLToPath(uri);
	} catch {
		return undefined;
	}
}

export function pathToUri(filePath: string): string {
	return pathToFileURL(filePath).href;
}

function isInside(child: string, parent: string): boolean {
	const rel = path.relative(parent, child);
	return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export class ConfigStore {
	/** Workspace folders as file-system paths. */
	folders: string[] = [];
	trusted = true;
	private readonly overlay = new Map<string, string>();
	private readonly texts = new Map<string, string | undefined>();
	private readonly chains = new Map<string, string[]>();
	private readonly roots = new Map<string, string | undefined>();
	private readonly resolved = new Map<string, ResolvedConfig>();
	private readonly checked = new Set<string>();
	private readonly published = new Map<string, string>();
	private generation = 0;

	constructor(
		private readonly reader: FileReader,
		private readonly events: ConfigStoreEvents,
	) {}

	/** Forget everything read: a config file, a setting, trust or the workspace folders changed. */
	invalidate(): void {
		this.texts.clear();
		this.chains.clear();
		this.roots.clear();
		this.resolved.clear();
		this.checked.clear();
		this.generation++;
	}

	/** The editor's text of an open config file (undefined: closed, read it from disk again). */
	setOpenText(filePath: string, text: string | undefined): void {
		if (text === undefined) this.overlay.delete(filePath);
		else this.overlay.set(filePath, text);
		this.invalidate();
	}

	/** The text of a config file: the editor's if open there, else the disk's. */
	readText(filePath: string): string | undefined {
		const open = this.overlay.get(filePath);
		if (open !== undefined) return open;
		if (!this.texts.has(filePath)) this.texts.set(filePath, this.reader.readFile(filePath));
		return this.texts.get(filePath);
	}

	/** The workspace folder holding a path, the innermost if nested. */
	folderOf(filePath: string): string | undefined {
		return this.folders.filter((f) => isInside(filePath, f)).sort((a, b) => b.length - a.length)[0];
	}

	/** The config for a document, from the settings and every `.tactfulrc.json` above it. */
	resolve(uri: string, settings: EffectiveSettings): ResolvedFor {
		const filePath = uriToPath(uri);
		const dir = filePath ? path.dirname(filePath) : this.folders[0];
		const chain = dir ? this.chain(dir, filePath ? this.stopAt(filePath) : dir) : [];
		const key = `${this.generation}\0${this.trusted}\0${settings.engineKey}\0${chain.join('\0')}`;
		let config = this.resolved.get(key);
		if (!config) {
			const files: ConfigFile[] = [];
			for (const p of chain) {
				const text = this.readText(p);
				if (text !== undefined) files.push({ path: p, text });
				this.check(p);
			}
			if (!this.trusted && files.length > 0) this.events.onUntrustedConfig(files[0].path);
			const result = resolveConfig({ settings: settings.engine, files, load: this.loader(), trusted: this.trusted });
			for (const e of result.errors) if (e.path === 'settings') this.events.onSettingsError(e.message);
			config = result.config;
			this.resolved.set(key, config);
		}
		return { config, key, lintPath: filePath ? this.lintPath(filePath, chain) : undefined };
	}

	/** The config file a "disable in .tactfulrc.json" action edits: the nearest one, else one to create. */
	target(uri: string): { filePath: string; exists: boolean } | undefined {
		const filePath = uriToPath(uri);
		if (!filePath) return undefined;
		const root = this.stopAt(filePath);
		const chain = this.chain(path.dirname(filePath), root);
		const nearest = chain[chain.length - 1];
		if (nearest) return { filePath: nearest, exists: true };
		return { filePath: path.join(root ?? path.dirname(filePath), CONFIG_FILE_NAME), exists: false };
	}

	/** Checks one config file (open in the editor or changed on disk) and reports its problems. */
	check(filePath: string): void {
		if (this.checked.has(filePath)) return;
		this.checked.add(filePath);
		const text = this.readText(filePath);
		const loaded = new Map<string, string>();
		const errors = text === undefined ? [] : resolveConfig({ files: [{ path: filePath, text }], load: this.loader(loaded), trusted: this.trusted }).errors;
		this.report(filePath, errors.filter((e) => e.path === filePath), text ?? '');
		for (const [p, t] of loaded) {
			this.checked.add(p);
			this.report(p, errors.filter((e) => e.path === p), t);
		}
	}

	/** A config file was deleted: clear its problems. */
	forget(filePath: string): void {
		this.report(filePath, [], '');
	}

	private report(filePath: string, errors: ConfigError[], text: string): void {
		const json = JSON.stringify(errors);
		if ((this.published.get(filePath) ?? '[]') === json) return;
		this.published.set(filePath, json);
		this.events.onFileErrors(filePath, errors, text);
	}

	/**
	 * `extends`: a path relative to the file that names it, else a package in node_modules (as the CLI reads it). In an
	 * untrusted workspace only files inside the workspace are read.
	 */
	private loader(loaded?: Map<string, string>): (ref: string, from: string) => ConfigFile | undefined {
		return (ref, from) => {
			const fromDir = path.dirname(from);
			const candidates = [path.resolve(fromDir, ref)];
			if (!path.isAbsolute(ref) && !ref.startsWith('.')) {
				for (let dir = fromDir; ; dir = path.dirname(dir)) {
					const pkg = path.join(dir, 'node_modules', ref);
					candidates.push(pkg, path.join(pkg, CONFIG_FILE_NAME));
					if (path.dirname(dir) === dir) break;
				}
			}
			for (const target of candidates) {
				if (!this.trusted && !this.folderOf(target)) continue;
				const text = this.readText(target);
				if (text === undefined) continue;
				loaded?.set(target, text);
				this.events.onExtendsTarget(target);
				return { path: target, text };
			}
			return undefined;
		};
	}

	/** Where the search for config files stops: the workspace folder, else the repository root. */
	private stopAt(filePath: string): string | undefined {
		const folder = this.folderOf(filePath);
		if (folder) return folder;
		const dir = path.dirname(filePath);
		if (!this.roots.has(dir)) {
			let root: string | undefined;
			for (let d = dir; ; d = path.dirname(d)) {
				if (this.reader.exists(path.join(d, '.git'))) root = d;
				if (root || path.dirname(d) === d) break;
			}
			this.roots.set(dir, root);
		}
		return this.roots.get(dir);
	}

	/** Config files from `stopAt` (or the root) down to `dir`, outermost first. */
	private chain(dir: string, stopAt: string | undefined): string[] {
		const cached = this.chains.get(dir);
		if (cached) return cached;
		const found: string[] = [];
		for (let d = dir; ; ) {
			const candidate = path.join(d, CONFIG_FILE_NAME);
			if (this.readText(candidate) !== undefined) found.unshift(candidate);
			const parent = path.dirname(d);
			if (parent === d || (stopAt !== undefined && path.resolve(d) === path.resolve(stopAt))) break;
			d = parent;
		}
		this.chains.set(dir, found);
		return found;
	}

	/** Globs are relative to the workspace folder, else the repository root, else the outermost config file's folder. */
	private lintPath(filePath: string, chain: string[]): string {
		const base = this.stopAt(filePath) ?? (chain[0] ? path.dirname(chain[0]) : path.dirname(filePath));
		return path.relative(base, filePath).split(path.sep).join('/');
	}
}
