/**
 * Command-line parsing: `tactful <command> [options] [paths...]`. Options may come before or after paths, take their
 * value as `--opt value` or `--opt=value`, and `--` ends the options. Anything unknown is a UsageError (exit 2).
 */
import { UsageError } from './errors';

export const COMMANDS = ['check', 'rules', 'init'] as const;
export type Command = (typeof COMMANDS)[number];
export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface Options {
	/** undefined: no command given (`tactful`, `tactful --help`). */
	command?: Command;
	help: boolean;
	version: boolean;
	paths: string[];
	config?: string;
	format?: Format;
	fix: boolean;
	fixDryRun: boolean;
	maxWarnings?: number;
	quiet: boolean;
	stdin: boolean;
	stdinFilename?: string;
	/** undefined: colour when stdout is a terminal and NO_COLOR is unset. */
	color?: boolean;
	ignore: boolean;
	outputFile?: string;
	/** --cache: reuse the results of files unchanged since the last run. */
	cache: boolean;
	cacheLocation?: string;
}

interface Spec {
	name: string;
	short?: string;
	value?: string;
	/** Commands that accept it; all when absent. */
	commands?: readonly Command[];
	apply(o: Options, value: string): void;
}

const SPECS: Spec[] = [
	{ name: 'config', short: 'c', value: 'FILE', commands: ['check'], apply: (o, v) => (o.config = v) },
	{
		name: 'format', short: 'f', value: 'NAME', commands: ['check', 'rules'],
		apply: (o, v) => {
			const allowed: readonly string[] = o.command === 'rules' ? ['stylish', 'json'] : FORMATS;
			if (!allowed.includes(v)) throw new UsageError(`Unknown format "${v}". Use one of: ${allowed.join(', ')}.`, o.command);
			o.format = v as Format;
		},
	},
	{ name: 'fix', commands: ['check'], apply: (o) => (o.fix = true) },
	{ name: 'fix-dry-run', commands: ['check'], apply: (o) => (o.fixDryRun = true) },
	{
		name: 'max-warnings', value: 'N', commands: ['check'],
		apply: (o, v) => {
			if (!/^-?\d+$/.test(v)) throw new UsageError(`--max-warnings needs a whole number, not "${v}".`, 'check');
			o.maxWarnings = Number(v);
		},
	},
	{ name: 'quiet', short: 'q', commands: ['check'], apply: (o) => (o.quiet = true) },
	{ name: 'stdin', commands: ['check'], apply: (o) => (o.stdin = true) },
	{ name: 'stdin-filename', value: 'NAME', commands: ['check'], apply: (o, v) => (o.stdinFilename = v) },
	{ name: 'no-ignore', commands: ['check'], apply: (o) => (o.ignore = false) },
	{ name: 'output-file', short: 'o', value: 'FILE', commands: ['check'], apply: (o, v) => (o.outputFile = v) },
	{ name: 'cache', commands: ['check'], apply: (o) => (o.cache = true) },
	{ name: 'cache-location', value: 'FILE', commands: ['check'], apply: (o, v) => (o.cacheLocation = v) },
	{ name: 'color', apply: (o) => (o.color = true) },
	{ name: 'no-color', apply: (o) => (o.color = false) },
	{ name: 'help', short: 'h', apply: (o) => (o.help = true) },
	{ name: 'version', short: 'v', apply: (o) => (o.version = true) },
];

export function parseArgs(argv: readonly string[]): Options {
	const o: Options = { help: false, version: false, paths: [], fix: false, fixDryRun: false, quiet: false, stdin: false, ignore: true, cache: false };
	let i = 0;
	const first = argv[0];
	if (first !== undefined && !first.startsWith('-')) {
		if (!(COMMANDS as readonly string[]).includes(first)) {
			const near = closest(first, COMMANDS);
			throw new UsageError(`Unknown command "${first}".${near ? ` Did you mean "tactful ${near}"?` : ''} Commands: ${COMMANDS.join(', ')}.`);
		}
		o.command = first as Command;
		i = 1;
	}
	const command = o.command;
	for (; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--') {
			o.paths.push(...argv.slice(i + 1));
			break;
		}
		if (!arg.startsWith('-') || arg === '-') {
			if (command !== 'check') throw new UsageError(command ? `\`tactful ${command}\` takes no paths (got "${arg}").` : `Unknown command "${arg}".`, command);
			o.paths.push(arg);
			continue;
		}
		const long = arg.startsWith('--');
		const eq = long ? arg.indexOf('=') : -1;
		const name = long ? arg.slice(2, eq > 0 ? eq : undefined) : arg.slice(1);
		const spec = SPECS.find((s) => (long ? s.name === name : s.short === name));
		if (!spec) {
			const near = long ? closest(name, SPECS.map((s) => s.name)) : undefined;
			throw new UsageError(`Unknown option "${arg}".${near ? ` Did you mean "--${near}"?` : ''}`, command);
		}
		if (spec.commands && !(command && spec.commands.includes(command))) {
			throw new UsageError(command ? `\`tactful ${command}\` has no option --${spec.name}.` : `--${spec.name} belongs after a command, as in \`tactful ${spec.commands[0]} --${spec.name}\`.`, command);
		}
		let value = '';
		if (spec.value) {
			if (eq > 0) value = arg.slice(eq + 1);
			else if (i + 1 < argv.length && !(argv[i + 1].startsWith('-') && argv[i + 1] !== '-' && !/^-\d+$/.test(argv[i + 1]))) value = argv[++i];
			else throw new UsageError(`Option --${spec.name} needs a value (${spec.value}).`, command);
		} else if (eq > 0) throw new UsageError(`Option --${spec.name} takes no value.`, command);
		spec.apply(o, value);
	}
	if (o.command === 'check' && !o.help && !o.version) validateCheck(o);
	return o;
}

function validateCheck(o: Options): void {
	if (o.stdinFilename !== undefined && !o.stdin) throw new UsageError('--stdin-filename only makes sense with --stdin.', 'check');
	if (o.stdin && o.paths.length > 0) throw new UsageError('Give either --stdin or paths, not both.', 'check');
	if (o.stdin && o.fix) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run to see what it would change.', 'check');
	if (o.fix && o.fixDryRun) throw new UsageError('Use either --fix or --fix-dry-run, not both.', 'check');
	if (o.cacheLocation !== undefined && !o.cache) throw new UsageError('--cache-location only makes sense with --cache.', 'check');
	if (o.maxWarnings !== undefined && o.maxWarnings < -1) throw new UsageError('--max-warnings must be -1 (no limit) or more.', 'check');
}

/** The candidate within two edits of a mistyped word, if any. */
function closest(word: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = 3;
	for (const c of candidates) {
		const d = editDistance(word, c);
		if (d < bestDistance) [best, bestDistance] = [c, d];
	}
	return best;
}

function editDistance(a: string, b: string): number {
	let row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		row = next;
	}
	return row[b.length];
}
