/**
 * The cue matcher (server/src/engine/steps/patterns.ts) looks each token up once in its lexicon's vocabulary and then
 * tests word ids against bit sets. The vocabulary is shared by every CueSet built on a lexicon and only grows, so a
 * CueSet built later, naming new words, must leave the matches of one built earlier as they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CueSet } from '../../server/src/engine/steps/patterns';
import { tokenize } from '../../server/src/engine/steps/tokens';

const ids = (set: CueSet<string>, text: string) => set.match(tokenize(text), text.trim().endsWith('?')).map((h) => h.cue.id).sort();

test('a CueSet built later on the same lexicon, with new words, leaves the earlier one’s matches unchanged', () => {
	// Enough words that ids run past one 32-bit word of a bit set.
	const lexicon = { THANKS: ['thank', 'thanks', 'grateful'], MANY: Array.from({ length: 70 }, (_, i) => `word${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))}`) };
	const first = new CueSet(lexicon, { a: [{ p: '@THANKS you|for', w: 2, id: 'thanks' }, { p: 'not _2 able', w: 1, id: 'unable', neg: true }, { p: 'deliver #num', w: 1, id: 'number' }, { p: '@MANY then', w: 1, id: 'many' }] });
	const text = 'Zebra crossings aside, thank you: we are not quite able to deliver 3 days early, wordrc then.';
	const before = ids(first, text);
	assert.deepEqual(before, ['many', 'number', 'thanks', 'unable']);
	// New words (zebra, crossings, aside) and words the first set names (thank, you) in new sets.
	const second = new CueSet(lexicon, { b: [{ p: 'zebra crossings', w: 1, id: 'zebra' }, { p: '@THANKS you', w: 1, id: 'thank you' }, { p: '!@THANKS aside', w: 1, id: 'not thanks' }] });
	assert.deepEqual(ids(second, text), ['not thanks', 'thank you', 'zebra']);
	assert.deepEqual(ids(first, text), before);
	assert.deepEqual(ids(first, 'Zebra crossings, zebra crossings.'), []);
});

test('gaps stop at clause words and negations; a word no cue names matches no slot', () => {
	const set = new CueSet({}, { a: [{ p: 'we _3 help', w: 1, id: 'help' }, { p: 'thankyou', w: 1, id: 'odd' }] });
	assert.deepEqual(ids(set, 'We would be glad to help.'), []); // four words between: more than the gap
	assert.deepEqual(ids(set, 'We will gladly help.'), ['help']);
	assert.deepEqual(ids(set, 'We will not help.'), []); // a gap never steps over a negation
	assert.deepEqual(ids(set, 'We will, if asked, help.'), []); // nor over clause punctuation or "if"
	assert.deepEqual(ids(set, 'Thank you.'), []);
	assert.deepEqual(ids(set, 'Thankyou!'), ['odd']);
});
