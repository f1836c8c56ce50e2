/**
 * Node entry of the language server: `tactful-language-server --stdio` (Neovim, Emacs, Helix, Zed…) or
 * `--node-ipc` (VS Code), also `--socket=<port>` and `--pipe=<name>`. Exits when its client goes away: the stream
 * closes, the IPC channel disconnects, or the client's process (`--clientProcessId`, initialize `processId`) dies.
 * Bundled as dist/server-main.js, which dist/server.js (bin.ts) loads and runs.
 */
import { format } from 'node:util';
import { createConnection } from 'vscode-languageserver/node';
import { StreamWriter } from './streamWriter';
import { startServer } from './server';
import { nodeFiles } from './nodeFiles';
import { IdleGc } from './idleGc';
import { version } from '../../package.json';

export interface RunOptions {
	/** Writes the code cache this process was loaded through (bin.ts), if it was missed. */
	saveCodeCache?: () => void;
}

/** How long after its first lint the server writes its code cache: the functions that lint have been compiled by then. */
const CODE_CACHE_DELAY_MS = 2_000;

/** Runs the server on the transport named on the command line. */
export function run(options: RunOptions = {}): void {
	// stdout carries the protocol: until the connection takes over the console, everything else goes to stderr.
	for (const method of ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const) {
		console[method] = (...args: unknown[]) => process.stderr.write(format(...args) + '\n');
	}

	const USAGE = 'Usage: tactful-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>\n';
	const args = process.argv.slice(2);
	if (args.includes('--help') || args.includes('-h')) {
		process.stdout.write(USAGE);
		process.exit(0);
	}
	if (args.includes('--version') || args.includes('-v')) {
		process.stdout.write(`${version}\n`);
		process.exit(0);
	}
	if (!args.some((a) => /^--(stdio|node-ipc|socket|pipe)\b/.test(a))) {
		process.stderr.write(USAGE);
		process.exit(2);
	}

	// Over stdio the server writes its own messages (streamWriter.ts); the other transports are the library's. The input
	// stays a stream, not a reader, so that the library still ends the process when the client closes it (it accepts a
	// writer beside a stream at run time; its typings only list the two pairs).
	const connection = args.includes('--stdio')
		? createConnection(process.stdin, new StreamWriter(process.stdout) as unknown as NodeJS.WritableStream)
		: createConnection();
	// Over IPC the parent's death shows as a disconnect; the library only notices it by polling the process id.
	if (args.includes('--node-ipc')) process.on('disconnect', () => process.exit(1));
	// Logged over the connection; once the client is gone that throws too, so the last resort is stderr (a handler that
	// throws here would turn a lost client into a crash with exit code 7).
	const report = (what: string) => (e: unknown) => {
		const message = `Tactful: ${what} ${(e as Error)?.stack ?? e}`;
		try {
			connection.console.error(message);
		} catch {
			process.stderr.write(`${message}\n`);
		}
	};
	process.on('uncaughtException', report('uncaught'));
	process.on('unhandledRejection', report('unhandled rejection'));
	const idleGc = process.env.TACTFUL_NO_IDLE_GC ? undefined : new IdleGc();
	// The code cache is written once, a moment after the first work (a lint) is done.
	let cacheTimer: ReturnType<typeof setTimeout> | undefined;
	const worked = () => {
		idleGc?.poke();
		if (options.saveCodeCache && cacheTimer === undefined) cacheTimer = setTimeout(options.saveCodeCache, CODE_CACHE_DELAY_MS).unref();
	};
	startServer(connection, { files: nodeFiles, worked });
}
