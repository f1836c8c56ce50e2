// The workloads that bench/lib/profile.mjs runs under `node --cpu-prof`:
//   node profile-target.mjs <engine.cjs> full <words> <markdown|plaintext> <runs>   full lints of one letter, each
//                                                                                   a first lint (no readings kept)
//   node profile-target.mjs <engine.cjs> relint <words> <markdown|plaintext> <edits> one-character edits with LintCache
import { createRequire } from 'node:module';
import { letter } from '../generate.mjs';
import { typingEdits } from './edits.mjs';

const [enginePath, mode, words, format, count] = process.argv.slice(2);
const engine = createRequire(import.meta.url)(enginePath);
const config = engine.defaultConfig();
const text = letter(Number(words), format, undefined, { forced: true });
if (mode === 'full') {
	for (let i = 0; i < Number(count); i++) {
		engine.clearSentenceReadings();
		engine.lint(text, { languageId: format, config });
	}
} else if (mode === 'relint') {
	const cache = new engine.LintCache();
	const edits = typingEdits(text, Number(count));
	engine.lint(text, { languageId: format, config, cache });
	for (const e of edits) engine.lint(e.text, { languageId: format, config, cache });
} else {
	throw new Error(`unknown mode ${mode}`);
}
