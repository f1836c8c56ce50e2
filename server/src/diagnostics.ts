/**
 * Diagnostics, pushed or pulled as the client prefers. Push: lint on open, then debounced per document after each
 * change (or on save with `run: onSave`), publish with the version linted, publish [] on close. Pull: the client
 * times the requests; results come from the (uri, version) cache, and a result that would show the client exactly what
 * it already has (the same version, or an edit that moved no diagnostic) is answered as unchanged.
 */
import {
	DocumentDiagnosticReportKind,
	LSPErrorCodes,
	ResponseError,
	type Connection,
	type DocumentDiagnosticParams,
	type DocumentDiagnosticReport,
	type WorkspaceDiagnosticParams,
	type WorkspaceDiagnosticReport,
	type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { ClientFeatures } from './capabilities';
import type { DocumentStore } from './documents';
import type { Linter } from './linting';
import type { SettingsStore } from './settings';
import { diagnosticsOf, sameDiagnostics, type DiagnosticsSnapshot } from './convert';
import { withArrayJson } from './jsonPieces';
import { catchPromise, type Logger } from './runSafe';

export class Diagnostics {
	/** Per document, how to cancel its pending lint. */
	private readonly timers = new Map<string, () => void>();
	/** Per document, the last full report pulled: an answer that would repeat it is sent as unchanged. */
	private readonly reports = new Map<string, { resultId: string; shown: DiagnosticsSnapshot }>();
	/** Per document, the diagnostics last pushed: their JSON is reused for those the next push has unchanged. */
	private readonly pushed = new Map<string, DiagnosticsSnapshot>();

	constructor(
		private readonly connection: Connection,
		private readonly features: ClientFeatures,
		private readonly documents: DocumentStore,
		private readonly linter: Linter,
		private readonly settings: SettingsStore,
		private readonly logger: Logger,
	) {}

	private get push(): boolean {
		return !this.features.pullDiagnostics;
	}

	opened(uri: string): void {
		if (this.push && this.linter.lints(uri)) this.publishSoon(uri, 0);
	}

	changed(uri: string): void {
		if (!this.push || !this.linter.lints(uri)) return;
		catchPromise(this.logger, 'scheduling diagnostics', this.settings.get(uri).then((s) => {
			if (s.run === 'onType') this.publishSoon(uri, s.debounce);
		}));
	}

	saved(uri: string): void {
		if (!this.push || !this.linter.lints(uri)) return;
		catchPromise(this.logger, 'scheduling diagnostics', this.settings.get(uri).then((s) => {
			if (s.run === 'onSave') this.publishSoon(uri, 0);
		}));
	}

	closed(uri: string, wasLinted: boolean): void {
		this.cancel(uri);
		this.reports.delete(uri);
		this.pushed.delete(uri);
		if (this.push && wasLinted) catchPromise(this.logger, 'clearing diagnostics', this.connection.sendDiagnostics({ uri, diagnostics: [] }));
	}

	/** Config, settings or trust changed: every open document again. */
	refreshAll(): void {
		if (this.push) {
			for (const { document } of this.documents.all()) if (this.linter.lints(document.uri)) this.publishSoon(document.uri, 0);
		} else if (this.features.diagnosticRefresh) {
			this.connection.languages.diagnostics.refresh();
		}
	}

	dispose(): void {
		for (const cancel of this.timers.values()) cancel();
		this.timers.clear();
		this.reports.clear();
		this.pushed.clear();
	}

	private cancel(uri: string): void {
		this.timers.get(uri)?.();
		this.timers.delete(uri);
	}

	/**
	 * Lints after `delay` ms unless another change comes first; publishes only if the result is still current. With no
	 * delay it runs as soon as the messages already received are handled (setImmediate: a timer would add a millisecond).
	 */
	private publishSoon(uri: string, delay: number): void {
		this.cancel(uri);
		const run = () => {
			this.timers.delete(uri);
			catchPromise(this.logger, `diagnostics for ${uri}`, this.publish(uri));
		};
		if (delay > 0) {
			const t = setTimeout(run, delay);
			this.timers.set(uri, () => clearTimeout(t));
		} else {
			const t = setImmediate(run);
			this.timers.set(uri, () => clearImmediate(t));
		}
	}

	private async publish(uri: string): Promise<void> {
		const entry = await this.linter.get(uri);
		if (!entry || this.documents.get(uri)?.document.version !== entry.version) return; // a newer change is on its way
		const shown = diagnosticsOf(entry, this.pushed.get(uri), this.features.codeDescription);
		this.pushed.set(uri, shown);
		await this.connection.sendDiagnostics(withArrayJson({ uri, version: entry.version, diagnostics: shown.items }, 'diagnostics', shown.json));
	}

	/** `textDocument/diagnostic`. */
	async pull(params: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport | ResponseError<{ retriggerRequest: boolean }>> {
		const { uri } = params.textDocument;
		const open = this.documents.get(uri);
		if (!open || !this.linter.lints(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
		const settings = await this.settings.get(uri);
		if (settings.run === 'onSave' && open.document.version !== open.savedVersion && params.previousResultId) {
			// Not saved since the last report: the client keeps what it shows.
			return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: params.previousResultId };
		}
		const entry = await this.linter.get(uri);
		if (!entry) return new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed; ask again.', { retriggerRequest: true });
		if (params.previousResultId === entry.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: entry.resultId };
		const last = this.reports.get(uri);
		const shown = diagnosticsOf(entry, last?.shown, this.features.codeDescription);
		// Typing where no diagnostic follows on the line leaves every diagnostic where it was: the client keeps them.
		if (last && params.previousResultId === last.resultId && sameDiagnostics(shown, last.shown)) {
			return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
		}
		this.reports.set(uri, { resultId: entry.resultId, shown });
		return withArrayJson({ kind: DocumentDiagnosticReportKind.Full, resultId: entry.resultId, items: shown.items }, 'items', shown.json);
	}

	/** `workspace/diagnostic`: the open documents (Tactful reads no files the editor has not opened). */
	async pullWorkspace(params: WorkspaceDiagnosticParams): Promise<WorkspaceDiagnosticReport> {
		const previous = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
		const items: WorkspaceDocumentDiagnosticReport[] = [];
		for (const { document } of this.documents.all()) {
			if (!this.linter.lints(document.uri)) continue;
			const report = await this.pull({ textDocument: { uri: document.uri }, previousResultId: previous.get(document.uri) });
			if (!(report instanceof ResponseError)) items.push({ ...report, uri: document.uri, version: document.version });
		}
		return { items };
	}
}
