// Hover, the checklist code lens and its commands, the checklist request and notification.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { applyFixes, lint, STEPS, STEP_INFO } from '../../server/src/engine/index';
import { applyWorkspaceEdit, PUSH_CAPABILITIES, TestClient } from './harness';
import { LETTER, LETTER_FIXED, rangeOf, README } from './letters';

const URI = 'file:///letters/deadline.md';

async function client(text = LETTER, options: Parameters<typeof TestClient.inProcess>[0] = {}) {
	const c = TestClient.inProcess(options);
	await c.initialize();
	await c.open(URI, text);
	return c;
}

test('hover on a finding explains the rule, its move, an example and links the docs', async () => {
	const c = await client();
	try {
		const range = rangeOf(LETTER, 'bandwidth');
		const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: { line: range.start.line, character: range.start.character + 3 } });
		assert.deepEqual(hover.range, range);
		const { kind, value } = hover.contents as MarkupContent;
		assert.equal(kind, 'markdown');
		assert.match(value, /`no-jargon`/);
		assert.ok(value.includes(STEP_INFO.explain.title), 'names the move');
		assert.match(value, /move 3 of 7/);
		assert.match(value, /jargon/i);
		assert.match(value, /\[Rule documentation\]\(https:\/\/github\.com\/tactful-dev\/tactful\/blob\/main\/docs\/rules\/no-jargon\.md\)/);
		assert.match(value, /Instead of \*We don't have the bandwidth .*\s+write \*We don't have the time /s);
		assert.ok(!value.includes('missing-'), 'only the narrowest finding: the jargon, not the moves the sentence lacks');
	} finally {
		await c.shutdown();
	}
});

test('hover is plain text for clients without Markdown, and null away from findings', async () => {
	const c = TestClient.inProcess({ capabilities: PUSH_CAPABILITIES });
	try {
		await c.initialize();
		await c.open(URI, LETTER);
		await c.open('file:///docs/README.md', README);
		const range = rangeOf(LETTER, 'bandwidth');
		const hover = await c.request<Hover>('textDocument/hover', { textDocument: { uri: URI }, position: range.start });
		assert.equal((hover.contents as MarkupContent).kind, 'plaintext');
		assert.match((hover.contents as MarkupContent).value, /^Tactful: no-jargon\n/);
		assert.equal(await c.request('textDocument/hover', { textDocument: { uri: 'file:///docs/README.md' }, position: { line: 2, character: 50 } }), null);
	} finally {
		await c.shutdown();
	}
});

test('code lens: the checklist at the top of a letter, and "Add <step>" inserts the step through applyEdit', async () => {
	const c = await client();
	try {
		const result = lint(LETTER, { languageId: 'markdown' });
		const missing = STEPS.filter((s) => !result.steps[s]);
		assert.ok(missing.length > 0, 'the test letter misses a step');
		const lenses = await c.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
		assert.equal(lenses[0].command?.title, `Decline checklist ${7 - missing.length}/7 · missing: ${missing.join(', ')}`);
		assert.deepEqual(lenses[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
		const adds = lenses.slice(1);
		assert.ok(adds.length > 0);
		for (const lens of adds) assert.match(lens.command!.title, new RegExp(`^Add (${missing.join('|')})$`));

		const step = adds[0].command!.arguments![1] as string;
		const applied = await c.request<boolean>('workspace/executeCommand', { command: adds[0].command!.command, arguments: adds[0].command!.arguments });
		assert.equal(applied, true);
		const fix = result.findings.find((f) => f.ruleId === `missing-${step}`)!.fixes[0];
		assert.equal(applyWorkspaceEdit(LETTER, URI, c.appliedEdits[0]), applyFixes(LETTER, [fix]).text);
		assert.ok(!applyWorkspaceEdit(LETTER, URI, c.appliedEdits[0]).includes('${'), 'plain text, no snippet syntax');
	} finally {
		await c.shutdown();
	}
});

test('no code lens on a document that is not a letter', async () => {
	const c = await client(README);
	try {
		assert.deepEqual(await c.request('textDocument/codeLens', { textDocument: { uri: URI } }), []);
	} finally {
		await c.shutdown();
	}
});

test('the fix-all command applies the safe fixes through applyEdit', async () => {
	const c = await client();
	try {
		assert.equal(await c.request('workspace/executeCommand', { command: 'tactful.server.fixAll', arguments: [URI] }), true);
		assert.equal(applyWorkspaceEdit(LETTER, URI, c.appliedEdits[0]), LETTER_FIXED);
	} finally {
		await c.shutdown();
	}
});

test('malformed command arguments are refused with a log line, and the server keeps working', async () => {
	const c = await client();
	try {
		const bad = [
			{ command: 'tactful.server.insertStep', arguments: [42] },
			{ command: 'tactful.server.insertStep', arguments: [URI, 'flattery'] },
			{ command: 'tactful.server.insertStep' },
			{ command: 'tactful.server.fixAll', arguments: null },
			{ command: 'tactful.server.fixAll', arguments: [{ uri: URI }] },
			{ command: 'tactful.server.fixAll', arguments: ['file:///not/open.md'] },
			{ command: 'tactful.nope', arguments: [URI] },
		];
		for (const params of bad) assert.equal(await c.request('workspace/executeCommand', params), null, JSON.stringify(params));
		assert.equal(c.appliedEdits.length, 0);
		assert.ok(c.logs.filter((l) => l.message.includes('ignored a command')).length >= 6);
		const lenses = await c.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: URI } });
		assert.ok(lenses.length > 0, 'still answering');
	} finally {
		await c.shutdown();
	}
});

test('tactful/checklist answers for open documents; tactful/checklistChanged only for clients that opt in', async () => {
	const quiet = await client();
	const loud = await client(LETTER, { initializationOptions: { checklistNotifications: true } });
	try {
		const result = lint(LETTER, { languageId: 'markdown' });
		const answer = await quiet.request('tactful/checklist', { uri: URI });
		assert.deepEqual(answer, { uri: URI, version: 1, letter: true, kind: result.kind, steps: result.steps });
		assert.equal(await quiet.request('tactful/checklist', { uri: 'file:///closed.md' }), null);
		assert.equal(await quiet.request('tactful/checklist', null), null);
		assert.ok(!quiet.notifications.some((n) => n.method === 'tactful/checklistChanged'));

		await loud.request('textDocument/diagnostic', { textDocument: { uri: URI } });
		await loud.waitFor('a checklist notification', () => loud.notifications.some((n) => n.method === 'tactful/checklistChanged'));
		assert.deepEqual(loud.notifications.find((n) => n.method === 'tactful/checklistChanged')!.params, answer);
	} finally {
		await quiet.shutdown();
		await loud.shutdown();
	}
});
