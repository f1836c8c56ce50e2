/**
 * The status-bar checklist: `✓ 5/7` for the active letter, a tooltip listing the seven moves, and a click that offers
 * the missing ones. Fed by the server's `tactful/checklistChanged` notifications, or a `tactful/checklist` request
 * when an editor becomes active before any notification arrived. Hidden for anything that is not a letter.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STEP_INFO } from '../../server/src/engine/steps/info';
import { STEPS, type Step } from '../../server/src/engine/types';
import { ChecklistChangedNotification, ChecklistRequest, type ChecklistParams, type ChecklistResult } from '../../server/src/protocol';

export const CHECKLIST_COMMAND = 'tactful.checklist';

/** What the status item shows, for tests and for anyone reading the extension's API. */
export interface ChecklistState {
	visible: boolean;
	text: string;
	tooltip: string;
	uri?: string;
	version?: number;
	steps?: Record<Step, boolean>;
	present?: number;
}

const LANGUAGES = new Set(['markdown', 'plaintext']);

export function checklistText(steps: Record<Step, boolean>): { text: string; tooltip: string; present: number } {
	const present = STEPS.filter((s) => steps[s]).length;
	const lines = STEPS.map((s) => `${steps[s] ? '✓' : '✗'} ${STEP_INFO[s].order}. ${STEP_INFO[s].title}`);
	const hint = present < STEPS.length ? 'Click to add a missing move.' : 'All seven moves are there.';
	return { text: `✓ ${present}/${STEPS.length}`, tooltip: `Tactful checklist\n\n${lines.join('\n')}\n\n${hint}`, present };
}

export class Checklist implements vscode.Disposable {
	private readonly item: vscode.StatusBarItem;
	private readonly results = new Map<string, ChecklistResult>();
	private readonly changed = new vscode.EventEmitter<ChecklistState>();
	private readonly disposables: vscode.Disposable[] = [];
	private state: ChecklistState = { visible: false, text: '', tooltip: '' };
	/** Bumped on each refresh, so an older request answering late cannot overwrite a newer state. */
	private generation = 0;

	readonly onDidChange = this.changed.event;

	constructor(
		private readonly client: () => LanguageClient | undefined,
		private readonly log: vscode.LogOutputChannel,
	) {
		this.item = vscode.window.createStatusBarItem('tactful.checklist', vscode.StatusBarAlignment.Right, 100);
		this.item.name = 'Tactful checklist';
		this.item.command = CHECKLIST_COMMAND;
		this.disposables.push(
			this.item,
			this.changed,
			vscode.window.onDidChangeActiveTextEditor(() => void this.refresh()),
			vscode.workspace.onDidCloseTextDocument((d) => this.results.delete(d.uri.toString())),
			vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('tactful') && void this.refresh()),
		);
	}

	/** Wires the notification; call after each (re)creation of the client. */
	attach(client: LanguageClient): vscode.Disposable {
		return client.onNotification(ChecklistChangedNotification, (result: ChecklistResult) => {
			const old = this.results.get(result.uri);
			if (old && old.version > result.version) return;
			this.results.set(result.uri, result);
			if (vscode.window.activeTextEditor?.document.uri.toString() === result.uri) void this.refresh(false);
		});
	}

	get current(): ChecklistState {
		return this.state;
	}

	/** Recomputes the item for the active editor; asks the server when it has not said anything about it yet. */
	async refresh(request = true): Promise<ChecklistState> {
		const gen = ++this.generation;
		const doc = vscode.window.activeTextEditor?.document;
		const enabled = vscode.workspace.getConfiguration('tactful', doc).get<boolean>('enable', true);
		if (!doc || !enabled || !LANGUAGES.has(doc.languageId)) return this.show({ visible: false, text: '', tooltip: '' });
		const uri = doc.uri.toString();
		let result = this.results.get(uri);
		const client = this.client();
		if ((request || !result) && client?.isRunning()) {
			try {
				const fresh = await client.sendRequest<ChecklistResult | null>(ChecklistRequest, { uri } satisfies ChecklistParams);
				if (fresh && (!this.results.get(uri) || this.results.get(uri)!.version <= fresh.version)) this.results.set(uri, fresh);
			} catch (e) {
				this.log.debug(`tactful/checklist failed for ${uri}: ${(e as Error)?.message ?? e}`);
			}
			if (gen !== this.generation) return this.state;
			result = this.results.get(uri);
		}
		if (!result?.letter) return this.show({ visible: false, text: '', tooltip: '', uri });
		const { text, tooltip, present } = checklistText(result.steps);
		return this.show({ visible: true, text, tooltip, uri, version: result.version, steps: { ...result.steps }, present });
	}

	private show(state: ChecklistState): ChecklistState {
		const same = JSON.stringify(state) === JSON.stringify(this.state);
		this.state = state;
		if (state.visible) {
			this.item.text = state.text;
			this.item.tooltip = state.tooltip;
			this.item.accessibilityInformation = { label: `Tactful checklist: ${state.present} of ${STEPS.length} moves`, role: 'button' };
			this.item.show();
		} else {
			this.item.hide();
		}
		if (!same) this.changed.fire(state);
		return state;
	}

	dispose(): void {
		for (const d of this.disposables) d.dispose();
	}
}
