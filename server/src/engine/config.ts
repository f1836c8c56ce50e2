/**
 * Configuration: defaults < editor settings < `.tactfulrc.json` files (JSONC, with `extends`) < directives in the
 * document. Pure: the host reads files and passes their text; `extends` targets are fetched through `load`.
 * Problems never throw: each one becomes a ConfigError with the exact range in its file, and defaults stand in.
 */
import { parseTree, findNodeAtLocation, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { STEPS, SEVERITIES, type CustomPhrase, type ResolvedConfig, type Scope, type SeveritySetting } from './types';
import { ruleById, rules } from './rules';
import { re2 } from './re2';

export interface ConfigFile {
	/** Path or URI, used in error messages and to resolve relative `extends`. */
	path: string;
	text: string;
}

export interface ConfigError {
	/** The file the error is in; `settings` for editor settings. */
	path: string;
	message: string;
	/** Offsets in the file's text (0, 0 for settings). */
	start: number;
	end: number;
	severity: 'error' | 'warning';
}

export interface ConfigInput {
	/** Editor settings (`tactful.*`), or null/undefined/{} for none. */
	settings?: unknown;
	/** Config files, outermost first; later files win. */
	files?: ConfigFile[];
	/** Fetches an `extends` target named in `from`; undefined when it cannot be found or is not allowed. */
	load?: (ref: string, from: string) => ConfigFile | undefined;
	/** False in an untrusted workspace: custom `pattern`s from files are ignored (literal phrases still apply). */
	trusted?: boolean;
}

const SETTING_VALUES: readonly string[] = ['off', ...SEVERITIES];
const SCOPES: readonly string[] = ['auto', 'all', 'off'];
const MAX_EXTENDS_DEPTH = 10;
const MAX_PHRASES = 500;
const MAX_PATTERN_LENGTH = 1000;

export function defaultConfig(): ResolvedConfig {
	return { scope: 'auto', rules: {}, options: {}, phrases: [], letters: [], templates: [], ignore: [] };
}

export function resolveConfig(input: ConfigInput = {}): { config: ResolvedConfig; errors: ConfigError[] } {
	const config = defaultConfig();
	const errors: ConfigError[] = [];
	if (input.settings && typeof input.settings === 'object') {
		applyLayer(config, input.settings as Record<string, unknown>, { path: 'settings', locate: () => [0, 0], errors, trusted: true });
	}
	for (const file of input.files ?? []) loadFile(config, file, input, errors, [], 0);
	// In document order within each file; files in the order they were first named.
	const order = [...new Set(errors.map((e) => e.path))];
	errors.sort((a, b) => order.indexOf(a.path) - order.indexOf(b.path) || a.start - b.start);
	return { config, errors };
}

function loadFile(config: ResolvedConfig, file: ConfigFile, input: ConfigInput, errors: ConfigError[], chain: string[], depth: number): void {
	const parseErrors: ParseError[] = [];
	const text = file.text.charCodeAt(0) === 0xfeff ? ' ' + file.text.slice(1) : file.text;
	const root = parseTree(text, parseErrors, { allowTrailingComma: true, disallowComments: false });
	for (const e of parseErrors) {
		errors.push({ path: file.path, message: `Invalid JSON: ${describeParseError(printParseErrorCode(e.error))}.`, start: e.offset, end: e.offset + Math.max(e.length, 1), severity: 'error' });
	}
	if (!root) return;
	if (root.type !== 'object') {
		errors.push({ path: file.path, message: 'A .tactfulrc.json file must hold one JSON object.', start: root.offset, end: root.offset + root.length, severity: 'error' });
		return;
	}
	const value = nodeValue(root) as Record<string, unknown>;
	// A missing key (e.g. a phrase without "message") is reported on the nearest thing that is there: its object.
	const locate = (path: (string | number)[], key = false): [number, number] => {
		let node = findNodeAtLocation(root, path);
		for (let up = path.length - 1; !node && up >= 0; up--) node = findNodeAtLocation(root, path.slice(0, up));
		const target = key && node?.parent?.type === 'property' ? node.parent.children![0] : node;
		return target ? [target.offset, target.offset + target.length] : [root.offset, root.offset + 1];
	};
	const ext = value.extends;
	if (ext !== undefined) {
		const refs = typeof ext === 'string' ? [ext] : Array.isArray(ext) && ext.every((e) => typeof e === 'string') ? (ext as string[]) : null;
		if (!refs) push(errors, file.path, locate(['extends']), '"extends" must be a path or a list of paths.');
		else
			refs.forEach((ref, i) => {
				const at = locate(typeof ext === 'string' ? ['extends'] : ['extends', i]);
				const target = input.load?.(ref, file.path);
				if (!target) push(errors, file.path, at, `Cannot load "${ref}" named in "extends" (not found, not readable, or not allowed here).`);
				else if (chain.includes(target.path) || target.path === file.path) push(errors, file.path, at, `"extends" makes a cycle: ${[...chain, file.path, target.path].join(' → ')}.`);
				else if (depth >= MAX_EXTENDS_DEPTH) push(errors, file.path, at, `"extends" is nested more than ${MAX_EXTENDS_DEPTH} levels deep.`);
				else {
					const before = errors.length;
					loadFile(config, target, input, errors, [...chain, file.path], depth + 1);
					if (errors.length > before) push(errors, file.path, at, `"${ref}" has ${errors.length - before} problem(s); see that file.`, 'warning');
				}
			});
	}
	applyLayer(config, value, { path: file.path, locate, errors, trusted: input.trusted !== false });
}

interface LayerContext {
	path: string;
	locate: (path: (string | number)[], key?: boolean) => [number, number];
	errors: ConfigError[];
	trusted: boolean;
	/** Set once the phrase limit was reported for this file, so 10,000 phrases make one error, not 9,500. */
	capped?: boolean;
}

function push(errors: ConfigError[], path: string, [start, end]: [number, number], message: string, severity: 'error' | 'warning' = 'error'): void {
	errors.push({ path, message, start, end, severity });
}

const KNOWN_KEYS = new Set(['$schema', 'extends', 'scope', 'stepSeverity', 'rules', 'phrases', 'letters', 'templates', 'ignore']);

function applyLayer(config: ResolvedConfig, layer: Record<string, unknown>, ctx: LayerContext): void {
	const err = (path: (string | number)[], message: string, key = false) => push(ctx.errors, ctx.path, ctx.locate(path, key), message);
	for (const key of Object.keys(layer)) {
		// Editor settings carry other keys (enable, run, debounce…) that are the client's business.
		if (!KNOWN_KEYS.has(key) && ctx.path !== 'settings') err([key], `Unknown setting "${key}". Known settings: ${[...KNOWN_KEYS].filter((k) => k !== '$schema').join(', ')}.`, true);
	}
	if (layer.scope !== undefined && layer.scope !== null) {
		if (typeof layer.scope === 'string' && SCOPES.includes(layer.scope)) config.scope = layer.scope as Scope;
		else err(['scope'], `"scope" must be one of ${SCOPES.map((s) => `"${s}"`).join(', ')}.`);
	}
	if (layer.stepSeverity !== undefined && layer.stepSeverity !== null) {
		if (isSetting(layer.stepSeverity)) config.stepSeverity = layer.stepSeverity;
		else err(['stepSeverity'], `"stepSeverity" must be one of ${SETTING_VALUES.join(', ')}.`);
	}
	if (layer.rules !== undefined && layer.rules !== null) {
		if (typeof layer.rules !== 'object' || Array.isArray(layer.rules)) err(['rules'], '"rules" must be an object keyed by rule id.');
		else for (const [id, entry] of Object.entries(layer.rules as Record<string, unknown>)) applyRule(config, id, entry, ctx);
	}
	for (const key of ['letters', 'templates', 'ignore'] as const) {
		const v = layer[key];
		if (v === undefined || v === null) continue;
		if (Array.isArray(v) && v.every((g) => typeof g === 'string')) config[key] = [...config[key], ...(v as string[])];
		else err([key], `"${key}" must be a list of glob patterns.`);
	}
	if (layer.phrases !== undefined && layer.phrases !== null) {
		if (!Array.isArray(layer.phrases)) err(['phrases'], '"phrases" must be a list of { "phrase" or "pattern", "message" } objects.');
		else layer.phrases.forEach((p, i) => applyPhrase(config, p, i, ctx));
	}
}

function isSetting(v: unknown): v is SeveritySetting {
	return typeof v === 'string' && SETTING_VALUES.includes(v);
}

function applyRule(config: ResolvedConfig, id: string, entry: unknown, ctx: LayerContext): void {
	const err = (path: (string | number)[], message: string, key = false) => push(ctx.errors, ctx.path, ctx.locate(path, key), message);
	const rule = ruleById(id);
	if (!rule) {
		const near = rules.map((r) => r.meta.id).find((r) => r.includes(id) || id.includes(r) || editDistance(r, id) <= 3);
		err(['rules', id], `Unknown rule "${id}".${near ? ` Did you mean "${near}"?` : ' Run `tactful rules` for the list.'}`, true);
		return;
	}
	if (typeof entry === 'boolean') {
		config.rules[id] = entry ? rule.meta.severity : 'off';
		return;
	}
	if (isSetting(entry)) {
		config.rules[id] = entry;
		return;
	}
	if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
		const obj = entry as Record<string, unknown>;
		const options: Record<string, unknown> = { ...(config.options[id] ?? {}) };
		for (const [k, v] of Object.entries(obj)) {
			if (k === 'severity') {
				if (isSetting(v)) config.rules[id] = v;
				else err(['rules', id, 'severity'], `"severity" must be one of ${SETTING_VALUES.join(', ')}.`);
				continue;
			}
			const spec = rule.meta.options?.[k];
			if (!spec) {
				const known = Object.keys(rule.meta.options ?? {});
				err(['rules', id, k], `Rule "${id}" has no option "${k}".${known.length ? ` Its options: ${known.join(', ')}.` : ' It takes no options.'}`, true);
			} else if (!optionFits(spec.type, v)) err(['rules', id, k], `Option "${k}" of "${id}" must be a ${spec.type}.`);
			else options[k] = v;
		}
		config.options[id] = options;
		return;
	}
	err(['rules', id], `The entry for "${id}" must be a severity (${SETTING_VALUES.join(', ')}), true/false, or an object with "severity" and options.`);
}

function optionFits(type: string, v: unknown): boolean {
	if (type === 'string[]') return Array.isArray(v) && v.every((x) => typeof x === 'string');
	return typeof v === type;
}

function applyPhrase(config: ResolvedConfig, p: unknown, i: number, ctx: LayerContext): void {
	const err = (path: (string | number)[], message: string) => push(ctx.errors, ctx.path, ctx.locate(['phrases', i, ...path]), message);
	if (config.phrases.length >= MAX_PHRASES) {
		if (!ctx.capped) err([], `Only the first ${MAX_PHRASES} custom phrases are used.`);
		ctx.capped = true;
		return;
	}
	if (!p || typeof p !== 'object' || Array.isArray(p)) return err([], 'A custom phrase must be an object with "phrase" (or "pattern") and "message".');
	const o = p as Record<string, unknown>;
	const hasPhrase = typeof o.phrase === 'string' && o.phrase.trim().length > 0;
	const hasPattern = typeof o.pattern === 'string' && o.pattern.length > 0;
	if (hasPhrase === hasPattern) return err([], 'A custom phrase needs exactly one of "phrase" (literal words) or "pattern" (a regular expression).');
	if (typeof o.message !== 'string' || o.message.trim() === '') return err(['message'], 'A custom phrase needs a "message" telling the writer what to do instead.');
	if (o.suggestions !== undefined && !(Array.isArray(o.suggestions) && o.suggestions.every((s) => typeof s === 'string'))) return err(['suggestions'], '"suggestions" must be a list of strings.');
	if (o.severity !== undefined && !SEVERITIES.includes(o.severity as never)) return err(['severity'], `"severity" must be one of ${SEVERITIES.join(', ')}.`);
	if (o.step !== undefined && o.step !== null && !STEPS.includes(o.step as never)) return err(['step'], `"step" must be one of ${STEPS.join(', ')}.`);
	if (o.id !== undefined && (typeof o.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(o.id))) return err(['id'], '"id" must be kebab-case (letters, digits, dashes).');
	if (hasPattern) {
		if (!ctx.trusted) {
			err(['pattern'], 'Custom patterns are ignored in an untrusted workspace (literal phrases still apply).');
			ctx.errors[ctx.errors.length - 1].severity = 'warning';
			return;
		}
		if ((o.pattern as string).length > MAX_PATTERN_LENGTH) return err(['pattern'], `A pattern may be at most ${MAX_PATTERN_LENGTH} characters long.`);
		try {
			const RE2 = re2();
			RE2.compile(o.pattern as string, RE2.CASE_INSENSITIVE);
		} catch (e) {
			return err(['pattern'], `Invalid pattern: ${(e as Error).message}.`);
		}
	}
	const phrase: CustomPhrase = {
		id: o.id as string | undefined,
		phrase: hasPhrase ? (o.phrase as string) : undefined,
		pattern: hasPattern ? (o.pattern as string) : undefined,
		message: o.message as string,
		suggestions: o.suggestions as string[] | undefined,
		severity: o.severity as CustomPhrase['severity'],
		step: (o.step as CustomPhrase['step']) ?? null,
	};
	config.phrases.push(phrase);
}

function nodeValue(node: Node): unknown {
	switch (node.type) {
		case 'object': {
			const o: Record<string, unknown> = {};
			for (const prop of node.children ?? []) {
				const [k, v] = prop.children ?? [];
				if (k && v) o[k.value as string] = nodeValue(v);
			}
			return o;
		}
		case 'array':
			return (node.children ?? []).map(nodeValue);
		default:
			return node.value;
	}
}

function describeParseError(code: string): string {
	return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function editDistance(a: string, b: string): number {
	const d = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = d[0];
		d[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = d[j];
			d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return d[b.length];
}
