/**
 * The `tactful` command (dist/cli.js). Errors never show a stack trace: a CliError is one clear line (and a hint)
 * with exit code 2, and anything unexpected is reported the same way; TACTFUL_DEBUG=1 prints the stack as well.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from './args';
import type { Host } from './check';
import { paint, wantsColor } from './color';
import { CliError, EXIT_FATAL, EXIT_OK } from './errors';
import { helpText } from './help';
import { VERSION } from './meta';

// The engine is loaded only by the commands that need it, so `--version` and `--help` start at once.
const load = {
	check: () => require('./check') as typeof import('./check'),
	rules: () => require('./rules') as typeof import('./rules'),
	init: () => require('./init') as typeof import('./init'),
};

/** Runs a command and returns its exit code (a promise when `check` lints on several threads). */
export function main(argv: readonly string[], host: Host): number | Promise<number> {
	const failed = (e: unknown) => fail(e, host);
	try {
		const o = parseArgs(argv);
		if (o.version) {
			host.stdout.write(`${VERSION}\n`);
			return EXIT_OK;
		}
		if (o.help || !o.command) {
			host.stdout.write(helpText(o.command));
			return EXIT_OK;
		}
		switch (o.command) {
			case 'check': {
				const code = load.check().runCheck(o, host);
				return typeof code === 'number' ? code : code.catch(failed);
			}
			case 'rules':
				host.stdout.write(load.rules().rulesTable(o.format === 'json' ? 'json' : 'stylish', paint(wantsColor(o.color, host.stdout, host.env))));
				return EXIT_OK;
			case 'init':
				load.init().runInit(host.cwd, (s) => host.stdout.write(s));
				return EXIT_OK;
		}
	} catch (e) {
		return failed(e);
	}
}

function fail(e: unknown, host: Host): number {
	if (e instanceof CliError) {
		host.stderr.write(`tactful: ${e.message}\n${e.hint ? `${e.hint}\n` : ''}`);
	} else {
		host.stderr.write(`tactful: unexpected problem: ${(e as Error)?.message ?? String(e)}. Please report it, with TACTFUL_DEBUG=1 output.\n`);
	}
	if (host.env.TACTFUL_DEBUG === '1' && e instanceof Error && e.stack) host.stderr.write(`${e.stack}\n`);
	return EXIT_FATAL;
}

/**
 * Runs the command line of this process, or, in a worker thread started by a parallel check (`worker`), that worker's
 * loop. `entry` is the script that was run (dist/cli.js), from which worker threads start.
 */
export function run(entry: string, worker = false): void {
	if (worker) {
		const pool = require('./pool') as typeof import('./pool');
		if (pool.isCheckWorker()) pool.runCheckWorker();
		return;
	}
	const host: Host = { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, readStdin: () => readFileSync(0), entry };
	// A reader that goes away (`tactful check | head`) is not an error.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : EXIT_FATAL));
	const code = main(process.argv.slice(2), host);
	if (typeof code === 'number') finish(code);
	else void code.then(finish);
}

/**
 * Ends the process with `code` at once when every byte of output has reached the operating system: a natural exit
 * would first wait for V8's background tasks and tear the heap down, several milliseconds of a short run. Output still
 * queued (a pipe on some systems, a slow terminal) is left to drain, and the process exits when it has.
 */
function finish(code: number): void {
	process.exitCode = code;
	if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
}

if (require.main === module) run(__filename);
