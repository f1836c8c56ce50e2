// Whole-process timing: each sample spawns a fresh `node` and waits for it to exit, as a shell or CI job would.
import { spawnSync } from 'node:child_process';

/**
 * A timed case: runs the command once per call and throws if it was killed or its exit status is not accepted
 * (`ok(status)`; write-good exits with the number of suggestions, so any status is fine there).
 */
export function processCase(name, args, { cwd, ok = (status) => status === 0 || status === 1 } = {}) {
	return {
		name,
		args,
		cwd,
		run() {
			const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
			if (r.error) throw r.error;
			if (r.signal || !ok(r.status)) throw new Error(`${name} exited with ${r.signal ?? r.status}: ${String(r.stderr).slice(0, 500)}`);
		},
	};
}

/** Runs a command once with its output captured, for the sanity checks printed next to the figures. */
export function runOnce(args, { cwd } = {}) {
	const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
