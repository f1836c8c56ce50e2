import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index';

test('a blunt decline letter is a letter with missing steps', () => {
	const r = lint('Hi Sam,\n\nUnfortunately we cannot move the deadline.\n\nBest,\nJo\n', { languageId: 'markdown' });
	assert.equal(r.letter, true);
	assert.ok(r.findings.some((f) => f.ruleId === 'missing-acknowledge'));
});

test('a README is not a letter and gets no findings', () => {
	const r = lint('# Project\n\nInstall with `npm ci`. We cannot support Node 16.\n', { languageId: 'markdown' });
	assert.equal(r.letter, false);
	assert.deepEqual(r.findings, []);
});
