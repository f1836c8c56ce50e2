// One build script for every bundle. Flags: --watch, --production.
// dist/client.js   the VS Code extension (node, cjs, `vscode` external)
// dist/server.js   the language server (node, cjs, shebang; `tactful-language-server --stdio`): a small loader for
//                  dist/server-main.js, the server itself, which it compiles through V8's code cache (server/src/codeCache.ts)
// dist/cli.js      the `tactful` command (node, cjs, shebang): a small loader for dist/cli-main.js, the CLI itself,
//                  compiled the same way
// dist/engine.js   the pure engine as a module: lint(text, { languageId, config })
// The engine is also bundled for the browser platform (written to memory only): that build fails if anything in
// server/src/engine imports a Node built-in, which is how its purity is enforced.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shiftMappings, toAscii } from './ascii.mjs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * A bundle that holds BUILD_ID_PLACEHOLDER (server/src/cli/resultCache.ts) gets a hash of itself in its place, the
 * same length (source maps stay right): `tactful check --cache` then tells builds apart without reading its own
 * megabyte bundle on every run to hash it.
 */
export const BUILD_ID_PLACEHOLDER = 'tactful-build-id:00000000000000000000000';
function withBuildId(code) {
	if (!code.includes(BUILD_ID_PLACEHOLDER)) return code;
	const id = createHash('sha1').update(code).digest('hex');
	return code.split(BUILD_ID_PLACEHOLDER).join(id);
}

/**
 * Every bundle is pure ASCII (scripts/ascii.mjs): esbuild leaves non-ASCII characters in regular expression literals,
 * and one of them makes Node read the whole bundle as a two-byte string (a cold `tactful check` is about 5% slower).
 * The same step stamps the build id (withBuildId).
 */
const asciiOutput = {
	name: 'ascii-output',
	setup(build) {
		const { outfile, write, absWorkingDir } = build.initialOptions;
		if (!outfile || write === false) return;
		build.onEnd((result) => {
			if (result.errors.length > 0) return;
			const file = resolve(absWorkingDir ?? process.cwd(), outfile);
			const written = readFileSync(file, 'utf8');
			const { code, shifts } = toAscii(written);
			const stamped = withBuildId(code);
			if (stamped !== written) writeFileSync(file, stamped);
			if (shifts.size > 0 && existsSync(`${file}.map`)) {
				const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
				map.mappings = shiftMappings(map.mappings, shifts);
				writeFileSync(`${file}.map`, JSON.stringify(map));
			}
		});
	},
};

/**
 * The cue set's compiled form (`CueData` in server/src/engine/steps/patterns.ts), made by running the cue tables'
 * module once, and written into every bundle as TACTFUL_CUE_DATA: a process then starts from it instead of compiling
 * 459 cues (about 25 ms of each cold CLI run, server start and worker thread). Not in watch mode, whose bundles would
 * keep the data of the tables as they were when the watch began (the engine would see that and compile them, slowly).
 */
async function cueData() {
	const entry = fileURLToPath(new URL('../server/src/engine/steps/cues.ts', import.meta.url));
	const out = await esbuild.build({ entryPoints: [entry], bundle: true, write: false, format: 'cjs', platform: 'neutral', target: 'node20', logLevel: 'silent' });
	const module = { exports: {} };
	new Function('module', 'exports', out.outputFiles[0].text)(module, module.exports);
	return JSON.stringify(module.exports.cues().data());
}

const common = {
	bundle: true,
	sourcemap: production ? false : 'linked',
	minify: production,
	logLevel: 'warning',
	target: 'node20',
	legalComments: 'none',
	// ESM entry points first: jsonc-parser's UMD `main` has dynamic requires a bundle cannot follow.
	mainFields: ['module', 'main'],
	plugins: [asciiOutput],
	define: watch ? {} : { TACTFUL_CUE_DATA: JSON.stringify(await cueData()) },
};

/** Reports build errors in the `[watch]` format the esbuild problem matcher understands. */
const problemMatcher = {
	name: 'problem-matcher',
	setup(build) {
		build.onStart(() => { if (watch) console.log('[watch] build started'); });
		build.onEnd((result) => {
			for (const { text, location } of result.errors) {
				console.error(`✘ [ERROR] ${text}`);
				if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
			}
			if (watch) console.log('[watch] build finished');
		});
	},
};

export const builds = [
	{ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', platform: 'node', format: 'cjs', external: ['vscode'] },
	{ ...common, entryPoints: ['server/src/bin.ts'], outfile: 'dist/server.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
	{ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server-main.js', platform: 'node', format: 'cjs' },
	{ ...common, entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
	{ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli-main.js', platform: 'node', format: 'cjs' },
	{ ...common, entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/engine.js', platform: 'neutral', format: 'cjs' },
];

/** The purity gate: the engine must bundle for the browser with no Node built-ins available. */
export const engineBrowserCheck = {
	...common, entryPoints: ['server/src/engine/index.ts'], write: false, platform: 'browser', format: 'esm', sourcemap: false,
	plugins: [{
		name: 'forbid-node',
		setup(build) {
			build.onResolve({ filter: /^(node:|vscode$|vscode-languageserver|vscode-languageclient|fs$|path$|os$|child_process$|net$|http$|https$|url$|worker_threads$|crypto$)/ }, (args) => ({
				errors: [{ text: `the engine must stay pure: "${args.path}" is imported by ${args.importer}` }],
			}));
		},
	}],
};

async function main() {
	const present = builds.filter((b) => existsSync(b.entryPoints[0]));
	if (watch) {
		for (const b of present) await (await esbuild.context({ ...b, plugins: [...b.plugins, problemMatcher] })).watch();
		return;
	}
	await esbuild.build(engineBrowserCheck);
	await Promise.all(present.map((b) => esbuild.build({ ...b, plugins: [...b.plugins, problemMatcher] })));
	// The bundles read the sources again: the cue data must still be theirs.
	if (JSON.stringify(await cueData()) !== common.define.TACTFUL_CUE_DATA) throw new Error('the cue tables changed during the build: run it again');
	for (const f of ['dist/cli.js', 'dist/server.js']) if (existsSync(f)) chmodSync(f, 0o755);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	main().catch((e) => { console.error(e.message ?? e); process.exit(1); });
}
