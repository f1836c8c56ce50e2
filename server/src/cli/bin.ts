/**
 * The `tactful` command (dist/cli.js): a few lines that load the CLI itself (dist/cli-main.js, bundled from main.ts)
 * through V8's code cache, then run it. Worker threads of a parallel check start from this file too.
 */
import { isMainThread } from 'node:worker_threads';
import { join } from 'node:path';
import { loadWithCodeCache } from './codeCache';

const loaded = loadWithCodeCache(join(__dirname, 'cli-main.js'), { write: isMainThread && process.argv.includes('check') });
if (process.env.TACTFUL_DEBUG === '1' && isMainThread) process.stderr.write(`tactful: debug: code cache ${loaded.cache}\n`);
(loaded.exports as typeof import('./main')).run(__filename);
