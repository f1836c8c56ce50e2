// Every labelled document in every set lints without a rule failing. A rule that throws is switched off for the rest
// of the process (and reported in `problems`), which would otherwise hide behind lower recall in `npm run eval`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { lint, resolveConfig } from '../../server/src/engine/index';

const ROOT = join(__dirname, '..', 'fixtures');
const sets = readdirSync(ROOT).filter((d) => existsSync(join(ROOT, d, 'labels.json')));

test(`the labelled documents of ${sets.length} sets lint with no rule failing, in both scopes`, () => {
	assert.ok(sets.length >= 2, 'the labelled sets are there');
	const all = resolveConfig({ settings: { scope: 'all' } }).config;
	let n = 0;
	for (const set of sets) {
		for (const file of readdirSync(join(ROOT, set)).filter((f) => /\.(md|txt)$/.test(f))) {
			const text = readFileSync(join(ROOT, set, file), 'utf8');
			const languageId = file.endsWith('.md') ? 'markdown' : 'plaintext';
			for (const config of [undefined, all]) {
				const r = lint(text, { languageId, config });
				assert.deepEqual(r.problems, [], `${set}/${file}`);
				for (const f of r.findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end, `${set}/${file}: ${f.ruleId} range`);
			}
			n++;
		}
	}
	assert.ok(n > 100, `${n} documents`);
});
