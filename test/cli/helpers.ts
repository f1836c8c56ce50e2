/**
 * Shared by the CLI tests: run the built `tactful` command as a real process, and build throwaway fixture trees.
 * `npm test` builds dist/ first; when dist/cli.js is older than the sources (e.g. `node scripts/test.mjs test/cli`),
 * each test file bundles its own copy of the CLI into a temp folder, so parallel test files never race on dist/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPO = resolve(__dirname, '../..');
const DIST_CLI = join(REPO, 'dist/cli.js');

function newestSource(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
	}
	return newest;
}

let cliPath: Promise<string> | undefined;

/** The CLI to run: dist/cli.js when fresh, else a private build of the current sources. */
export function builtCli(): Promise<string> {
	cliPath ??= (async () => {
		const fresh = (() => {
			try {
				return Math.min(statSync(DIST_CLI).mtimeMs, statSync(join(REPO, 'dist/cli-main.js')).mtimeMs) >= Math.max(newestSource(join(REPO, 'server/src')), statSync(join(REPO, 'package.json')).mtimeMs);
			} catch {
				return false;
			}
		})();
		if (fresh) return DIST_CLI;
		const outDir = mkdtempSync(join(tmpdir(), 'tactful-cli-build-'));
		chmodSync(outDir, 0o755);
		const buildScript = pathToFileURL(join(REPO, 'scripts/build.mjs')).href;
		const { builds } = (await import(buildScript)) as { builds: Array<{ outfile: string }> };
		const esbuild = (await import('esbuild')) as typeof import('esbuild');
		// dist/cli.js loads dist/cli-main.js from its own folder: both are built side by side.
		const cli = builds.filter((b) => /^dist\/cli(-main)?\.js$/.test(b.outfile));
		if (!cli.some((b) => b.outfile === 'dist/cli.js')) throw new Error('scripts/build.mjs has no dist/cli.js build');
		await Promise.all(cli.map((b) => esbuild.build({ ...(b as object), outfile: join(outDir, basename(b.outfile)), absWorkingDir: REPO, logLevel: 'error' })));
		const out = join(outDir, 'cli.js');
		return out;
	})();
	return cliPath;
}

export interface Run {
	code: number | null;
	stdout: string;
	stderr: string;
	/** The signal that ended the process, if one did (`tactful` only). */
	signal?: NodeJS.Signals | null;
}

export interface RunOptions {
	cwd?: string;
	input?: string | Buffer;
	env?: NodeJS.ProcessEnv;
	/** Run as another user (tests of permission errors, which root would not meet). */
	uid?: number;
	/** Options for node itself, before the CLI's path. */
	nodeArgs?: string[];
}

/** Runs `node <cli> ...args` to completion. Colour is off unless a test asks for it. */
export async function tactful(args: string[], opts: RunOptions = {}): Promise<Run> {
	const cli = await builtCli();
	const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', TACTFUL_DEBUG: '', ...opts.env };
	for (const [k, v] of Object.entries(env)) if (v === undefined || v === '') delete env[k];
	return new Promise((resolvePromise, reject) => {
		const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), cli, ...args], { cwd: opts.cwd ?? REPO, env, stdio: ['pipe', 'pipe', 'pipe'], uid: opts.uid, gid: opts.uid });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
		child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code, signal) => resolvePromise({ code, stdout, stderr, signal }));
		child.stdin.on('error', () => {});
		child.stdin.end(opts.input ?? '');
	});
}

/** A temp folder with the given files (paths relative to it; string or bytes). Removed by `cleanup`. */
export function tree(files: Record<string, string | Buffer>, opts: { git?: boolean } = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'tactful-cli-'));
	if (opts.git !== false) mkdirSync(join(root, '.git'));
	for (const [rel, content] of Object.entries(files)) {
		const p = join(root, rel);
		mkdirSync(dirname(p), { recursive: true });
		writeFileSync(p, content);
	}
	return root;
}

export function cleanup(dir: string): void {
	rmSync(dir, { recursive: true, force: true });
}

/** Runs a shell command synchronously (for git and npm in the repo tests). */
export function sh(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Run {
	const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
	return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/**
 * A short Markdown decline letter whose only certain phrase finding is no-jargon on "bandwidth" (safe fix: "time").
 * Front matter makes it a letter whatever the step detector thinks. The emoji and "Zoë" put UTF-16 surrogates and
 * non-ASCII text before the finding on its line.
 */
export function letter(name = 'Sam', eol = '\n'): string {
	return [
		'---',
		'tactful: letter',
		'---',
		`Hi ${name},`,
		'',
		'Thank you 🙏 for asking Zoë and me to add the extra pages. Unfortunately we don\'t have the bandwidth to add them before the launch.',
		'',
		'Best,',
		'Jo',
		'',
	].join(eol);
}

/** The same letter after --fix. */
export function fixedLetter(name = 'Sam', eol = '\n'): string {
	return letter(name, eol).replace('the bandwidth', 'the time');
}

/** A plain-text note that is not a letter: no findings in scope `auto`. */
export const NOTES = 'Meeting notes, 3 March\n\n- Agreed the launch plan.\n- Next meeting on Friday.\n';

/** A config that makes no-jargon an error (so a run exits 1). */
export const JARGON_IS_ERROR = JSON.stringify({ rules: { 'no-jargon': 'error' } });

export interface JsonFile {
	file: string;
	letter: boolean;
	steps: Record<string, boolean>;
	diagnostics: Array<{
		ruleId: string;
		step: string | null;
		severity: string;
		message: string;
		range: { start: { line: number; character: number }; end: { line: number; character: number } };
		fixes: Array<{ title: string; edits: Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }> }>;
	}>;
}

export function parseJson(run: Run): JsonFile[] {
	try {
		return JSON.parse(run.stdout) as JsonFile[];
	} catch (e) {
		throw new Error(`stdout is not JSON (exit ${run.code}): ${(e as Error).message}\nstdout: ${run.stdout.slice(0, 2000)}\nstderr: ${run.stderr}`);
	}
}
