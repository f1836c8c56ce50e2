/**
 * Real editors against the bundled server: each case copies the letter into a temporary folder, lets the editor open
 * it, wait for Tactful's diagnostic, apply a code action by title and save, then compares the saved file with the
 * expected text exactly. Bounded: an editor that hangs is killed and the case fails with what it printed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, SERVER_JS } from '../server/harness';

export const LETTER = readFileSync(join(__dirname, 'letter.txt'), 'utf8');
const LIMIT_MS = 90_000;

export interface EditorCase {
	/** File name in the temporary folder; its extension decides the editor's language. */
	file: string;
	/** The rule whose diagnostic the editor waits for and puts the cursor on. */
	rule: string;
	/** The title of the code action to apply there. */
	action: string;
}

/** The fix every editor applies: "bandwidth" → "time", after curly quotes, em dashes and emoji on the same line. */
export const FIXED = LETTER.replace('the bandwidth 🙁', 'the time 🙁');

/** Runs `command` with the case's environment; resolves with the saved file's text. */
export async function runCase(command: string[], c: EditorCase): Promise<string> {
	ensureBuilt();
	const dir = mkdtempSync(join(tmpdir(), 'tactful-editor-'));
	try {
		const file = join(dir, c.file);
		writeFileSync(file, LETTER);
		const env = { ...process.env, TACTFUL_SERVER: SERVER_JS, TACTFUL_FILE: file, TACTFUL_RULE: c.rule, TACTFUL_ACTION: c.action, HOME: dir, XDG_CONFIG_HOME: dir, XDG_DATA_HOME: dir, XDG_STATE_HOME: dir };
		const child = spawn(command[0], command.slice(1), { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
		const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.once('close', (code, signal) => resolve([code, signal])));
		clearTimeout(timer);
		if (signal === 'SIGKILL') throw new Error(`${command[0]} did not finish within ${LIMIT_MS} ms:\n${output}`);
		if (code !== 0) throw new Error(`${command[0]} exited with ${code}:\n${output}`);
		return readFileSync(file, 'utf8');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Why an editor cannot run here (for test/suites.mjs), or undefined. */
export function missing(command: string, args: string[], hint: string): string | undefined {
	const r = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 });
	return r.error || r.status !== 0 ? `${command} is not usable here (${hint})` : undefined;
}
