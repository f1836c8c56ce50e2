// Emacs with eglot (emacs -Q --batch) against tactful-language-server --stdio. Registered in test/suites.mjs; run
// alone with `node --import tsx --test test/editors/emacs.spec.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FIXED, LETTER, runCase } from './run';

const emacs = ['emacs', '-Q', '--batch', '-l', join(__dirname, 'emacs.el')];

test('Emacs + eglot, text-mode: the quick fix replaces "bandwidth" after non-ASCII text', async () => {
	const saved = await runCase(emacs, { file: 'letter.txt', rule: 'no-jargon', action: 'Replace with "time"' });
	assert.equal(saved, FIXED);
});

test('Emacs + eglot: "Disable no-jargon for this line" puts the directive on the line before', async () => {
	const saved = await runCase(emacs, { file: 'letter.txt', rule: 'no-jargon', action: 'Disable no-jargon for this line' });
	assert.equal(saved, LETTER.replace('Unfortunately', 'tactful-disable-next-line no-jargon\nUnfortunately'));
});
