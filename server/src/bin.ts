/**
 * The `tactful-language-server` command (dist/server.js): a few lines that load the server itself
 * (dist/server-main.js, bundled from main.ts) through V8's code cache, then run it. The editor starts it on opening
 * a letter, so its start is part of the wait for the first diagnostics (bench/analysis.md).
 */
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { loadWithCodeCache } from './codeCache';

// Regular expressions compile straight to machine code, as in the CLI (server/src/cli/bin.ts): V8's default compiles
// each one to bytecode first and again to machine code once it has run, which the first lint pays twice for its large
// phrase alternations. A long-running server ends up with the machine code either way.
setFlagsFromString('--no-regexp-tier-up');

// Written once the first lint is done (main.ts), so the cache holds what linting needs, not only what starting does.
const loaded = loadWithCodeCache(join(__dirname, 'server-main.js'), { write: true, saveOn: 'call' });
if (process.env.TACTFUL_DEBUG === '1') process.stderr.write(`tactful: debug: code cache ${loaded.cache}\n`);
(loaded.exports as typeof import('./main')).run({ saveCodeCache: loaded.save });
