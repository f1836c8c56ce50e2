// The linters under test, each behind the same face: { name, setup(), lint(text, format) → number of findings }.
// Every peer runs through its fastest programmatic entry point, in this process, with its default rules:
//   tactful    the engine bundle, lint(text, { languageId, config }) with the default config resolved once, each
//              call after clearSentenceReadings(): the engine keeps sentence readings by text for later documents,
//              and the generated letters share sentences, so without it every call after the first few would
//              measure that cache (1.9× faster at 2k words, 2.4× at 200) instead of a first lint of a letter
//   write-good writeGood(text): plain-text only (it has no Markdown mode)
//   alex       alex.markdown(text) / alex.text(text) (retext + remark)
//   textlint   TextlintKernel.lintText with textlint-rule-write-good and the markdown or text plugin (no config
//              loading, no file search: the kernel alone)
//   harper     harper.js LocalLinter (WebAssembly in this thread), language 'markdown' or 'plaintext'
//   floor      one precompiled case-insensitive alternation of Tactful's phrase patterns, run over the raw text
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = new URL('../..', import.meta.url).pathname;
const unwrap = (m) => (m?.default ? unwrap(m.default) : m);

export function tactful(enginePath) {
	const engine = require(enginePath);
	const config = engine.defaultConfig();
	return {
		name: 'tactful',
		engine,
		lint: (text, format) => {
			engine.clearSentenceReadings();
			return engine.lint(text, { languageId: format, config }).findings.length;
		},
	};
}

export function writeGood() {
	const wg = require('write-good');
	return { name: 'write-good', lint: (text) => wg(text).length };
}

export async function alex() {
	const a = await import('alex');
	return { name: 'alex', lint: (text, format) => (format === 'markdown' ? a.markdown(text) : a.text(text)).messages.length };
}

export async function textlint() {
	const { TextlintKernel } = await import('@textlint/kernel');
	const markdown = unwrap(await import('@textlint/textlint-plugin-markdown'));
	const text = unwrap(await import('@textlint/textlint-plugin-text'));
	const rule = unwrap(await import('textlint-rule-write-good'));
	const kernel = new TextlintKernel();
	const options = (ext) => ({
		ext,
		plugins: [{ pluginId: 'markdown', plugin: markdown }, { pluginId: 'text', plugin: text }],
		rules: [{ ruleId: 'write-good', rule }],
	});
	const md = options('.md');
	const txt = options('.txt');
	return { name: 'textlint', lint: async (t, format) => (await kernel.lintText(t, format === 'markdown' ? md : txt)).messages.length };
}

export async function harper() {
	const { LocalLinter } = await import('harper.js');
	const { binary } = await import('harper.js/binary');
	const linter = new LocalLinter({ binary });
	await linter.setup();
	return { name: 'harper', lint: async (t, format) => (await linter.lint(t, { language: format === 'markdown' ? 'markdown' : 'plaintext' })).length };
}

/**
 * The regex sources of every entry in Tactful's phrase tables, as the engine compiles them, from the recording bundle
 * that bench/lib/build.mjs makes (`phrases`). Without it, the `match: '…'` string literals under server/src/engine
 * are read instead, which misses entries built from template strings: { sources, exact }.
 */
export function tactfulPhrases(phrasesBundle) {
	if (phrasesBundle) {
		globalThis.__tactfulPhrases = [];
		require(phrasesBundle);
		const sources = globalThis.__tactfulPhrases;
		delete globalThis.__tactfulPhrases;
		if (sources.length > 0) return { sources, exact: true };
	}
	const sources = [];
	const walk = (dir) => {
		for (const name of readdirSync(dir)) {
			const p = join(dir, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (p.endsWith('.ts')) {
				for (const m of readFileSync(p, 'utf8').matchAll(/\bmatch:\s*('(?:[^'\\\n]|\\.)+'|"(?:[^"\\\n]|\\.)+")/g)) {
					// A TypeScript string literal of plain escapes: JSON reads it once the quotes are double.
					const lit = m[1][0] === "'" ? `"${m[1].slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"` : m[1];
					try {
						sources.push(JSON.parse(lit));
					} catch {
						// Not a plain literal; skip.
					}
				}
			}
		}
	};
	walk(join(ROOT, 'server/src/engine'));
	return { sources, exact: false };
}

/** One case-insensitive alternation of all the phrases, bounded like Tactful's own tables, run over the raw text. */
export function floor({ sources, exact }) {
	const re = new RegExp(`(?<![\\w'’-])(?:${sources.join('|')})(?![\\w'’-])`, 'gi');
	return {
		name: 'floor',
		phrases: sources.length,
		exact,
		lint: (text) => {
			re.lastIndex = 0;
			let n = 0;
			while (re.exec(text) !== null) n++;
			return n;
		},
	};
}
