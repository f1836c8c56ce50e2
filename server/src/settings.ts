/**
 * Editor settings (`tactful.*`), pulled per document with `workspace/configuration` when the client can, else taken
 * from `workspace/didChangeConfiguration`. Anything missing or malformed (null, {}, a string where a number belongs)
 * falls back to the default; rule settings go to the engine as they are, and it reports what it cannot use.
 */
import type { Connection } from 'vscode-languageserver';
import type { TactfulSettings } from './protocol';
import { describeError, type Logger } from './runSafe';

export interface EffectiveSettings {
	enable: boolean;
	run: 'onType' | 'onSave';
	/** Milliseconds after the last edit before a pushed lint (push diagnostics only; pulling clients time it). */
	debounce: number;
	/** The rule configuration for `resolveConfig({ settings })`: scope, rules, stepSeverity, phrases. */
	engine: Pick<TactfulSettings, 'scope' | 'rules' | 'stepSeverity' | 'phrases'>;
	/** A stable key of `engine`, for caches. */
	engineKey: string;
}

export const DEFAULT_DEBOUNCE = 200;
const MAX_DEBOUNCE = 10_000;

/** Turns whatever the client sent into settings the server can use. `warn` hears about values it had to drop. */
export function normalizeSettings(raw: unknown, warn: (message: string) => void = () => {}): EffectiveSettings {
	const o = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	const enable = o.enable === undefined || o.enable === null ? true : o.enable !== false;
	if (o.enable !== undefined && o.enable !== null && typeof o.enable !== 'boolean') warn(`"tactful.enable" must be true or false; using true.`);
	let run: EffectiveSettings['run'] = 'onType';
	if (o.run === 'onSave' || o.run === 'onType') run = o.run;
	else if (o.run !== undefined && o.run !== null) warn(`"tactful.run" must be "onType" or "onSave"; using "onType".`);
	let debounce = DEFAULT_DEBOUNCE;
	if (typeof o.debounce === 'number' && Number.isFinite(o.debounce) && o.debounce >= 0) debounce = Math.min(Math.round(o.debounce), MAX_DEBOUNCE);
	else if (o.debounce !== undefined && o.debounce !== null) warn(`"tactful.debounce" must be a number of milliseconds; using ${DEFAULT_DEBOUNCE}.`);
	const engine: EffectiveSettings['engine'] = {};
	for (const key of ['scope', 'rules', 'stepSeverity', 'phrases'] as const) {
		if (o[key] !== undefined && o[key] !== null) (engine as Record<string, unknown>)[key] = o[key];
	}
	return { enable, run, debounce, engine, engineKey: JSON.stringify(engine) };
}

/** Per-document settings, cached until the configuration changes. */
export class SettingsStore {
	private readonly cache = new Map<string, Promise<EffectiveSettings>>();
	private pushed: unknown = undefined;

	constructor(
		private readonly connection: Connection,
		private readonly canPull: boolean,
		private readonly logger: Logger,
		private readonly warnOnce: (message: string) => void,
	) {}

	/** Settings for a document. Never rejects. */
	get(uri: string): Promise<EffectiveSettings> {
		let p = this.cache.get(uri);
		if (!p) {
			p = this.fetch(uri);
			this.cache.set(uri, p);
		}
		return p;
	}

	/** The settings already known for a document, if any (timers need them without waiting). */
	peek(uri: string): Promise<EffectiveSettings> | undefined {
		return this.cache.get(uri);
	}

	/** `workspace/didChangeConfiguration`: pulling clients send null; the others send `{ tactful: {...} }`. */
	didChange(settings: unknown): void {
		if (!this.canPull && settings && typeof settings === 'object') this.pushed = (settings as Record<string, unknown>).tactful;
		this.cache.clear();
	}

	evict(uri: string): void {
		this.cache.delete(uri);
	}

	private async fetch(uri: string): Promise<EffectiveSettings> {
		let raw: unknown = this.pushed;
		if (this.canPull) {
			try {
				raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'tactful' });
			} catch (e) {
				this.logger.warn(`Tactful: could not read the settings for ${uri}, using defaults: ${describeError(e)}`);
				raw = undefined;
			}
		}
		return normalizeSettings(raw, this.warnOnce);
	}
}
