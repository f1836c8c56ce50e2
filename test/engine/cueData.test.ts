/**
 * The build bundles the cue set's compiled form (`CueData`, server/src/engine/steps/patterns.ts) as TACTFUL_CUE_DATA,
 * and the engine starts from it instead of compiling the 459 cues. A set built from the data must be the set the
 * patterns compile to, object for object, and the bundles must actually use it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { CUE_TABLES, cues } from '../../server/src/engine/steps/cues';
import { LEXICON } from '../../server/src/engine/steps/lexicon';
import { CueSet, type CueData, type CueSpec } from '../../server/src/engine/steps/patterns';
import { tokenize } from '../../server/src/engine/steps/tokens';

const REPO = join(__dirname, '..', '..');

type AnySet = CueSet<string>;
type Slotted = { cues: Array<{ alts: Array<Array<{ kind: string; ids?: readonly number[]; bits?: Uint32Array }>> }> };

/** Everything a CueSet holds but whether it came from data. */
const state = (set: AnySet) => ({ ...set, fromData: undefined });

/**
 * Which slots share one word set, as first-seen indices: slots made from one source share its arrays, which the index
 * relies on (alternatives needing the same words are checked once per sentence).
 */
function sharing(set: AnySet): number[] {
	const seen = new Map<object, number>();
	const out: number[] = [];
	for (const cue of (set as unknown as Slotted).cues) {
		for (const slots of cue.alts) {
			for (const slot of slots) {
				const key = slot.bits;
				if (!key) continue;
				if (!seen.has(key)) seen.set(key, seen.size);
				out.push(seen.get(key)!);
				if (slot.ids) {
					if (!seen.has(slot.ids)) seen.set(slot.ids, seen.size);
					out.push(seen.get(slot.ids)!);
				}
			}
		}
	}
	return out;
}

/** A lexicon of the same words whose vocabulary no CueSet has filled yet (vocabularies are kept per lexicon object). */
const freshLexicon = () => ({ ...LEXICON });

test('a cue set built from its data is the set its patterns compile to', () => {
	const compiled = new CueSet(freshLexicon(), CUE_TABLES);
	assert.equal(compiled.fromData, false);
	const data = JSON.parse(JSON.stringify(compiled.data())) as CueData;
	const loaded = new CueSet(freshLexicon(), CUE_TABLES, data);
	assert.equal(loaded.fromData, true);
	assert.deepStrictEqual(state(loaded), state(compiled));
	assert.deepEqual(sharing(loaded), sharing(compiled));
	// And it matches the same: the sentences of every cue's own pattern text, as a writer might type them.
	for (const text of ['Thank you so much for thinking of us for the launch.', 'Unfortunately we cannot move the deadline to Friday, because the print run is booked.', 'Would a phased delivery work, with the first half on the 3rd?', 'I know this is not the answer you hoped for.', 'Let me know if you would like to talk it through.']) {
		const hits = (set: AnySet) => set.match(tokenize(text), text.endsWith('?')).map((h) => `${h.cue.target}:${h.cue.id}@${h.start}`);
		assert.deepEqual(hits(loaded), hits(compiled), text);
		assert.ok(hits(compiled).length > 0, text);
	}
});

test('data is not used for a lexicon whose words have ids already, or for other tables', () => {
	const compiled = new CueSet(freshLexicon(), CUE_TABLES);
	const data = compiled.data();
	// The same lexicon object as `compiled`: its vocabulary is taken, and the data's ids could clash with it.
	const lexicon = freshLexicon();
	const first = new CueSet(lexicon, { a: [{ p: 'zebra crossings', w: 1, id: 'zebra' }] });
	const later = new CueSet(lexicon, CUE_TABLES, data);
	assert.equal(later.fromData, false);
	assert.deepEqual(first.match(tokenize('Zebra crossings ahead.'), false).map((h) => h.cue.id), ['zebra']);
	// One cue fewer: the data is not these tables'.
	const fewer = Object.fromEntries(Object.entries(CUE_TABLES).map(([k, v], i) => [k, i === 0 ? v.slice(1) : v])) as Record<string, readonly CueSpec[]>;
	const other = new CueSet(freshLexicon(), fewer, data);
	assert.equal(other.fromData, false);
	assert.deepStrictEqual(state(other), state(new CueSet(freshLexicon(), fewer)));
});

test('the bundles start from the data, and it is the data of the tables in the source', async () => {
	const { builds } = (await import(pathToFileURL(join(REPO, 'scripts/build.mjs')).href)) as { builds: Array<esbuild.BuildOptions & { outfile: string }> };
	const cli = builds.find((b) => b.outfile === 'dist/cli-main.js')!;
	assert.equal(typeof cli.define?.TACTFUL_CUE_DATA, 'string');
	// The cue tables' module, bundled with the settings of the CLI's bundle.
	const out = await esbuild.build({ ...cli, entryPoints: [join(REPO, 'server/src/engine/steps/cues.ts')], outfile: undefined, write: false, plugins: [], sourcemap: false, absWorkingDir: REPO, logLevel: 'silent' });
	const module = { exports: {} as { cues: () => AnySet } };
	new Function('module', 'exports', 'require', out.outputFiles[0].text)(module, module.exports, require);
	const bundled = module.exports.cues();
	assert.equal(bundled.fromData, true);
	// This process compiled the tables from the source (no build ran over it).
	assert.equal(cues().fromData, false);
	assert.deepStrictEqual(state(bundled), state(cues() as unknown as AnySet));
	assert.deepEqual(sharing(bundled), sharing(cues() as unknown as AnySet));
});
