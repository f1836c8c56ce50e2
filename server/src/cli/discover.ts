/**
 * Which files `tactful check` reads. Arguments are files, folders or globs (default `.`):
 * - a folder is walked for `.md`, `.markdown` and `.txt` files;
 * - a glob is matched against paths relative to the working folder (its extension, when it names one, wins);
 * - a file named explicitly is checked whatever its extension, as ESLint does.
 * `node_modules` and `.git` are never entered. `.gitignore` and `.tactfulignore` files (same syntax) apply from the
 * repository root down, nested ones included, with git's precedence: a deeper file can re-include what a shallower
 * one ignored. `--no-ignore` switches both off.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { CliError, describeFsError } from './errors';
import { RepoRoots, isInside } from './roots';

export const EXTENSIONS = ['.md', '.markdown', '.txt'];
const IGNORE_FILES = ['.gitignore', '.tactfulignore'];
const NEVER_ENTER = new Set(['node_modules', '.git']);

export interface Target {
	abs: string;
	/** The path as the user gave it (explicit files) or as found under what they gave; shown in every report. */
	display: string;
	explicit: boolean;
}

export interface Discovery {
	files: Target[];
	/** Folders or files that could not be read, and explicitly named files that are ignored. */
	warnings: string[];
}

export function hasLetterExtension(name: string): boolean {
	const lower = name.toLowerCase();
	return EXTENSIONS.some((e) => lower.endsWith(e));
}

export function discover(args: readonly string[], cwd: string, useIgnore: boolean): Discovery {
	const out: Discovery = { files: [], warnings: [] };
	const seen = new Set<string>();
	const ignores = new IgnoreFiles(cwd, useIgnore);
	const add = (t: Target) => {
		if (seen.has(t.abs)) return;
		seen.add(t.abs);
		out.files.push(t);
	};
	for (const arg of args.length > 0 ? args : ['.']) {
		const abs = resolve(cwd, arg);
		let stat;
		try {
			stat = statSync(abs);
		} catch (e) {
			const scan = picomatch.scan(arg);
			if (scan.isGlob) {
				const before = out.files.length;
				globWalk(arg, scan.base, cwd, ignores, out, add);
				if (out.files.length === before) throw new CliError(`No files match "${arg}".`, 'Check the pattern, or quote it so the shell does not expand it.');
				continue;
			}
			throw new CliError(`${arg}: ${describeFsError(e)}.`);
		}
		if (stat.isDirectory()) {
			walk(abs, ignores, out, (file) => hasLetterExtension(file) && add({ abs: file, display: join(arg, relative(abs, file)), explicit: false }));
		} else {
			const why = ignores.ignoredBy(abs, false);
			if (why) out.warnings.push(`${arg}: skipped, ignored by ${why} (use --no-ignore to check it).`);
			else add({ abs, display: arg, explicit: true });
		}
	}
	return out;
}

function globWalk(pattern: string, base: string, cwd: string, ignores: IgnoreFiles, out: Discovery, add: (t: Target) => void): void {
	const normalized = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
	const absolute = normalized.startsWith('/');
	const isMatch = picomatch(normalized);
	// A glob ending in a literal extension (`*.eml`) means those files; otherwise only letter extensions count.
	const last = normalized.slice(normalized.lastIndexOf('/') + 1);
	const namesExtension = /\.[A-Za-z0-9]+$/.test(last) && !/[*?[\]{}()!+@]/.test(last.slice(last.lastIndexOf('.')));
	const root = resolve(cwd, base || '.');
	try {
		if (!statSync(root).isDirectory()) return;
	} catch {
		return;
	}
	walk(root, ignores, out, (file) => {
		const rel = relative(cwd, file).split(sep).join('/');
		if (!isMatch(absolute ? file.split(sep).join('/') : rel)) return;
		if (!namesExtension && !hasLetterExtension(file)) return;
		add({ abs: file, display: absolute ? file : rel, explicit: false });
	});
}

/** Walks a folder depth-first in name order, calling `visit` with each file not ignored. Follows symlinks once. */
function walk(dir: string, ignores: IgnoreFiles, out: Discovery, visit: (file: string) => void, visited = new Set<string>()): void {
	let real: string;
	let entries: Dirent[];
	try {
		real = realpathSync(dir);
		if (visited.has(real)) return;
		visited.add(real);
		entries = readdirSync(dir, { withFileTypes: true });
	} catch (e) {
		out.warnings.push(`${ignores.display(dir)}: skipped, cannot read the folder: ${describeFsError(e)}.`);
		return;
	}
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		if (NEVER_ENTER.has(entry.name)) continue;
		const full = join(dir, entry.name);
		let isDir = entry.isDirectory();
		let isFile = entry.isFile();
		if (entry.isSymbolicLink()) {
			try {
				const s = statSync(full);
				isDir = s.isDirectory();
				isFile = s.isFile();
			} catch {
				continue; // A dangling link: nothing to check.
			}
		}
		if (isDir) {
			if (!ignores.ignoredBy(full, true)) walk(full, ignores, out, visit, visited);
		} else if (isFile && !ignores.ignoredBy(full, false)) visit(full);
	}
}

/** `.gitignore` and `.tactfulignore` files, read once per folder. */
class IgnoreFiles {
	private readonly perDir = new Map<string, Array<{ dir: string; file: string; ig: Ignore }>>();
	private readonly roots = new RepoRoots();

	constructor(private readonly cwd: string, private readonly enabled: boolean) {}

	/** A path as reports show it: relative to the working folder. */
	display(abs: string): string {
		return relative(this.cwd, abs) || '.';
	}

	/** The ignore file that excludes a path, or undefined when it is included. */
	ignoredBy(abs: string, isDir: boolean): string | undefined {
		if (!this.enabled) return undefined;
		let by: string | undefined;
		for (const { dir, file, ig } of this.rulesFor(dirname(abs))) {
			const rel = relative(dir, abs).split(sep).join('/') + (isDir ? '/' : '');
			if (!rel || rel.startsWith('../') || !ignore.isPathValid(rel.replace(/\/$/, ''))) continue;
			const r = ig.test(rel);
			if (r.ignored) by = file;
			else if (r.unignored) by = undefined;
		}
		return by;
	}

	/** Ignore rules in force in a folder, outermost first: its own files and those of its parents up to the root. */
	private rulesFor(dir: string): Array<{ dir: string; file: string; ig: Ignore }> {
		const cached = this.perDir.get(dir);
		if (cached) return cached;
		const parent = dirname(dir);
		const top = parent === dir || dir === this.rootOf(dir);
		const rules = top ? [] : [...this.rulesFor(parent)];
		for (const name of IGNORE_FILES) {
			const path = join(dir, name);
			let text: string;
			try {
				text = readFileSync(path, 'utf8');
			} catch {
				continue;
			}
			rules.push({ dir, file: relative(this.cwd, path) || name, ig: ignore().add(text) });
		}
		this.perDir.set(dir, rules);
		return rules;
	}

	/** Where ignore files stop applying: the repository root, else the working folder (or the folder itself when outside it). */
	private rootOf(dir: string): string {
		return this.roots.of(dir) ?? (isInside(dir, this.cwd) ? this.cwd : dir);
	}
}
