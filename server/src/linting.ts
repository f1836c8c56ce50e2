/**
 * Lint results of open documents, cached by (uri, version, config). Every feature (diagnostics, code actions, hover,
 * code lens, commands) reads the same entry, so positions and fixes always come from the server's own copy of the
 * text at a known version.
 */
import { lint, LintCache, STEPS, type LintResult, type Step } from './engine';
import type { DocumentStore } from './documents';
import type { ConfigStore } from './configFiles';
import type { SettingsStore, EffectiveSettings } from './settings';
import { isConfigUri, proseLanguage } from './languages';
import type { OnceLogger } from './runSafe';

/** Larger documents are not linted (a 20k-word letter is about 130k characters). */
export const MAX_DOCUMENT_CHARS = 1_000_000;
/**
 * Parse caches kept at most, for the documents linted most recently (those being edited). A parse cache only speeds
 * up the next lint of the same document, and costs about as much memory as the document's text several times over;
 * a document whose cache was dropped is linted in full once, then incrementally again.
 */
export const MAX_PARSE_CACHES = 8;

export interface LintEntry {
	uri: string;
	version: number;
	text: string;
	languageId: 'markdown' | 'plaintext';
	/** Line starts of `text`, for offset ↔ position (kept up to date by the document store). */
	starts: readonly number[];
	result: LintResult;
	settings: EffectiveSettings;
	/** Identifies this result for pull diagnostics (`resultId`). */
	resultId: string;
	/** Why the document was not linted, if it was not. */
	skipped?: string;
	/** Config and settings this entry was computed with. */
	key: string;
}

const NO_STEPS = (): Record<Step, boolean> => Object.fromEntries(STEPS.map((s) => [s, false])) as Record<Step, boolean>;
const emptyResult = (): LintResult => ({ letter: false, kind: 'other', steps: NO_STEPS(), findings: [], problems: [] });

export class Linter {
	private readonly cache = new Map<string, LintEntry>();
	/**
	 * Per open document: the engine's parse cache, so an edit re-parses only the paragraphs it touched. It holds no
	 * config-dependent state, so it survives config changes; it goes when the document closes.
	 */
	private readonly parseCaches = new Map<string, LintCache>();
	private readonly inflight = new Map<string, { version: number; promise: Promise<LintEntry | undefined> }>();
	private counter = 0;

	constructor(
		private readonly documents: DocumentStore,
		private readonly settings: SettingsStore,
		private readonly configs: ConfigStore,
		private readonly once: OnceLogger,
		private readonly onLinted: (entry: LintEntry) => void = () => {},
	) {}

	/** True for documents the server lints (open prose documents, not config files). */
	lints(uri: string): boolean {
		const open = this.documents.get(uri);
		return !!open && !isConfigUri(uri) && proseLanguage(open.document.languageId) !== undefined;
	}

	/** The result for the document's current version; undefined when it is not open, not prose, or changed meanwhile. */
	get(uri: string): Promise<LintEntry | undefined> {
		const open = this.documents.get(uri);
		if (!open || !this.lints(uri)) return Promise.resolve(undefined);
		const version = open.document.version;
		const running = this.inflight.get(uri);
		if (running && running.version === version) return running.promise;
		const promise = this.compute(uri).finally(() => {
			if (this.inflight.get(uri)?.promise === promise) this.inflight.delete(uri);
		});
		this.inflight.set(uri, { version, promise });
		return promise;
	}

	/** Drops cached results (config or settings changed). */
	clear(): void {
		this.cache.clear();
		this.inflight.clear();
	}

	evict(uri: string): void {
		this.cache.delete(uri);
		this.parseCaches.delete(uri);
		this.inflight.delete(uri);
	}

	private async compute(uri: string): Promise<LintEntry | undefined> {
		const open = this.documents.get(uri)!;
		const version = open.document.version;
		const text = open.document.getText();
		const { starts } = open;
		const languageId = proseLanguage(open.document.languageId)!;
		const settings = await this.settings.get(uri);
		const current = this.documents.get(uri);
		if (!current || current.document.version !== version) return undefined;
		const { config, key: configKey, lintPath } = this.configs.resolve(uri, settings);
		const key = `${configKey}\0${settings.enable}`;
		const previous = this.cache.get(uri);
		if (previous && previous.version === version && previous.key === key) return previous;

		let result = emptyResult();
		let skipped: string | undefined;
		if (!settings.enable) skipped = 'disabled by the "tactful.enable" setting';
		else if (text.length > MAX_DOCUMENT_CHARS) skipped = `longer than ${MAX_DOCUMENT_CHARS.toLocaleString('en')} characters`;
		else if (text.includes('\u0000')) skipped = 'binary content';
		else {
			let parseCache = this.parseCaches.get(uri) ?? new LintCache();
			// Most recently used last: the first entry is the one to drop.
			this.parseCaches.delete(uri);
			this.parseCaches.set(uri, parseCache);
			if (this.parseCaches.size > MAX_PARSE_CACHES) this.parseCaches.delete(this.parseCaches.keys().next().value!);
			result = lint(text, { languageId, config, path: lintPath, cache: parseCache });
			for (const p of result.problems) this.once.warn(`problem:${p.source}:${p.message}`, `Tactful: ${p.message}`);
		}
		if (skipped && settings.enable) this.once.warn(`skipped:${uri}:${skipped}`, `Tactful: not checking ${uri}: ${skipped}.`);
		const entry: LintEntry = { uri, version, text, languageId, starts, result, settings, resultId: `${version}.${++this.counter}`, skipped, key };
		this.cache.set(uri, entry);
		this.onLinted(entry);
		return entry;
	}
}
