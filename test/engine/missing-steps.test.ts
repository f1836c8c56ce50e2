// Placement of the missing-step diagnostics and of the sentences their fixes insert: exact resulting texts, in
// Markdown and plain text, with LF and CRLF line endings. Also the order rule (acknowledge-before-refusal).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lint, stepSnippet, STEPS, type Finding, type Step } from '../../server/src/engine/index';

type Lang = 'markdown' | 'plaintext';
const LANGS: Lang[] = ['markdown', 'plaintext'];
const S = (step: Step) => stepSnippet(step, 'plain');

function finding(text: string, ruleId: string, languageId: Lang): Finding | undefined {
	return lint(text, { languageId }).findings.find((f) => f.ruleId === ruleId);
}

/** The text after the rule's preferred fix; fails when the rule does not fire or has no fix. */
function fixed(text: string, step: Step | 'acknowledge-before-refusal', languageId: Lang): string {
	const id = step === 'acknowledge-before-refusal' ? step : `missing-${step}`;
	const f = finding(text, id, languageId);
	assert.ok(f, `${id} did not fire`);
	assert.ok(f.fixes[0], `${id} has no fix`);
	return applyFixes(text, [f.fixes[0]]).text;
}

const crlf = (s: string) => s.replace(/\n/g, '\r\n');

/** A bare refusal: every move but the ones the letter makes is missing. */
const BARE = 'Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd.\n\nBest,\nLee\n';

describe('where the missing moves go', () => {
	for (const lang of LANGS) {
		for (const eol of ['LF', 'CRLF'] as const) {
			const t = eol === 'LF' ? (s: string) => s : crlf;
			describe(`${lang}, ${eol}`, () => {
				test('understand and acknowledge: a new paragraph after the greeting', () => {
					for (const step of ['understand', 'acknowledge'] as const) {
						assert.equal(fixed(t(BARE), step, lang), t(`Hi Dana,\n\n${S(step)}\n\nUnfortunately we cannot move the launch to the 3rd.\n\nBest,\nLee\n`));
					}
				});
				test('explain, alternatives, positive, empathy: right after the refusal, in its paragraph', () => {
					for (const step of ['explain', 'alternatives', 'positive', 'empathy'] as const) {
						assert.equal(fixed(t(BARE), step, lang), t(`Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd. ${S(step)}\n\nBest,\nLee\n`));
					}
				});
				test('open: a paragraph just before the sign-off', () => {
					assert.equal(fixed(t(BARE), 'open', lang), t(`Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd.\n\n${S('open')}\n\nBest,\nLee\n`));
				});
				test('open: before the sign-off of a long signature block and a mail footer, not inside them', () => {
					const signature =
						'Yours sincerely,\n\nRhys Morgan\nMorgan & Daughters Memorials\n\nMorgan & Daughters Memorials Ltd | Unit 4, Vale Road, Denbigh LL16 3BP\nTel: 01745 812 334 | Mob: 07700 900 412 | Fax: 01745 812 335\nRegistered in England and Wales No. 04412780 | VAT No. GB 312 4455 07 | NAMM Member\n\nTHIS EMAIL AND ANY ATTACHMENTS ARE CONFIDENTIAL AND INTENDED SOLELY FOR THE USE OF THE ADDRESSEE. WE CANNOT ACCEPT LIABILITY FOR ITS CONTENTS.\n';
					const letter = 'Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd.\n\n';
					const text = t(letter + signature);
					const f = finding(text, 'missing-open', lang)!;
					assert.equal(text.slice(f.start, f.end), 'Yours sincerely,');
					assert.equal(fixed(text, 'open', lang), t(`${letter}${S('open')}\n\n${signature}`));
				});
				test('the diagnostics sit on the greeting, the refusal and the sign-off', () => {
					const text = t(BARE);
					const on = (step: Step) => {
						const f = finding(text, `missing-${step}`, lang)!;
						return text.slice(f.start, f.end);
					};
					assert.equal(on('acknowledge'), 'Hi Dana,');
					assert.equal(on('understand'), 'Hi Dana,');
					assert.equal(on('explain'), 'Unfortunately we cannot move the launch to the 3rd.');
					assert.equal(on('empathy'), 'Unfortunately we cannot move the launch to the 3rd.');
					assert.equal(on('open'), 'Best,');
				});
				test('every fix, applied together, leaves a letter that makes all seven moves', () => {
					const text = t(BARE);
					const fixes = lint(text, { languageId: lang }).findings.filter((f) => f.ruleId.startsWith('missing-')).map((f) => f.fixes[0]);
					assert.equal(fixes.length, 7);
					const after = applyFixes(text, fixes).text;
					const r = lint(after, { languageId: lang });
					assert.equal(r.letter, true);
					assert.deepEqual(STEPS.filter((s) => !r.steps[s]), []);
					assert.ok(!after.includes(eol === 'LF' ? '\r' : '\n\n\n'), 'line endings kept, no doubled blank lines');
				});
			});
		}
	}

	test('the fix carries the same insertion as a snippet with tab stops', () => {
		const f = finding(BARE, 'missing-explain', 'markdown')!;
		const edit = f.fixes[0].edits[0];
		assert.equal(edit.newText, ` ${S('explain')}`);
		assert.ok(edit.snippet && edit.snippet.startsWith(' ') && /\$\{1[:|]/.test(edit.snippet), edit.snippet);
	});

	test('after an explanation that follows the refusal, the alternative comes after the explanation', () => {
		const text = 'Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd. Our printer needs ten working days for a run of this size. Thanks for asking.\n\nBest,\nLee\n';
		assert.equal(
			fixed(text, 'alternatives', 'plaintext'),
			`Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd. Our printer needs ten working days for a run of this size. ${S('alternatives')} Thanks for asking.\n\nBest,\nLee\n`,
		);
	});

	test('a bare "No." and the refusal it opens are one: the reason goes after both', () => {
		const text = "Hi Mark,\n\nNo. We can't lower the price on the logo package. Thanks for asking.\n\nJ.\n";
		const f = finding(text, 'missing-explain', 'plaintext')!;
		assert.equal(text.slice(f.start, f.end), "No. We can't lower the price on the logo package.");
		assert.equal(fixed(text, 'explain', 'plaintext'), `Hi Mark,\n\nNo. We can't lower the price on the logo package. ${S('explain')} Thanks for asking.\n\nJ.\n`);
	});

	test('no stated refusal: the move goes beside the reason, before the alternative', () => {
		const text = 'Hi Dana,\n\nThanks for asking about the 3rd. Our printer needs ten working days for a run of this size.\n\nWhat we could do instead is print 500 by the 3rd and the rest the week after.\n\nBest,\nLee\n';
		const f = finding(text, 'missing-empathy', 'plaintext')!;
		assert.equal(text.slice(f.start, f.end), 'Thanks for asking about the 3rd.');
		assert.equal(
			fixed(text, 'empathy', 'plaintext'),
			`Hi Dana,\n\nThanks for asking about the 3rd. Our printer needs ten working days for a run of this size. ${S('empathy')}\n\nWhat we could do instead is print 500 by the 3rd and the rest the week after.\n\nBest,\nLee\n`,
		);
	});

	test('a greeting followed directly by the body keeps the writer\'s spacing', () => {
		const text = 'Hi Dana,\nUnfortunately we cannot move the launch to the 3rd.\n\nBest,\nLee\n';
		for (const lang of LANGS) assert.equal(fixed(text, 'acknowledge', lang), `Hi Dana,\n${S('acknowledge')}\nUnfortunately we cannot move the launch to the 3rd.\n\nBest,\nLee\n`);
	});

	test('a greeting with the body on the same line: the paragraph goes after that line', () => {
		const text = 'Hi Dana, unfortunately we cannot move the launch to the 3rd.\n\nBest,\nLee\n';
		assert.equal(fixed(text, 'acknowledge', 'plaintext'), `Hi Dana, unfortunately we cannot move the launch to the 3rd.\n\n${S('acknowledge')}\n\nBest,\nLee\n`);
	});

	test('no greeting: the paragraph opens the letter, after a subject line', () => {
		const text = 'Subject: the launch date\n\nUnfortunately we cannot move the launch to the 3rd.\n\nBest,\nLee\n';
		assert.equal(fixed(text, 'acknowledge', 'plaintext'), `Subject: the launch date\n\n${S('acknowledge')}\n\nUnfortunately we cannot move the launch to the 3rd.\n\nBest,\nLee\n`);
	});

	test('a sign-off right under the last line: the invitation ends that line', () => {
		const text = 'Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd.\nBest,\nLee\n';
		assert.equal(fixed(text, 'open', 'plaintext'), `Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd. ${S('open')}\nBest,\nLee\n`);
	});

	test('no sign-off: the invitation goes before the closing name, or after the last paragraph', () => {
		assert.equal(
			fixed('Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd.\n\nLee\n', 'open', 'plaintext'),
			`Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd.\n\n${S('open')}\n\nLee\n`,
		);
		const text = '---\ntactful: letter\n---\nUnfortunately we cannot move the launch to the 3rd.';
		assert.equal(fixed(text, 'open', 'markdown'), `${text}\n\n${S('open')}`);
	});

	test('never inside a list: a refusal in a list item gets its reason after the list', () => {
		const text = 'Hi Dana,\n\nThanks for the list of changes.\n\n- The new logo is fine.\n- We cannot move the launch to the 3rd.\n- The colours stay.\n\nBest,\nLee\n';
		assert.equal(
			fixed(text, 'explain', 'markdown'),
			`Hi Dana,\n\nThanks for the list of changes.\n\n- The new logo is fine.\n- We cannot move the launch to the 3rd.\n- The colours stay.\n\n${S('explain')}\n\nBest,\nLee\n`,
		);
	});

	test('never inside a quote: the thanks goes before the quoted request', () => {
		const text = 'Hi Dana,\n\n> Could you move the launch to the 3rd?\n\nUnfortunately we cannot move the launch to the 3rd.\n\nBest,\nLee\n';
		assert.equal(fixed(text, 'acknowledge', 'markdown'), `Hi Dana,\n\n${S('acknowledge')}\n\n> Could you move the launch to the 3rd?\n\nUnfortunately we cannot move the launch to the 3rd.\n\nBest,\nLee\n`);
	});

	test('never inside emphasis: after a bold refusal, the sentence goes after the closing markers', () => {
		const text = 'Hi Dana,\n\n**We cannot move the launch to the 3rd.** Thanks for asking.\n\nBest,\nLee\n';
		assert.equal(fixed(text, 'empathy', 'markdown'), `Hi Dana,\n\n**We cannot move the launch to the 3rd.** ${S('empathy')} Thanks for asking.\n\nBest,\nLee\n`);
	});

	test('never inside a comment: an HTML comment right after the refusal stays whole', () => {
		const text = 'Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd.<!-- tactful-enable -->\n\nBest,\nLee\n';
		assert.equal(fixed(text, 'explain', 'markdown'), `Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd. ${S('explain')}<!-- tactful-enable -->\n\nBest,\nLee\n`);
	});

	test('hard-wrapped plain text: the sentence continues the refusal\'s line', () => {
		const text = 'Dear Fiona,\n\nMany thanks for your note. I am afraid we are not able to agree to\nexclusivity across the whole region. I will send a revised clause by\nFriday.\n\nWith kind regards,\nOliver\n';
		assert.equal(
			fixed(text, 'explain', 'plaintext'),
			`Dear Fiona,\n\nMany thanks for your note. I am afraid we are not able to agree to\nexclusivity across the whole region. ${S('explain')} I will send a revised clause by\nFriday.\n\nWith kind regards,\nOliver\n`,
		);
	});

	test('a template keeps its front matter; the fix lands in the body', () => {
		const text = '---\ntactful: template\n---\nHi {{name}},\n\nUnfortunately we cannot move {{project}} to {{date}}.\n\nBest,\n{{me}}\n';
		assert.equal(fixed(text, 'acknowledge', 'markdown'), `---\ntactful: template\n---\nHi {{name}},\n\n${S('acknowledge')}\n\nUnfortunately we cannot move {{project}} to {{date}}.\n\nBest,\n{{me}}\n`);
	});

	test('a move the letter makes is not reported, and an inserted sentence counts as the move', () => {
		for (const step of STEPS) {
			const after = fixed(BARE, step, 'plaintext');
			assert.equal(finding(after, `missing-${step}`, 'plaintext'), undefined, step);
		}
	});

	test('non-letters get no step diagnostics', () => {
		const readme = '# Tool\n\nWe cannot support Node 16.\n';
		assert.deepEqual(lint(readme, { languageId: 'markdown' }).findings.filter((f) => f.ruleId.startsWith('missing-')), []);
	});
});

describe('acknowledge-before-refusal', () => {
	test('a letter that opens with the refusal is flagged on the refusal', () => {
		const f = finding(BARE, 'acknowledge-before-refusal', 'plaintext')!;
		assert.equal(BARE.slice(f.start, f.end), 'Unfortunately we cannot move the launch to the 3rd.');
		assert.match(f.message, /opens with the refusal/);
	});
	test('thanks or understanding first: nothing to flag', () => {
		assert.equal(finding('Hi Dana,\n\nThanks for asking about the launch. Unfortunately we cannot move it to the 3rd.\n\nBest,\nLee\n', 'acknowledge-before-refusal', 'plaintext'), undefined);
		assert.equal(finding('Hi Dana,\n\nI understand you need the launch on the 3rd. Unfortunately we cannot move it.\n\nBest,\nLee\n', 'acknowledge-before-refusal', 'plaintext'), undefined);
	});
	test('thanks after the refusal: the fix moves them above it', () => {
		const text = 'Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd. Thank you for thinking of us for the launch.\n\nBest,\nLee\n';
		const f = finding(text, 'acknowledge-before-refusal', 'markdown')!;
		assert.match(f.message, /before your thanks/);
		assert.equal(applyFixes(text, [f.fixes[0]]).text, 'Hi Dana,\n\nThank you for thinking of us for the launch. Unfortunately we cannot move the launch to the 3rd.\n\nBest,\nLee\n');
	});
	test('thanks in a paragraph of their own after the refusal: moved, with the paragraph removed', () => {
		const text = crlf('Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd.\n\nThank you for thinking of us for the launch.\n\nBest,\nLee\n');
		assert.equal(fixed(text, 'acknowledge-before-refusal', 'plaintext'), crlf('Hi Dana,\n\nThank you for thinking of us for the launch. Unfortunately we cannot move the launch to the 3rd.\n\nBest,\nLee\n'));
	});
	test('thanks that lean on what came before ("though", "it") are not moved', () => {
		const text = 'Hi Dana,\n\nUnfortunately we cannot move the launch to the 3rd. Thanks for asking, though.\n\nBest,\nLee\n';
		const f = finding(text, 'acknowledge-before-refusal', 'plaintext')!;
		assert.deepEqual(f.fixes, []);
	});
});

describe('insertions on generated letters', () => {
	// Letters assembled from parts in every layout we know: with or without greeting, blank lines, lists, quotes,
	// sign-off and signature, LF or CRLF, Markdown or plain text.
	const greetings = ['Hi Dana,', 'Dear Mr. Lindqvist,', 'Hey Sam -', ''];
	const bodies = [
		'Unfortunately we cannot move the launch to the 3rd.',
		'We won\'t be able to offer a refund, because the course has started.',
		'I\'m afraid we are fully booked that week, so we have to pass on this one.',
	];
	const extras = ['', 'Thanks for asking about it.', '- one item\n- another item', '> Could you do it sooner?', 'Our printer needs ten working days for a run of this size.'];
	const closings = ['Best,\nLee', 'Kind regards,\n\nOliver Penrose\nDirector, Penrose & Vale', 'Lee', ''];

	test('every missing-step fix only inserts, lands outside lists and quotes, and makes its move', async () => {
		const fc = await import('fast-check');
		let letters = 0;
		let fixes = 0;
		fc.assert(
			fc.property(
				fc.constantFrom(...greetings),
				fc.constantFrom(...bodies),
				fc.constantFrom(...extras),
				fc.constantFrom(...closings),
				fc.boolean(),
				fc.boolean(),
				fc.boolean(),
				(greeting, body, extra, closing, tight, windows, markdown) => {
					const sep = tight ? '\n' : '\n\n';
					let text = [greeting, extra.startsWith('-') || extra.startsWith('>') ? `${extra}\n\n${body}` : `${body}${extra ? ' ' + extra : ''}`, closing].filter(Boolean).join(sep) + '\n';
					if (windows) text = crlf(text);
					const lang: Lang = markdown ? 'markdown' : 'plaintext';
					const r = lint(text, { languageId: lang });
					if (!r.letter) return;
					letters++;
					for (const f of r.findings.filter((x) => x.ruleId.startsWith('missing-'))) {
						fixes++;
						const step = f.ruleId.slice('missing-'.length) as Step;
						const edit = f.fixes[0].edits[0];
						assert.equal(edit.start, edit.end, 'an insertion');
						assert.ok(edit.newText.includes(S(step)));
						if (windows) assert.ok(!/(^|[^\r])\n/.test(edit.newText), `CRLF kept: ${JSON.stringify(edit.newText)}`);
						else assert.ok(!edit.newText.includes('\r'));
						const after = applyFixes(text, [f.fixes[0]]).text;
						assert.equal(after.slice(0, edit.start) + after.slice(edit.start + edit.newText.length), text, 'the rest of the text is kept');
						// The inserted sentence is not inside a list item or a quote.
						const lineStart = after.lastIndexOf('\n', edit.start + edit.newText.indexOf(S(step))) + 1;
						assert.doesNotMatch(after.slice(lineStart, lineStart + 2), /^[-*>]/, `${step} landed in a list or quote: ${JSON.stringify(after)}`);
						const again = lint(after, { languageId: lang });
						assert.ok(again.steps[step], `${step} made after the fix: ${JSON.stringify(after)}`);
					}
				},
			),
			{ numRuns: 300 },
		);
		// Nearly every generated layout is a decline letter, and most miss several moves.
		assert.ok(letters >= 250 && fixes >= 1000, `${letters} letters, ${fixes} fixes`);
	});
});
