// The language server's stdio writer (server/src/streamWriter.ts) next to vscode-jsonrpc's own StreamMessageWriter,
// writing the same diagnostics answer into a pipe that a child process drains: CPU time per message and the minor page
// faults taken (first touches of memory), alternating between the two in rounds, in this process.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { cpuMs, minorFaults, quantile } from './stats.mjs';

const require = createRequire(import.meta.url);

/** `message`: a JSON-RPC message to write; `writerPath`: the bundled StreamWriter. Returns per-message medians. */
export async function compareWriters(writerPath, message, { rounds = 12, perRound = 40 } = {}) {
	const { StreamWriter } = require(writerPath);
	const child = spawn('sh', ['-c', 'cat > /dev/null'], { stdio: ['pipe', 'ignore', 'inherit'] });
	const writers = { library: new StreamMessageWriter(child.stdin), tactful: new StreamWriter(child.stdin) };
	const ms = { library: [], tactful: [] };
	const faults = { library: [], tactful: [] };
	try {
		for (let round = 0; round < rounds; round++) {
			for (const name of round % 2 ? ['library', 'tactful'] : ['tactful', 'library']) {
				const f0 = minorFaults();
				const c0 = cpuMs();
				for (let i = 0; i < perRound; i++) await writers[name].write(message);
				if (round < 2) continue; // warm-up
				ms[name].push((cpuMs() - c0) / perRound);
				faults[name].push((minorFaults() - f0) / perRound);
			}
		}
	} finally {
		child.stdin.end();
		await new Promise((r) => child.on('close', r));
	}
	const median = (a) => quantile(a, 0.5);
	const bytes = Buffer.byteLength(JSON.stringify(message));
	return {
		bytes,
		library: { ms: median(ms.library), faults: median(faults.library) },
		tactful: { ms: median(ms.tactful), faults: median(faults.tactful) },
	};
}
