// The extension in a real VS Code: runs inside the extension host (code-server's, or desktop VS Code's when
// VSCODE_EXECUTABLE is set). Expected findings come from the same engine the server bundles, linted with the
// workspace's config, so the tests check the contract (server and client show what the engine finds) rather than
// today's wording of a rule.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { applyFixes, defaultConfig, lint, STEP_INFO, STEPS, stepSnippet, type Finding, type LintResult, type Step } from '../../../server/src/engine';
import { snippetsFor } from '../../../client/src/snippets';
import type { TactfulApi } from '../../../client/src/extension';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ChecklistResult } from '../../../server/src/protocol';

const TIMEOUT = 30_000;
let api: TactfulApi;

function workspaceUri(relative: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'the test workspace is open');
	return vscode.Uri.joinPath(folder.uri, relative);
}

/** Resolves with `check()`'s value once it is truthy, re-checking whenever `event` fires; rejects after a timeout. */
function when<T>(what: string, event: vscode.Event<unknown>, check: () => T | undefined | false | null): Promise<T> {
	const first = check();
	if (first) return Promise.resolve(first);
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			sub.dispose();
			reject(new Error(`timed out after ${TIMEOUT / 1000} s waiting for ${what}`));
		}, TIMEOUT);
		const sub = event(() => {
			const value = check();
			if (value) {
				clearTimeout(timer);
				sub.dispose();
				resolve(value);
			}
		});
	});
}

/** Resolves with `check()`'s value once it is truthy, checking every 20 ms (for what no event announces). */
async function poll<T>(what: string, check: () => T | undefined | false | null): Promise<T> {
	const deadline = Date.now() + TIMEOUT;
	for (;;) {
		const value = check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out after ${TIMEOUT / 1000} s waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 20));
	}
}

const tactfulDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'tactful');
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

function waitForDiagnostics(uri: vscode.Uri, what: string, ok: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
	return when(`${what} on ${vscode.workspace.asRelativePath(uri)}`, vscode.languages.onDidChangeDiagnostics, () => {
		const ds = tactfulDiagnostics(uri);
		return ok(ds) && ds;
	});
}

/** The engine's verdict on a document, with the workspace config (.tactfulrc.json: letters/** are letters). */
function engineLint(doc: vscode.TextDocument): LintResult {
	const path = vscode.workspace.asRelativePath(doc.uri, false);
	return lint(doc.getText(), { languageId: doc.languageId, path, config: { ...defaultConfig(), letters: ['letters/**'] } });
}

async function open(relative: string): Promise<vscode.TextEditor> {
	const doc = await vscode.workspace.openTextDocument(workspaceUri(relative));
	return vscode.window.showTextDocument(doc);
}

const summary = (ds: readonly { code: string; start: number }[]) => ds.map((d) => `${d.code}@${d.start}`).sort();

suite('Tactful in a real VS Code', () => {
	suiteSetup(async () => {
		const ext = vscode.extensions.getExtension<TactfulApi>('tactful.tactful');
		assert.ok(ext, 'the extension is installed');
		api = await ext.activate();
		await api.ready;
	});

	test('the extension activates and its language server runs', async () => {
		const ext = vscode.extensions.getExtension<TactfulApi>('tactful.tactful')!;
		assert.equal(ext.isActive, true);
		const client = api.client();
		assert.ok(client && client.isRunning(), 'the language client is running');
		assert.equal(client.initializeResult?.serverInfo?.name, 'tactful-language-server');
		const commands = await vscode.commands.getCommands(true);
		for (const id of ['tactful.insertStep', 'tactful.fixAll', 'tactful.showRuleDocumentation', 'tactful.createConfig', 'tactful.restartServer', 'tactful.checklist']) {
			assert.ok(commands.includes(id), `command ${id} is registered`);
		}
		console.log(`      (VS Code ${vscode.version}, ${vscode.env.appName}, extension host Node ${process.version})`);
	});

	for (const file of ['letters/deadline.md', 'letters/refund.txt']) {
		test(`a letter gets Tactful diagnostics (${file})`, async () => {
			const { document: doc } = await open(file);
			const expected = engineLint(doc);
			assert.equal(expected.letter, true, 'the engine sees a letter');
			assert.ok(expected.findings.some((f) => f.ruleId === 'no-jargon'), 'the fixture has jargon');
			const want = summary(expected.findings.map((f) => ({ code: f.ruleId, start: f.start })));
			const got = await waitForDiagnostics(doc.uri, `${want.length} diagnostics`, (ds) => ds.length === want.length);
			assert.deepEqual(summary(got.map((d) => ({ code: codeOf(d), start: doc.offsetAt(d.range.start) }))), want);
			const jargon = got.find((d) => codeOf(d) === 'no-jargon')!;
			assert.equal(doc.getText(jargon.range), 'bandwidth');
			assert.equal(jargon.severity, vscode.DiagnosticSeverity.Warning);
			const target = typeof jargon.code === 'object' ? jargon.code.target.toString() : '';
			assert.match(target, /docs\/rules\/no-jargon\.md$/, 'the rule id links to its documentation');
		});
	}

	test('typing after the last diagnostic: VS Code is told "unchanged", keeps every diagnostic, and their fixes apply', async () => {
		const editor = await open('letters/refund.txt');
		const doc = editor.document;
		const before = doc.getText();
		const place = (r: LintResult) => r.findings.map((f) => `${f.ruleId}@${f.start}-${f.end}`);
		const want = engineLint(doc);
		await waitForDiagnostics(doc.uri, `${want.findings.length} diagnostics`, (ds) => ds.length === want.findings.length);
		// Watch VS Code's own pulls for this letter through the live client's middleware (put back afterwards).
		const middleware = api.client()!.middleware as { provideDiagnostics?: unknown };
		const kept = middleware.provideDiagnostics;
		// Each answer with the version of the document the pull was for.
		const answers: Array<{ version: number; kind: string }> = [];
		type Next = (d: unknown, id: string | undefined, t: vscode.CancellationToken) => Promise<{ kind: string } | undefined | null>;
		middleware.provideDiagnostics = async (d: vscode.TextDocument | vscode.Uri, id: string | undefined, t: vscode.CancellationToken, next: Next) => {
			const version = d instanceof vscode.Uri ? -1 : d.version;
			const report = await next(d, id, t);
			if ((d instanceof vscode.Uri ? d : d.uri).toString() === doc.uri.toString()) answers.push({ version, kind: String(report?.kind) });
			return report;
		};
		try {
			// At the end of the signature, after every diagnostic: none of them moves.
			assert.ok(await editor.edit((e) => e.insert(doc.positionAt(before.trimEnd().length), 'x')));
			const edited = doc.version;
			assert.deepEqual(place(engineLint(doc)), place(want), 'the engine agrees that nothing moved');
			const answer = await poll('VS Code to pull the edited letter', () => answers.find((a) => a.version === edited));
			assert.equal(answer.kind, 'unChanged', `the answer for the edited letter was "unchanged" (answers: ${JSON.stringify(answers)})`);
		} finally {
			middleware.provideDiagnostics = kept;
		}
		// What VS Code shows is still right for the new text, and a fix from it applies to the new text.
		const shown = tactfulDiagnostics(doc.uri);
		assert.deepEqual(shown.map((d) => `${codeOf(d)}@${doc.offsetAt(d.range.start)}-${doc.offsetAt(d.range.end)}`).sort(), place(engineLint(doc)).sort());
		const jargon = shown.find((d) => codeOf(d) === 'no-jargon')!;
		const finding = engineLint(doc).findings.find((f) => f.ruleId === 'no-jargon' && f.start === doc.offsetAt(jargon.range.start))!;
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, jargon.range, vscode.CodeActionKind.QuickFix.value);
		const action = actions.find((a) => a.title === finding.fixes[0].title);
		assert.ok(action?.edit, `"${finding.fixes[0].title}" is offered: ${actions.map((a) => a.title).join(' | ')}`);
		const typed = doc.getText();
		assert.ok(await vscode.workspace.applyEdit(action.edit));
		assert.equal(doc.getText(), applyFixes(typed, [finding.fixes[0]]).text);
		await vscode.commands.executeCommand('workbench.action.files.revert');
		assert.equal(doc.getText(), before);
	});

	test('a quick fix applies and the text is right', async () => {
		const editor = await open('letters/deadline.md');
		const doc = editor.document;
		const before = doc.getText();
		const finding = engineLint(doc).findings.find((f) => f.ruleId === 'no-jargon')!;
		const diagnostics = await waitForDiagnostics(doc.uri, 'no-jargon', (ds) => ds.some((d) => codeOf(d) === 'no-jargon'));
		const diagnostic = diagnostics.find((d) => codeOf(d) === 'no-jargon')!;
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
		const titles = actions.map((a) => a.title);
		assert.ok(titles.includes('Disable no-jargon for this line'), `a disable action is offered: ${titles.join(' | ')}`);
		const action = actions.find((a) => a.title === finding.fixes[0].title);
		assert.ok(action?.edit, `"${finding.fixes[0].title}" is offered: ${titles.join(' | ')}`);
		assert.equal(action.isPreferred, true);
		assert.ok(await vscode.workspace.applyEdit(action.edit));
		assert.equal(doc.getText(), applyFixes(before, [finding.fixes[0]]).text);
		assert.ok(doc.getText().includes("We don't have the time to bring the date forward"));
		await waitForDiagnostics(doc.uri, 'no-jargon to go away', (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === 'no-jargon'));
	});

	test('a missing-step quick fix inserts its sentence as a snippet, with tab stops', async () => {
		const editor = await open('letters/checklist.md');
		const doc = editor.document;
		const before = doc.getText();
		const finding = engineLint(doc).findings.find((f): f is Finding => f.ruleId.startsWith('missing-') && f.fixes[0]?.edits.length === 1 && f.fixes[0].edits[0].snippet !== undefined);
		assert.ok(finding, 'the engine offers a step sentence for a missing move');
		const diagnostic = (await waitForDiagnostics(doc.uri, finding.ruleId, (ds) => ds.some((d) => codeOf(d) === finding.ruleId))).find((d) => codeOf(d) === finding.ruleId)!;
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
		const action = actions.find((a) => a.title === finding.fixes[0].title);
		assert.ok(action?.edit, `"${finding.fixes[0].title}" is offered: ${actions.map((a) => a.title).join(' | ')}`);
		const changed = when('the insertion', vscode.workspace.onDidChangeTextDocument, () => doc.getText() !== before);
		assert.ok(await vscode.workspace.applyEdit(action.edit));
		await changed;
		assert.equal(doc.getText(), applyFixes(before, [finding.fixes[0]]).text);
		// A snippet leaves the first placeholder selected; a plain edit would not select anything.
		assert.equal(editor.selection.isEmpty, false, 'the first tab stop is selected');
		assert.ok(finding.fixes[0].edits[0].newText.includes(doc.getText(editor.selection)), `selected "${doc.getText(editor.selection)}" comes from the sentence`);
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});

	test('"Tactful: Fix all" applies every safe fix', async () => {
		const { document: doc } = await open('letters/refund.txt');
		const before = doc.getText();
		const safe = engineLint(doc).findings.filter((f) => f.fixes[0]?.safe).map((f) => f.fixes[0]);
		assert.ok(safe.length >= 2, 'the fixture has several safe fixes');
		await waitForDiagnostics(doc.uri, 'diagnostics', (ds) => ds.length > 0);
		const changed = when('the fixes', vscode.workspace.onDidChangeTextDocument, () => doc.getText() !== before);
		assert.equal(await vscode.commands.executeCommand('tactful.fixAll'), true);
		await changed;
		assert.equal(doc.getText(), applyFixes(before, safe).text);
		for (const jargon of ['bandwidth', 'touch base']) assert.ok(!doc.getText().includes(jargon), `"${jargon}" was replaced`);
		await waitForDiagnostics(doc.uri, 'no-jargon to go away', (ds) => ds.length > 0 && !ds.some((d) => codeOf(d) === 'no-jargon'));
	});

	/** Replaces the editor's text with `content` and returns the snippet completions VS Code offers at its end. */
	async function snippetCompletions(editor: vscode.TextEditor, content: string) {
		const doc = editor.document;
		assert.ok(await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), content)));
		assert.equal(doc.getText(), content);
		const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, doc.positionAt(content.length));
		const items = list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet);
		return { items, labels: items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)) };
	}

	for (const language of ['markdown', 'plaintext'] as const) {
		test(`every snippet is offered in ${language}, and each step snippet inserts its sentence`, async () => {
			const prefixes = Object.values(snippetsFor(language)).map((s) => s.prefix);
			const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language }));
			const doc = editor.document;
			for (const word of ['decline', 'tactful']) {
				const { labels } = await snippetCompletions(editor, word);
				for (const p of prefixes.filter((x) => x.startsWith(word))) assert.ok(labels.includes(p), `${p} is offered for "${word}" (got ${labels.join(', ')})`);
			}
			for (const step of STEPS) {
				const prefix = `decline-${step}`;
				const { items, labels } = await snippetCompletions(editor, prefix);
				const item = items[labels.indexOf(prefix)];
				assert.ok(item, `${prefix} is offered in ${language}`);
				editor.selection = new vscode.Selection(doc.positionAt(0), doc.positionAt(prefix.length));
				const body = item.insertText instanceof vscode.SnippetString ? item.insertText : new vscode.SnippetString(String(item.insertText));
				assert.ok(await editor.insertSnippet(body));
				assert.equal(doc.getText(), stepSnippet(step, 'plain'), `${prefix} inserted its sentence`);
			}
			await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
		});
	}

	test('"Tactful: Insert step…" inserts a step at the cursor', async () => {
		const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'Hi Alex,\n\n' });
		const editor = await vscode.window.showTextDocument(doc);
		editor.selection = new vscode.Selection(2, 0, 2, 0);
		assert.equal(await vscode.commands.executeCommand('tactful.insertStep', 'empathy'), true);
		assert.equal(doc.getText(), `Hi Alex,\n\n${stepSnippet('empathy', 'plain')}`);
		await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
	});

	test('the checklist status item shows the right count and updates after an edit', async () => {
		const editor = await open('letters/checklist.md');
		const doc = editor.document;
		const counted = (r: LintResult) => STEPS.filter((s) => r.steps[s]).length;
		const before = engineLint(doc);
		const shown = await when('the checklist for checklist.md', api.onDidChangeChecklist, () => {
			const s = api.checklist();
			return s.visible && s.uri === doc.uri.toString() && s.version === doc.version && s;
		});
		assert.equal(shown.text, `✓ ${counted(before)}/7`);
		for (const step of STEPS) assert.ok(shown.tooltip.includes(`${before.steps[step] ? '✓' : '✗'} ${STEP_INFO[step].order}. ${STEP_INFO[step].title}`), `tooltip line for ${step}`);

		// Add the sentence of a missing move as its own paragraph before the sign-off, choosing one the engine counts.
		const signOff = doc.getText().indexOf('Best regards');
		const insertion = STEPS.filter((s) => !before.steps[s])
			.map((step) => ({ step, text: `${stepSnippet(step, 'plain')}\n\n` }))
			.find(({ text }) => {
				const after = lint(doc.getText().slice(0, signOff) + text + doc.getText().slice(signOff), { languageId: 'markdown', path: 'letters/checklist.md', config: { ...defaultConfig(), letters: ['letters/**'] } });
				return counted(after) > counted(before);
			});
		assert.ok(insertion, 'some missing move, once added, is counted by the engine');
		assert.ok(await editor.edit((e) => e.insert(doc.positionAt(signOff), insertion.text)));
		const after = engineLint(doc);
		const updated = await when('the checklist to update', api.onDidChangeChecklist, () => {
			const s = api.checklist();
			return s.visible && s.uri === doc.uri.toString() && s.version === doc.version && s;
		});
		assert.equal(updated.text, `✓ ${counted(after)}/7`);
		assert.equal(updated.steps?.[insertion.step as Step], true, `${insertion.step} is ticked`);
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});

	test('the checklist\'s "add a missing move" inserts the move where the server says it belongs', async () => {
		const { document: doc } = await open('letters/checklist.md');
		const before = doc.getText();
		const finding = engineLint(doc).findings.find((f) => f.ruleId.startsWith('missing-') && f.fixes.length > 0);
		assert.ok(finding, 'the engine offers a sentence for a missing move');
		const step = finding.ruleId.slice('missing-'.length) as Step;
		await when('the checklist for checklist.md', api.onDidChangeChecklist, () => {
			const s = api.checklist();
			return s.visible && s.uri === doc.uri.toString() && s.version === doc.version && s.steps?.[step] === false;
		});
		const changed = when('the insertion', vscode.workspace.onDidChangeTextDocument, () => doc.getText() !== before);
		assert.equal(await vscode.commands.executeCommand('tactful.checklist', step), true);
		await changed;
		assert.equal(doc.getText(), applyFixes(before, [finding.fixes[0]]).text);
		await vscode.commands.executeCommand('workbench.action.files.revert');
	});

	test('"Show rule documentation" opens the page shipped with the extension; "Create .tactfulrc.json" opens an existing one', async () => {
		const tab = () => vscode.window.tabGroups.activeTabGroup.activeTab;
		const opened = when('the rule page', vscode.window.tabGroups.onDidChangeTabs, () => /no-jargon/.test(tab()?.label ?? '') && tab());
		assert.equal(await vscode.commands.executeCommand('tactful.showRuleDocumentation', 'no-jargon'), true);
		await opened;
		await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
		const rc = workspaceUri('.tactfulrc.json');
		const before = (await vscode.workspace.fs.readFile(rc)).toString();
		const uri = await vscode.commands.executeCommand<vscode.Uri>('tactful.createConfig');
		assert.equal(uri?.toString(), rc.toString());
		assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), rc.toString());
		assert.equal(vscode.window.activeTextEditor?.document.languageId, 'jsonc');
		assert.equal((await vscode.workspace.fs.readFile(rc)).toString(), before, 'an existing config is left as it is');
	});

	test('a non-letter gets no step diagnostics and no checklist', async () => {
		const { document: doc } = await open('notes/meeting-notes.md');
		assert.equal(engineLint(doc).letter, false);
		const client = api.client()!;
		// Ask the server directly, so "nothing" means it looked and found nothing, not that it has not answered yet.
		const checklist = await client.sendRequest<ChecklistResult | null>('tactful/checklist', { uri: doc.uri.toString() });
		assert.equal(checklist?.letter, false);
		assert.equal(checklist?.kind, 'other');
		const pulled = await client.sendRequest<{ kind: string; items?: unknown[] }>('textDocument/diagnostic', { textDocument: { uri: doc.uri.toString() } });
		assert.deepEqual(pulled.items ?? [], []);
		assert.deepEqual(tactfulDiagnostics(doc.uri), []);
		await when('the checklist to hide', api.onDidChangeChecklist, () => {
			const s = api.checklist();
			return !s.visible && s.uri === doc.uri.toString();
		});
	});

	test('a broken .tactfulrc.json shows an error on that file, and its letters still get default diagnostics', async () => {
		const { document: doc } = await open('broken/letter.md');
		await waitForDiagnostics(doc.uri, 'no-jargon (a default rule)', (ds) => ds.some((d) => codeOf(d) === 'no-jargon'));
		const rc = workspaceUri('broken/.tactfulrc.json');
		const errors = await waitForDiagnostics(rc, 'an error on the broken config', (ds) => ds.some((d) => d.severity === vscode.DiagnosticSeverity.Error));
		assert.ok(errors[0].message.length > 0);
	});
	test('switching "tactful.run" to onSave starts a fresh client that lints on save', async () => {
		const old = api.client();
		const config = vscode.workspace.getConfiguration('tactful');
		const ready = when('a new client', api.onDidStartClient, () => api.client() !== old && api.client()?.isRunning());
		await config.update('run', 'onSave', vscode.ConfigurationTarget.Workspace);
		try {
			await ready;
			const { document: doc } = await open('broken/letter.md');
			const result = await api.client()!.sendRequest<ChecklistResult | null>('tactful/checklist', { uri: doc.uri.toString() });
			assert.equal(result?.letter, true, 'the new server answers');
		} finally {
			const current = api.client();
			const back = when('the client for onType', api.onDidStartClient, () => api.client() !== current && api.client()?.isRunning());
			await config.update('run', undefined, vscode.ConfigurationTarget.Workspace);
			await back;
		}
	});

	test('"tactful.run" changed twice in a row: the restarts run in turn, one client is left running and no error shows', async () => {
		const started: LanguageClient[] = [];
		const sub = api.onDidStartClient((c) => started.push(c));
		const config = vscode.workspace.getConfiguration('tactful');
		try {
			// Not awaited in between: the second change arrives while the first restart is under way.
			await Promise.all([config.update('run', 'onSave', vscode.ConfigurationTarget.Workspace), config.update('run', undefined, vscode.ConfigurationTarget.Workspace)]);
			await when('the restarts asked for', api.onDidStartClient, () => started.length >= 2);
			await api.restarted();
			const current = api.client();
			assert.ok(current && current.isRunning(), 'the last client runs');
			assert.equal(started[started.length - 1], current, 'the last one started is the current one');
			assert.deepEqual(started.slice(0, -1).map((c) => c.isRunning()), started.slice(0, -1).map(() => false), 'every earlier client was stopped');
			const { document: doc } = await open('letters/deadline.md');
			const result = await current.sendRequest<ChecklistResult | null>('tactful/checklist', { uri: doc.uri.toString() });
			assert.equal(result?.letter, true, 'the current server answers');
		} finally {
			sub.dispose();
		}
	});

	test('"Tactful: Restart server" replaces the client: the old one stops, the new one answers', async () => {
		const old = api.client();
		assert.ok(old && old.isRunning(), 'a client runs before');
		await vscode.commands.executeCommand('tactful.restartServer');
		await api.restarted();
		const current = api.client();
		assert.ok(current && current !== old && current.isRunning(), 'a new client runs');
		assert.equal(old.isRunning(), false, 'the old client was stopped');
		const { document: doc } = await open('letters/deadline.md');
		const result = await current.sendRequest<ChecklistResult | null>('tactful/checklist', { uri: doc.uri.toString() });
		assert.equal(result?.letter, true, 'the new server answers');
	});

	// Last: it kills the server. The client must bring it back (bounded restart) and the letter must be checked again.
	test('a crashed server is restarted and checks letters again', async () => {
		const client = api.client()!;
		const serverProcess = () => (client as unknown as { _serverProcess?: { pid?: number } })._serverProcess;
		const pid = serverProcess()?.pid;
		assert.ok(pid, 'the server runs in its own process');
		process.kill(pid, 'SIGKILL');
		await when('a new server process', client.onDidChangeState, () => client.isRunning() && serverProcess()?.pid !== undefined && serverProcess()?.pid !== pid);
		const { document: doc } = await open('letters/deadline.md');
		const result = await client.sendRequest<ChecklistResult | null>('tactful/checklist', { uri: doc.uri.toString() });
		assert.equal(result?.letter, true, 'the new server answers for the open letter');
	});
});
