/** The extension's commands. Each one says what went wrong in words instead of failing silently. */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { STEPS, type Step } from '../../server/src/engine/types';
import { CONFIG_FILE_NAME, Commands, RULE_DOCS_BASE } from '../../server/src/protocol';
import { CHECKLIST_COMMAND, type Checklist } from './checklist';
import { STARTER_CONFIG } from './starterConfig';
import { insertStepAtCursor, pickStep, stepItems } from './steps';

const PROSE = new Set(['markdown', 'plaintext']);

export interface CommandDeps {
	context: vscode.ExtensionContext;
	client: () => LanguageClient | undefined;
	checklist: Checklist;
	restart: () => Promise<void>;
	log: vscode.LogOutputChannel;
}

function proseEditor(): vscode.TextEditor | undefined {
	const editor = vscode.window.activeTextEditor;
	if (editor && PROSE.has(editor.document.languageId)) return editor;
	void vscode.window.showInformationMessage('Open a Markdown or plain-text letter first: Tactful works on the active editor.');
	return undefined;
}

function runningClient(deps: CommandDeps): LanguageClient | undefined {
	const client = deps.client();
	if (client?.isRunning()) return client;
	void vscode.window.showWarningMessage('The Tactful server is not running. Run "Tactful: Restart server", or check that "tactful.enable" is on.');
	return undefined;
}

/** Runs a server command; its result (the server answers `true` when it applied an edit), or undefined on failure. */
async function serverCommand(deps: CommandDeps, command: string, args: unknown[]): Promise<unknown> {
	const client = runningClient(deps);
	if (!client) return undefined;
	try {
		return await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
	} catch (e) {
		deps.log.error(`${command} failed: ${(e as Error)?.message ?? e}`);
		void vscode.window.showErrorMessage(`Tactful could not run "${command}": ${(e as Error)?.message ?? e}`);
		return undefined;
	}
}

/**
 * Inserts a missing move where the server says it belongs. When the server has no place for it (for example with
 * "tactful.stepSeverity": "off" there is no finding to attach it to), the sentence goes in at the cursor as a snippet.
 */
async function insertMissingStep(deps: CommandDeps, editor: vscode.TextEditor, step: Step): Promise<boolean> {
	const supported = deps.client()?.initializeResult?.capabilities.executeCommandProvider?.commands.includes(Commands.insertStep);
	if (supported && (await serverCommand(deps, Commands.insertStep, [editor.document.uri.toString(), step])) === true) return true;
	return insertStepAtCursor(editor, step);
}

async function insertStep(step?: Step): Promise<boolean> {
	const editor = proseEditor();
	if (!editor) return false;
	const chosen = step && STEPS.includes(step) ? step : await pickStep(stepItems(), 'Insert a move of a tactful decline at the cursor');
	return chosen ? insertStepAtCursor(editor, chosen) : false;
}

/** The checklist's click: a quick pick of the moves the letter lacks (or `step`, when given), inserted where it belongs. */
async function checklistPick(deps: CommandDeps, step?: Step): Promise<boolean> {
	const editor = proseEditor();
	if (!editor) return false;
	const state = await deps.checklist.refresh();
	if (!state.steps) {
		void vscode.window.showInformationMessage('Tactful does not see a decline letter here, so there is no checklist. Add "tactful: letter" to the front matter to check it anyway.');
		return false;
	}
	const missing = STEPS.filter((s) => !state.steps![s]);
	if (missing.length === 0) {
		void vscode.window.showInformationMessage('This letter makes all seven moves.');
		return false;
	}
	const chosen = step && missing.includes(step) ? step : await pickStep(stepItems(state.steps, missing), `${state.text}: add a missing move`);
	return chosen ? insertMissingStep(deps, editor, chosen) : false;
}

async function fixAll(deps: CommandDeps): Promise<boolean> {
	const editor = proseEditor();
	return editor ? (await serverCommand(deps, Commands.fixAll, [editor.document.uri.toString()])) === true : false;
}

/** Rule ids that have a page in docs/rules/ inside the extension. */
async function documentedRules(context: vscode.ExtensionContext): Promise<string[]> {
	try {
		const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules'));
		return entries.map(([name]) => name).filter((n) => n.endsWith('.md') && n !== 'README.md').map((n) => n.slice(0, -3)).sort();
	} catch {
		return [];
	}
}

async function showRuleDocumentation(deps: CommandDeps, arg?: unknown): Promise<boolean> {
	const known = await documentedRules(deps.context);
	let id = typeof arg === 'string' ? arg : (arg as { ruleId?: string; code?: unknown } | undefined)?.ruleId;
	if (!id) id = await vscode.window.showQuickPick(known, { placeHolder: 'Which Tactful rule?' });
	if (!id) return false;
	if (known.includes(id)) {
		const page = vscode.Uri.joinPath(deps.context.extensionUri, 'docs', 'rules', `${id}.md`);
		await vscode.commands.executeCommand('markdown.showPreview', page);
		return true;
	}
	if (!/^[a-z0-9-]+$/.test(id)) {
		void vscode.window.showWarningMessage(`"${id}" is not a Tactful rule id.`);
		return false;
	}
	return vscode.env.openExternal(vscode.Uri.parse(`${RULE_DOCS_BASE}${id}.md`));
}

async function createConfig(): Promise<vscode.Uri | undefined> {
	const folders = vscode.workspace.workspaceFolders ?? [];
	if (folders.length === 0) {
		void vscode.window.showWarningMessage(`Open a folder first: ${CONFIG_FILE_NAME} applies to the folder it is in.`);
		return undefined;
	}
	const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: `Where should ${CONFIG_FILE_NAME} go?` });
	if (!folder) return undefined;
	const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
	const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
	if (exists) {
		void vscode.window.showInformationMessage(`${CONFIG_FILE_NAME} already exists; opening it.`);
	} else {
		await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(STARTER_CONFIG));
	}
	await vscode.window.showTextDocument(uri);
	return uri;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
	return [
		vscode.commands.registerCommand('tactful.insertStep', (step?: Step) => insertStep(step)),
		vscode.commands.registerCommand(CHECKLIST_COMMAND, (step?: Step) => checklistPick(deps, step)),
		vscode.commands.registerCommand('tactful.fixAll', () => fixAll(deps)),
		vscode.commands.registerCommand('tactful.showRuleDocumentation', (arg?: unknown) => showRuleDocumentation(deps, arg)),
		vscode.commands.registerCommand('tactful.createConfig', () => createConfig()),
		vscode.commands.registerCommand('tactful.restartServer', () => deps.restart()),
	];
}
