// Bundles the engine, the CLI and the language server into bench/.work/build/ with the repository's own esbuild
// settings, so a benchmark never reads a dist/ that another build is rewriting. The CLI and the server are built as
// `npm run package` builds them (minified, no source maps): cold start depends on bundle size. The engine is not
// minified (V8 runs it the same), so CPU profiles name real functions and esbuild's `// path` module comments tell
// which source file a bundle line comes from; `cli-named/` and `server-named/` are the same for profiling the CLI and the server.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { builds } from '../../scripts/build.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;

/** Returns { engine, phrases, cli, cliNamed, server, serverNamed, writer } paths; a missing entry point (not written yet) gives undefined. */
export async function buildAll(outDir) {
	mkdirSync(outDir, { recursive: true });
	const out = {};
	const wanted = { 'dist/engine.js': 'engine' };
	await Promise.all(builds.map(async (b) => {
		const entry = join(ROOT, b.entryPoints[0]);
		if (!existsSync(entry)) return;
		const build = (outfile, minify) => esbuild.build({ ...b, entryPoints: [entry], outfile, sourcemap: false, minify, absWorkingDir: ROOT, logLevel: 'error' });
		// The CLI and the server are two files each (dist/cli.js loads dist/cli-main.js beside it, dist/server.js
		// dist/server-main.js): each goes to cli/ (server/) and, unminified, to cli-named/ (server-named/).
		const pair = /^dist\/(cli|server)(-main)?\.js$/.exec(b.outfile);
		if (pair) {
			const [, tool, main] = pair;
			// bench/package.json says "type": "module"; these .js files are CommonJS, as in dist/.
			for (const dir of [tool, `${tool}-named`]) {
				mkdirSync(join(outDir, dir), { recursive: true });
				writeFileSync(join(outDir, dir, 'package.json'), '{ "type": "commonjs" }\n');
			}
			await build(join(outDir, tool, basename(b.outfile)), true);
			await build(join(outDir, `${tool}-named`, basename(b.outfile)), false);
			if (!main) {
				out[tool] = join(outDir, tool, `${tool}.js`);
				out[`${tool}Named`] = join(outDir, `${tool}-named`, `${tool}.js`);
			}
			if (tool === 'server' && !main) await buildWriter(b, outDir, out);
			return;
		}
		const name = wanted[b.outfile];
		if (!name) return;
		out[name] = join(outDir, `${name}.cjs`);
		await build(out[name], name !== 'engine');
		if (name === 'engine') out.phrases = await buildPhrases(b, entry, join(outDir, 'phrases.cjs'));
	}));
	return out;
}

/** The server's stdio writer on its own, for bench/lib/writer.mjs. */
async function buildWriter(b, outDir, out) {
	const writer = join(ROOT, 'server/src/streamWriter.ts');
	if (!existsSync(writer)) return;
	await esbuild.build({ ...b, entryPoints: [writer], outfile: join(outDir, 'writer.cjs'), sourcemap: false, minify: true, absWorkingDir: ROOT, logLevel: 'error', banner: undefined });
	out.writer = join(outDir, 'writer.cjs');
}

/**
 * The floor needs the phrases Tactful actually uses. They are not exported, so this builds a copy of the engine whose
 * PhraseTable constructor also records each entry's regex source (as the engine compiles it) in
 * `globalThis.__tactfulPhrases`. Returns the bundle path, or undefined when the constructor is not where expected.
 */
async function buildPhrases(options, entry, outfile) {
	const phraseFile = join(ROOT, 'server/src/engine/rules/phrase.ts');
	if (!existsSync(phraseFile)) return undefined;
	const source = readFileSync(phraseFile, 'utf8');
	const ctor = /(class PhraseTable\b[\s\S]*?constructor\(\s*(\w+)[^)]*\)[^{]*\{)/.exec(source);
	if (!ctor) return undefined;
	const record = `\n(globalThis as any).__tactfulPhrases?.push(...${ctor[2]}.map((e: any) => (typeof phraseSource === 'function' ? phraseSource(e.match) : e.match)));\n`;
	const patched = source.replace(ctor[1], ctor[1] + record);
	await esbuild.build({
		...options, entryPoints: [entry], outfile, sourcemap: false, minify: false, absWorkingDir: ROOT, logLevel: 'error',
		plugins: [{ name: 'record-phrases', setup(b) {
			b.onLoad({ filter: /rules[\\/]phrase\.ts$/ }, () => ({ contents: patched, loader: 'ts', resolveDir: join(ROOT, 'server/src/engine/rules') }));
		} }],
	});
	return outfile;
}
