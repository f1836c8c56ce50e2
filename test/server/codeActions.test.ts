// Code actions: every edit is applied to the text the way an editor applies it and compared with the expected text.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientCapabilities, CodeAction, Diagnostic, DocumentDiagnosticReport, TextEdit } from 'vscode-languageserver-protocol';
import { applyFixes, lint } from '../../server/src/engine/index';
import { applyWorkspaceEdit, fileUri, PUSH_CAPABILITIES, tempDir, TestClient, VSCODE_CAPABILITIES } from './harness';
import { LETTER, LETTER_FIXED, rangeOf } from './letters';

const URI = 'file:///letters/deadline.md';
const TWO_JARGONS = LETTER.replace('Best,', 'Let’s circle back next month.\n\nBest,');

async function setup(text = LETTER, capabilities: ClientCapabilities = VSCODE_CAPABILITIES, uri = URI, languageId = 'markdown', folder?: string) {
	const client = TestClient.inProcess({ capabilities, folder });
	await client.initialize();
	await client.open(uri, text, languageId);
	const report = await client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
	const items = report.kind === 'full' ? report.items : [];
	const actionsFor = (d: Diagnostic, only?: string[]) =>
		client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d], ...(only ? { only } : {}) } });
	return { client, items, actionsFor, jargon: items.find((d) => d.code === 'no-jargon')! };
}

function titled(actions: CodeAction[], title: string): CodeAction {
	const a = actions.find((x) => x.title === title);
	assert.ok(a, `"${title}" among: ${actions.map((x) => x.title).join(' | ')}`);
	return a;
}

const tmp = tempDir();
after(tmp.cleanup);

describe('quick fixes for a finding', () => {
	test('each fix of the finding, the first preferred, and the disable actions', async () => {
		const { client, jargon, actionsFor } = await setup();
		try {
			const actions = await actionsFor(jargon);
			const titles = actions.map((a) => a.title);
			assert.deepEqual(titles.slice(0, 2), ['Replace with "time"', 'Replace with "capacity"']);
			assert.ok(actions[0].isPreferred && !actions[1].isPreferred);
			assert.deepEqual(actions[0].diagnostics?.map((d) => d.code), ['no-jargon']);
			assert.equal(applyWorkspaceEdit(LETTER, URI, actions[1].edit), LETTER.replace('the bandwidth', 'the capacity'));

			const line = applyWorkspaceEdit(LETTER, URI, titled(actions, 'Disable no-jargon for this line').edit);
			assert.equal(line, LETTER.replace('by then.', 'by then. <!-- tactful-disable-line no-jargon -->'));
			assert.ok(!lint(line, { languageId: 'markdown' }).findings.some((f) => f.ruleId === 'no-jargon'));

			const file = applyWorkspaceEdit(LETTER, URI, titled(actions, 'Disable no-jargon for this file').edit);
			assert.equal(file, `<!-- tactful-disable-file no-jargon -->\n\n${LETTER}`);
			assert.ok(!lint(file, { languageId: 'markdown' }).findings.some((f) => f.ruleId === 'no-jargon'));
		} finally {
			await client.shutdown();
		}
	});

	test('plain text gets the bare directive on the line before', async () => {
		const uri = 'file:///letters/deadline.txt';
		const { client, jargon, actionsFor } = await setup(LETTER, PUSH_CAPABILITIES, uri, 'text');
		try {
			const text = applyWorkspaceEdit(LETTER, uri, titled(await actionsFor(jargon), 'Disable no-jargon for this line').edit, 'plaintext');
			assert.equal(text, LETTER.replace('Unfortunately', 'tactful-disable-next-line no-jargon\nUnfortunately'));
		} finally {
			await client.shutdown();
		}
	});

	test('the fixes come from the server, even when the client echoes byte columns and no data', async () => {
		const { client, jargon } = await setup();
		try {
			// Neovim-style garbling: the columns counted in UTF-8 bytes (the curly apostrophe is 3 bytes), data dropped.
			const line = LETTER.split('\n')[jargon.range.start.line];
			const byteCol = Buffer.byteLength(line.slice(0, jargon.range.start.character));
			assert.ok(byteCol > jargon.range.start.character);
			const garbled: Diagnostic = { ...jargon, data: undefined, range: { start: { line: jargon.range.start.line, character: byteCol }, end: { line: jargon.range.end.line, character: byteCol + 9 } } };
			const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: garbled.range, context: { diagnostics: [garbled] } });
			assert.equal(applyWorkspaceEdit(LETTER, URI, titled(actions, 'Replace with "time"').edit), LETTER_FIXED);

			// Data that names another finding, or one the result no longer has, is not trusted either.
			const stale: Diagnostic = { ...jargon, data: 99 };
			const again = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: jargon.range, context: { diagnostics: [stale] } });
			assert.equal(applyWorkspaceEdit(LETTER, URI, titled(again, 'Replace with "time"').edit), LETTER_FIXED);
		} finally {
			await client.shutdown();
		}
	});

	test('the diagnostic names its finding (data: the index, with the rule in code): only that finding\'s fixes, not its neighbour\'s', async () => {
		const text = LETTER.replace('Best,', 'We will circle back and touch base next week.\n\nBest,');
		const { client, items, actionsFor } = await setup(text);
		try {
			const touch = items.find((d) => d.code === 'no-jargon' && d.message.includes('touch base'));
			assert.ok(touch, 'touch base is reported');
			assert.equal(typeof touch.data, 'number');
			const fixes = (actions: CodeAction[]) => actions.filter((a) => a.title.startsWith('Replace with')).map((a) => a.title);
			assert.deepEqual(fixes(await actionsFor(touch)), ['Replace with "talk"', 'Replace with "check in"']);
			// What earlier servers sent is read too.
			assert.deepEqual(fixes(await actionsFor({ ...touch, data: { ruleId: 'no-jargon', index: touch.data } })), ['Replace with "talk"', 'Replace with "check in"']);
			// Without it, every finding of the rule on that line is offered (the fallback for clients that drop data).
			assert.deepEqual(new Set(fixes(await actionsFor({ ...touch, data: undefined }))), new Set(['Replace with "follow up"', 'Replace with "come back to you"', 'Replace with "talk"', 'Replace with "check in"']));
		} finally {
			await client.shutdown();
		}
	});

	test('without diagnostics in the context, the findings under the range', async () => {
		const { client } = await setup();
		try {
			const range = rangeOf(LETTER, 'bandwi');
			const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: { start: range.end, end: range.end }, context: { diagnostics: [] } });
			assert.equal(applyWorkspaceEdit(LETTER, URI, titled(actions, 'Replace with "time"').edit), LETTER_FIXED);
		} finally {
			await client.shutdown();
		}
	});

	test('eglot at the start of a finding names only the wider diagnostic: the narrow finding still leads', async () => {
		const { client, items, jargon } = await setup();
		try {
			const wide = items.find((d) => d.code !== 'no-jargon' && d.range.start.line === jargon.range.start.line && d.range.end.character > jargon.range.end.character);
			assert.ok(wide, 'a finding spanning the sentence');
			const point = { start: jargon.range.start, end: jargon.range.start };
			const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: URI }, range: point, context: { diagnostics: [wide] } });
			assert.equal(actions[0].title, 'Replace with "time"');
			assert.ok(actions.some((a) => a.diagnostics?.[0]?.code === wide.code), 'the named diagnostic keeps its actions');
		} finally {
			await client.shutdown();
		}
	});

	test('an edit is versioned: made for version 1, it names version 1', async () => {
		const { client, jargon, actionsFor } = await setup();
		try {
			const fix = titled(await actionsFor(jargon), 'Replace with "time"');
			const change = fix.edit!.documentChanges![0];
			assert.ok('textDocument' in change);
			assert.deepEqual(change.textDocument, { uri: URI, version: 1 });
		} finally {
			await client.shutdown();
		}
	});
});

describe('fix all', () => {
	test('source.fixAll.tactful applies every safe fix, and only it is returned when asked for', async () => {
		const { client, jargon, actionsFor } = await setup(TWO_JARGONS);
		try {
			const actions = await actionsFor(jargon, ['source.fixAll']);
			assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all safe Tactful problems', 'source.fixAll.tactful']]);
			const expected = applyFixes(TWO_JARGONS, lint(TWO_JARGONS, { languageId: 'markdown' }).findings.filter((f) => f.fixes[0]?.safe).map((f) => f.fixes[0])).text;
			const fixed = applyWorkspaceEdit(TWO_JARGONS, URI, actions[0].edit);
			assert.equal(fixed, expected);
			assert.ok(fixed.includes('the time to test') && fixed.includes('follow up next month'));
			assert.ok(!lint(fixed, { languageId: 'markdown' }).findings.some((f) => f.fixes[0]?.safe));
		} finally {
			await client.shutdown();
		}
	});

	test('"Fix all no-jargon problems" when the rule has several', async () => {
		const { client, jargon, actionsFor } = await setup(TWO_JARGONS);
		try {
			const all = titled(await actionsFor(jargon), 'Fix all no-jargon problems in this file');
			const fixed = applyWorkspaceEdit(TWO_JARGONS, URI, all.edit);
			assert.ok(!lint(fixed, { languageId: 'markdown' }).findings.some((f) => f.ruleId === 'no-jargon'));
		} finally {
			await client.shutdown();
		}
	});
});

describe('inserting a missing step', () => {
	test('a plain edit everywhere, the snippet in data; snippetTextEdit clients get the snippet form', async () => {
		const { client, items, actionsFor } = await setup();
		try {
			const missing = items.find((d) => typeof d.code === 'string' && d.code.startsWith('missing-'));
			assert.ok(missing, 'the letter misses a step');
			const finding = lint(LETTER, { languageId: 'markdown' }).findings.find((f) => f.ruleId === missing.code)!;
			// Narrower findings under the same range (a flat refusal in the sentence the move belongs after) may lead.
			const action = titled(await actionsFor(missing), finding.fixes[0].title);
			assert.equal(applyWorkspaceEdit(LETTER, URI, action.edit), applyFixes(LETTER, [finding.fixes[0]]).text);
			assert.deepEqual(action.data, { snippet: finding.fixes[0].edits[0].snippet });

			const snippetClient = await setup(LETTER, { ...VSCODE_CAPABILITIES, experimental: { snippetTextEdit: true } });
			try {
				const d = snippetClient.items.find((x) => x.code === missing.code)!;
				const edit = titled(await snippetClient.actionsFor(d), finding.fixes[0].title).edit!.documentChanges![0];
				assert.ok('edits' in edit);
				const te = edit.edits[0] as TextEdit & { insertTextFormat?: number };
				assert.equal(te.insertTextFormat, 2);
				assert.equal(te.newText, finding.fixes[0].edits[0].snippet);
			} finally {
				await snippetClient.client.shutdown();
			}
		} finally {
			await client.shutdown();
		}
	});
});

describe('disable in .tactfulrc.json', () => {
	test('edits the nearest config file, keeping its comments', async () => {
		const dir = join(tmp.dir, 'existing');
		mkdirSync(dir, { recursive: true });
		const rcText = '{\n  // house style\n  "rules": {\n    "missing-open": "hint"\n  }\n}\n';
		writeFileSync(join(dir, '.tactfulrc.json'), rcText);
		const uri = fileUri(join(dir, 'letter.md'));
		const { client, jargon, actionsFor } = await setup(LETTER, VSCODE_CAPABILITIES, uri, 'markdown', dir);
		try {
			const action = titled(await actionsFor(jargon), 'Disable no-jargon in .tactfulrc.json');
			const rcUri = fileUri(join(dir, '.tactfulrc.json'));
			const change = action.edit!.documentChanges![0];
			assert.ok('textDocument' in change && change.textDocument.version === null);
			assert.equal(applyWorkspaceEdit(rcText, rcUri, action.edit), '{\n  // house style\n  "rules": {\n    "missing-open": "hint",\n    "no-jargon": "off"\n  }\n}\n');
		} finally {
			await client.shutdown();
		}
	});

	test('creates the file in the workspace folder when the client can create files, else offers nothing', async () => {
		const dir = join(tmp.dir, 'fresh');
		mkdirSync(join(dir, 'sub'), { recursive: true });
		const uri = fileUri(join(dir, 'sub', 'letter.md'));
		const { client, jargon, actionsFor } = await setup(LETTER, VSCODE_CAPABILITIES, uri, 'markdown', dir);
		try {
			const action = titled(await actionsFor(jargon), 'Disable no-jargon in .tactfulrc.json');
			const rcUri = fileUri(join(dir, '.tactfulrc.json'));
			const [create, edit] = action.edit!.documentChanges!;
			assert.deepEqual(create, { kind: 'create', uri: rcUri, options: { ignoreIfExists: true } });
			assert.ok('edits' in edit);
			assert.deepEqual(JSON.parse(applyWorkspaceEdit('', rcUri, action.edit)), { rules: { 'no-jargon': 'off' } });
		} finally {
			await client.shutdown();
		}
		const plain = await setup(LETTER, PUSH_CAPABILITIES, uri, 'markdown', dir);
		try {
			assert.ok(!(await plain.actionsFor(plain.jargon)).some((a) => a.title.includes('.tactfulrc.json')));
		} finally {
			await plain.client.shutdown();
		}
	});
});
