// The shared phrase-table helper: matching conventions, context checks, case and apostrophe carry-over, clean removal.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseTable, combinedSource, matchCase, phraseSource, removalFix, type PhraseEntry } from '../../../server/src/engine/rules/phrase';
import { applyFixes } from '../../../server/src/engine/index';

const texts = (entries: PhraseEntry[], prose: string) => [...new PhraseTable(entries).matches(prose)].map((m) => m.text);

describe('PhraseTable', () => {
	test("a straight apostrophe matches ’ too, and a space matches any white space", () => {
		assert.deepEqual(texts([{ match: "we can't" }], "we can't, we can’t, we\ncan't, we  can't"), ["we can't", 'we can’t', "we\ncan't", "we  can't"]);
	});

	test('whole words only, case-insensitive unless exactCase', () => {
		assert.deepEqual(texts([{ match: 'no' }], 'No, not now; piano notes; no.'), ['No', 'no']);
		assert.deepEqual(texts([{ match: 'EOD', exactCase: true }], 'EOD, eod, Eod'), ['EOD']);
	});

	test('the scan of lower-cased text matches as the case-insensitive pattern would, and reports the text as written', () => {
		// Upper-case letters in the pattern, escapes whose letter case matters (\S, \W, \D), a lookahead, classes.
		const entries: PhraseEntry[] = [{ match: 'I \\S+ (?:NOT|never) [A-Z]\\w*(?=\\W)' }, { match: 'ticket \\D\\d' }];
		assert.deepEqual(texts(entries, 'i will NOT Budge. I Am never happy! TICKET #4, ticket A1, ticket 12'), ['i will NOT Budge', 'I Am never happy', 'TICKET #4', 'ticket A1']);
		// Letters beyond ASCII never match an ASCII letter without the `u` flag, lower-cased or not: the Kelvin sign
		// (K) is not k, the dotted İ is not i, the long ſ is not s.
		assert.deepEqual(texts([{ match: 'ok' }, { match: 'is' }, { match: 'so' }], 'o\u212A İs ſo OK'), ['OK']);
		// A pattern with a letter beyond ASCII keeps the `i` flag, and its case folding.
		assert.deepEqual(texts([{ match: 'déjà vu' }], 'DÉJÀ VU, Déjà vu'), ['DÉJÀ VU', 'Déjà vu']);
		// Text of several documents in turn (the lower-cased copy of the last one is reused only for the same text).
		assert.deepEqual(texts([{ match: 'no' }], 'NO'), ['NO']);
		assert.deepEqual(texts([{ match: 'no' }], 'No'), ['No']);
	});

	test('context: notBefore, notAfter, before, after', () => {
		assert.deepEqual(texts([{ match: "can't", notBefore: ' wait' }], "can't wait, can't go"), ["can't"]);
		assert.deepEqual(texts([{ match: 'bandwidth', notAfter: 'network $' }], 'network bandwidth, our bandwidth'), ['bandwidth']);
		assert.deepEqual(texts([{ match: 'no', before: '\\s*\\.(?!\\s*\\d)' }], 'No. 20 is ours. No.'), ['No']);
		assert.deepEqual(texts([{ match: 'respect', after: 'with $' }], 'respect, with respect'), ['respect']);
	});

	test('when an earlier entry is ruled out by its context, a later one gets its turn at the same place', () => {
		const entries: PhraseEntry[] = [{ match: "won't", notBefore: ' work' }, { match: "won't work" }];
		assert.deepEqual(texts(entries, "Friday won't work"), ["won't work"]);
		// And a match that nothing accepts does not hide one starting inside it.
		assert.deepEqual(texts([{ match: 'no way we', notAfter: 'in $' }, { match: 'way we can' }], 'in no way we can'), ['way we can']);
	});

	test('inSentence keeps a match only when its sentence fits', async () => {
		const { findings } = await import('./helpers');
		// "obviously" is defensive only next to a no; the check reads the sentence, not the whole text.
		assert.equal(findings('no-defensive', "Obviously that's your call. Obviously we can't.").length, 1);
	});

	test('entries keep their order as priority', () => {
		const entries: PhraseEntry[] = [{ match: 'out of the question', message: 'first' }, { match: 'out of' }];
		const [m] = new PhraseTable(entries).matches('That is out of the question.');
		assert.equal(m.entry.message, 'first');
	});

	test('phraseSource gives what the character-by-character conversion it replaced gave, on random patterns', () => {
		// The earlier implementation, kept here as the reference.
		const reference = (src: string): string => {
			let out = '';
			let inClass = false;
			for (let i = 0; i < src.length; i++) {
				const c = src[i];
				if (c === '\\') {
					out += c + (src[++i] ?? '');
					continue;
				}
				if (inClass) {
					if (c === ']') inClass = false;
					out += c === "'" ? "'’" : c;
				} else {
					if (c === '[') inClass = true;
					if (c === ' ' && (src[i + 1] === '?' || src[i + 1] === '*')) {
						out += '\\s*';
						i++;
						continue;
					}
					out += c === "'" ? "['’]" : c === ' ' ? '\\s+' : c;
				}
			}
			return out;
		};
		const alphabet = "ab '[]\\?*^-.’(|)";
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
		for (let n = 0; n < 5000; n++) {
			let src = '';
			const length = Math.floor(random() * 14);
			for (let k = 0; k < length; k++) src += alphabet[Math.floor(random() * alphabet.length)];
			assert.equal(phraseSource(src), reference(src), JSON.stringify(src));
		}
	});

	test('a shared prefix is written once for each run of consecutive entries that start with it', () => {
		assert.equal(combinedSource(['Pa', 'Pb', 'c', 'Pd', 'Pe', 'Pf'], 'P'), '(?:P(?:(a)|(b)))|(c)|(?:P(?:(d)|(e)|(f)))');
		// One entry alone, an entry that is only the prefix, and no prefix: each keeps its own group.
		assert.equal(combinedSource(['Pa', 'c', 'P', 'Pb'], 'P'), '(Pa)|(c)|(P)|(Pb)');
		assert.equal(combinedSource(['Pa', 'Pb']), '(Pa)|(Pb)');
	});

	test('a table with a shared prefix finds what it finds without one: the same entries, text and priority', () => {
		const SUBJ = '(?:we|I|(?:the|our)(?: [a-z]+){0,2} (?:firm|team|office))';
		const entries: PhraseEntry[] = [
			{ match: `${SUBJ}(?: can't| cannot)`, message: 'cannot' },
			{ match: `${SUBJ} won't`, message: 'will not', notBefore: ' work' },
			{ match: `${SUBJ} refuse to`, message: 'refuse' },
			{ match: "won't work", message: 'work' },
			{ match: `${SUBJ} never`, message: 'never' },
		];
		const prose = "We can't. Our design team won't work. The team won't go. I refuse to. Our firm office never. The big law firm cannot, the office won't.";
		const found = (table: PhraseTable) => [...table.matches(prose)].map((m) => [m.start, m.text, m.entry.message]);
		const plain = found(new PhraseTable(entries));
		assert.equal(plain.length, 7);
		assert.deepEqual(found(new PhraseTable(entries, { sharedPrefix: SUBJ })), plain);
	});

	test('phraseSource leaves character classes and escapes alone', () => {
		assert.equal(phraseSource("a b"), 'a\\s+b');
		assert.equal(phraseSource("[^ .'] x"), "[^ .'’]\\s+x");
		assert.equal(phraseSource("\\' '"), "\\'\\s+['’]");
		assert.equal(phraseSource('a ?b'), 'a\\s*b');
	});
});

describe('matchCase', () => {
	test('lower, Capitalised, ALL CAPS', () => {
		assert.equal(matchCase("we can't", "it isn't realistic"), "it isn't realistic");
		assert.equal(matchCase("We can't", "it isn't realistic"), "It isn't realistic");
		assert.equal(matchCase("WE CAN'T", "it isn't realistic"), "IT ISN'T REALISTIC");
	});
	test('"I" says nothing about the sentence start; the position decides', () => {
		assert.equal(matchCase("I can't", "it isn't realistic for me", false), "it isn't realistic for me");
		assert.equal(matchCase("I can't", "it isn't realistic for me", true), "It isn't realistic for me");
		assert.equal(matchCase("i can't", "I'd rather not", false), "I'd rather not");
	});
	test('a lone acronym keeps the replacement as written', () => {
		assert.equal(matchCase('EOD', 'the end of the day', false), 'the end of the day');
		assert.equal(matchCase('SLA', 'agreed response time', true), 'Agreed response time');
	});
});

describe('removalFix', () => {
	const remove = (text: string, words: string, atStart: boolean) => {
		const start = text.indexOf(words);
		return applyFixes(text, [removalFix(text, start, start + words.length, atStart)]).text;
	};
	test('tidies spaces and commas, and capitalises a new sentence start', () => {
		assert.equal(remove("Obviously, we can't.", 'Obviously', true), "We can't.");
		assert.equal(remove('Obviously the fee is fixed.', 'Obviously', true), 'The fee is fixed.');
		assert.equal(remove("We can't, obviously, print it.", 'obviously', false), "We can't print it.");
		assert.equal(remove("We can't print it, obviously.", 'obviously', false), "We can't print it.");
		assert.equal(remove('That is obviously a problem.', 'obviously', false), 'That is a problem.');
		assert.equal(remove('No offence, but no.', 'No offence, but', true), 'No.');
		assert.equal(remove('Fine. Frankly, it is late.', 'Frankly', true), 'Fine. It is late.');
		assert.equal(remove('It is late. Frankly!', 'Frankly', true), 'It is late.');
	});
	test('is marked safe by default', () => {
		assert.equal(removalFix('a b c', 2, 3, false).safe, true);
	});
});
