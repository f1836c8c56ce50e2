/**
 * The `tactful` command (dist/cli.js): a few lines that load the CLI itself (dist/cli-main.js, bundled from main.ts)
 * through V8's code cache, then run it. Worker threads of a parallel check start from this file too.
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadWithCodeCache } from '../codeCache';
import { CHECK_WORKER_ARG } from './workerArg';

// A worker thread says so in its arguments (pool.ts), so that a plain run does not load node:worker_threads (4 ms).
const worker = process.argv[2] === CHECK_WORKER_ARG && !(require('node:worker_threads') as typeof import('node:worker_threads')).isMainThread;

// Regular expressions compile straight to machine code. V8's default first compiles each one to bytecode and compiles
// it again to machine code once it has run, which a short run pays twice for its large phrase alternations (about a
// fifth of a cold `tactful check`; bench/analysis.md). The flag is process-wide, so worker threads share it, and it is
// set before any of the CLI's code is compiled, so its code cache is made and checked under the same flags.
if (!worker) setFlagsFromString('--no-regexp-tier-up');

const main = join(__dirname, 'cli-main.js');
const loaded = loadWithCodeCache(main, { write: !worker && process.argv.includes('check') });
if (process.env.TACTFUL_DEBUG === '1' && !worker) {
	// Which bundle ran: its size and modification time tell one build from another.
	const s = (require('node:fs') as typeof import('node:fs')).statSync(main, { throwIfNoEntry: false });
	process.stderr.write(`tactful: debug: code cache ${loaded.cache} (${main}${s ? `: ${s.size} bytes, modified ${s.mtime.toISOString()}` : ', gone since'})\n`);
}
(loaded.exports as typeof import('./main')).run(__filename, worker);
