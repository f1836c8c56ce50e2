// One linter in its own child process (own V8 heap, compiled code and CPU clock), driven over IPC by
// bench/lib/workers.mjs. Keeping each tool apart means one tool's garbage, GC threads and code flushing never land in
// another tool's timings, while the rounds stay interleaved in time. The child generates its own inputs from the shared
// seed, so no text crosses processes. Started as: node peer-worker.mjs <name> <engine.cjs> <phrases.cjs>.
import * as peers from './peers.mjs';
import { localTimer } from './stats.mjs';
import { letter, SEED } from '../generate.mjs';

const [name, engine, phrasesBundle] = process.argv.slice(2);
const peer =
	name === 'tactful' ? peers.tactful(engine)
	: name === 'write-good' ? peers.writeGood()
	: name === 'alex' ? await peers.alex()
	: name === 'textlint' ? await peers.textlint()
	: name === 'harper' ? await peers.harper()
	: name === 'floor' ? peers.floor(peers.tactfulPhrases(phrasesBundle || undefined))
	: null;
if (!peer) throw new Error(`unknown peer ${name}`);

/** The workload: letters of `words` words; input k is the letter with seed SEED + 1 + k (wrapping after 400). */
let words = 0;
let format = 'markdown';
let pool = [];
const input = (k) => (pool[k % 400] ??= letter(words, format, SEED + 1 + (k % 400), { forced: true }));
const timer = localTimer((k) => peer.lint(input(k), format), (from, to) => {
	for (let k = from; k < to; k++) input(k);
});

process.on('message', async ({ id, op, args }) => {
	try {
		let value;
		if (op === 'workload') {
			[words, format] = args;
			pool = [];
		} else if (op === 'warm') value = await timer.warm(...args);
		else if (op === 'measure') value = await timer.measure(...args);
		else if (op === 'findings') value = await peer.lint(input(args[0]), format);
		else if (op === 'kind') value = peer.engine?.lint(input(args[0]), { languageId: format }).kind;
		else if (op === 'warmup') {
			// Untimed: lint 2k-word letters of both formats (seeds apart from the measured ones) for `ms`.
			const t0 = performance.now();
			for (let i = 0; performance.now() - t0 < args[0]; i++) {
				const f = i % 2 ? 'plaintext' : 'markdown';
				await peer.lint(letter(2_000, f, SEED - 1 - i, { forced: true }), f);
			}
		} else throw new Error(`unknown op ${op}`);
		process.send({ id, value });
	} catch (e) {
		process.send({ id, error: String(e?.stack ?? e) });
	}
});
process.send({ ready: true });
