// Neovim's built-in LSP client (nvim --headless) against tactful-language-server --stdio. Registered in
// test/suites.mjs; run alone with `node --import tsx --test test/editors/neovim.spec.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FIXED, LETTER, runCase } from './run';

const nvim = ['nvim', '--headless', '--clean', '-u', join(__dirname, 'neovim.lua')];

test('Neovim, plain text (filetype "text"): the quick fix replaces "bandwidth" after non-ASCII text', async () => {
	const saved = await runCase(nvim, { file: 'letter.txt', rule: 'no-jargon', action: 'Replace with "time"' });
	assert.equal(saved, FIXED);
});

test('Neovim, Markdown: "Disable no-jargon for this line" appends the comment after the emoji', async () => {
	const saved = await runCase(nvim, { file: 'letter.md', rule: 'no-jargon', action: 'Disable no-jargon for this line' });
	assert.equal(saved, LETTER.replace('properly by then.', 'properly by then. <!-- tactful-disable-line no-jargon -->'));
});
