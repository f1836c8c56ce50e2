/**
 * The contract between the Tactful language server and its clients, beyond standard LSP. Imported by the server
 * and by the VS Code client (bundled into both). Other LSP clients need none of it: everything here is optional.
 */
import type { Step } from './engine/types';

/** Settings under the `tactful` section (VS Code `contributes.configuration`; other clients send the same object). */
export interface TactfulSettings {
	enable?: boolean;
	scope?: 'auto' | 'all' | 'off';
	rules?: Record<string, unknown>;
	stepSeverity?: 'off' | 'hint' | 'info' | 'warning' | 'error';
	phrases?: unknown[];
	/** Lint while typing (default) or only when the file is saved. */
	run?: 'onType' | 'onSave';
	/** Milliseconds to wait after the last edit before linting. */
	debounce?: number;
}

/** initializationOptions the VS Code client sends. */
export interface InitializationOptions {
	/** Workspace trust: when false, workspace-defined custom patterns and `extends` outside the workspace are ignored. */
	trusted?: boolean;
	/**
	 * Opt in to `tactful/checklistChanged` notifications. Off by default, because some clients (Emacs eglot) warn about
	 * every notification they do not know.
	 */
	checklistNotifications?: boolean;
}

/** Request `tactful/checklist`: the seven-step checklist of an open document (null when the server does not know it). */
export const ChecklistRequest = 'tactful/checklist';
export interface ChecklistParams {
	uri: string;
}
export interface ChecklistResult {
	uri: string;
	version: number;
	letter: boolean;
	kind: 'letter' | 'template' | 'other';
	steps: Record<Step, boolean>;
}

/** Notification `tactful/checklistChanged` (server → client) after each lint of an open document; same payload. */
export const ChecklistChangedNotification = 'tactful/checklistChanged';

/** Notification `tactful/setTrusted` (client → server) when workspace trust is granted. */
export const SetTrustedNotification = 'tactful/setTrusted';
export interface SetTrustedParams {
	trusted: boolean;
}

/**
 * Commands the server executes (`workspace/executeCommand`). vscode-languageclient registers these ids as VS Code
 * commands by itself (they are listed in `executeCommandProvider`), so a client must not register them again.
 */
export const Commands = {
	/** Arguments: [uri: string, step: Step]. Inserts the missing step's sentence where it belongs (server applies the edit). */
	insertStep: 'tactful.server.insertStep',
	/** Arguments: [uri: string]. Applies every safe fix in the document. */
	fixAll: 'tactful.server.fixAll',
} as const;

/**
 * Documents the VS Code client syncs to the server (didOpen/didChange, pulled diagnostics). Besides Markdown and plain
 * text it syncs `.tactfulrc.json` files (languageId `jsonc`), so the server can report config errors on unsaved edits:
 * those are configuration, never prose to lint.
 */
export const CONFIG_FILE_NAME = '.tactfulrc.json';
export const documentSelector = [
	{ scheme: 'file', language: 'markdown' },
	{ scheme: 'untitled', language: 'markdown' },
	{ scheme: 'file', language: 'plaintext' },
	{ scheme: 'untitled', language: 'plaintext' },
	{ scheme: 'file', pattern: `**/${CONFIG_FILE_NAME}` },
];

/**
 * `CodeAction.data` the server may set on a code action whose edit inserts text that also exists as a snippet
 * (an engine `Edit.snippet`, e.g. "add the missing step"). The VS Code client then applies the snippet instead, with
 * tab stops; other clients apply the plain edit. The action must have exactly one text edit for this to happen.
 */
export interface CodeActionData {
	snippet?: string;
}

/** Code action kind of "apply every safe fix" (`editor.codeActionsOnSave: { "source.fixAll.tactful": "explicit" }`). */
export const FIX_ALL_KIND = 'source.fixAll.tactful';

/** Where each rule's documentation lives: `${RULE_DOCS_BASE}<rule id>.md` (the diagnostic's `codeDescription.href`). */
export const RULE_DOCS_BASE = 'https://github.com/tactful-dev/tactful/blob/main/docs/rules/';

/**
 * Language ids the server lints, as editors send them: VS Code `markdown`/`plaintext`, Neovim and Emacs `text` and
 * `mail`, Emacs `gfm` and `message`, and the file extensions some clients fall back to. Matched case-insensitively.
 */
export const MARKDOWN_LANGUAGE_IDS = ['markdown', 'md', 'gfm', 'mdx'] as const;
export const PLAINTEXT_LANGUAGE_IDS = ['plaintext', 'text', 'txt', 'mail', 'message'] as const;
