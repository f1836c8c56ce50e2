/** `tactful check`: output formats, exit codes, options, stdin, and the `rules` / `init` commands, as real processes. */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JARGON_IS_ERROR, NOTES, REPO, builtCli, cleanup, letter, parseJson, sh, tactful, tree } from './helpers';
import { STEPS, resolveConfig, rules } from '../../server/src/engine/index';

const LETTER = letter();
const BANDWIDTH_LINE = LETTER.split('\n').findIndex((l) => l.includes('bandwidth'));
const BANDWIDTH_CHAR = LETTER.split('\n')[BANDWIDTH_LINE].indexOf('bandwidth');

let dir: string;
before(async () => {
	await builtCli();
	dir = tree({ 'letters/deadline.md': LETTER, 'letters/notes.txt': NOTES, 'README.md': '# Project\n\nHow to build it.\n' });
});
after(() => cleanup(dir));

describe('formats', () => {
	test('json follows the public contract: one object per file, LSP ranges in UTF-16', async () => {
		const run = await tactful(['check', '--format', 'json', 'letters'], { cwd: dir });
		assert.equal(run.code, 0, run.stderr);
		const files = parseJson(run);
		assert.deepEqual(files.map((f) => f.file).sort(), [join('letters', 'deadline.md'), join('letters', 'notes.txt')]);
		const doc = files.find((f) => f.file.endsWith('deadline.md'))!;
		assert.deepEqual(Object.keys(doc), ['file', 'letter', 'steps', 'diagnostics']);
		assert.equal(doc.letter, true);
		assert.deepEqual(Object.keys(doc.steps), [...STEPS]);
		assert.ok(Object.values(doc.steps).every((v) => typeof v === 'boolean'));
		const jargon = doc.diagnostics.filter((d) => d.ruleId === 'no-jargon');
		assert.equal(jargon.length, 1, JSON.stringify(doc.diagnostics));
		const d = jargon[0];
		assert.deepEqual(Object.keys(d), ['ruleId', 'step', 'severity', 'message', 'range', 'fixes']);
		assert.equal(d.step, 'explain');
		assert.equal(d.severity, 'warning');
		// 🙏 is two UTF-16 code units and ë one: the column counts code units, as LSP does.
		assert.deepEqual(d.range, { start: { line: BANDWIDTH_LINE, character: BANDWIDTH_CHAR }, end: { line: BANDWIDTH_LINE, character: BANDWIDTH_CHAR + 'bandwidth'.length } });
		assert.equal(d.fixes[0].edits[0].newText, 'time');
		assert.deepEqual(d.fixes[0].edits[0].range, d.range);
		for (const diag of doc.diagnostics) {
			assert.ok(['error', 'warning', 'info', 'hint'].includes(diag.severity));
			assert.ok(diag.step === null || (STEPS as readonly string[]).includes(diag.step));
			for (const fix of diag.fixes) assert.deepEqual(Object.keys(fix), ['title', 'edits']);
		}
		const notes = files.find((f) => f.file.endsWith('notes.txt'))!;
		assert.equal(notes.letter, false);
		assert.deepEqual(notes.diagnostics, []);
		assert.ok(Object.values(notes.steps).every((v) => v === false));
	});

	test('stylish groups by file with line:col severity message rule, a checklist per letter and a summary', async () => {
		const run = await tactful(['check', 'letters'], { cwd: dir });
		assert.equal(run.code, 0, run.stderr);
		const lines = run.stdout.split('\n');
		const header = lines.indexOf(join('letters', 'deadline.md'));
		assert.ok(header >= 0, run.stdout);
		const jargon = lines.find((l) => l.trimEnd().endsWith('no-jargon'));
		assert.match(jargon ?? '', new RegExp(`^  ${BANDWIDTH_LINE + 1}:${BANDWIDTH_CHAR + 1} +warning +"bandwidth" is jargon.*  no-jargon$`));
		assert.match(run.stdout, /^ {2}steps [0-7]\/7(, missing: [a-z, ]+)?$/m);
		assert.ok(!run.stdout.includes('notes.txt'), 'a clean non-letter is not listed');
		assert.match(lines.filter(Boolean).at(-1)!, /problems? \(0 errors, \d+ warnings?.*\) · 2 files checked, 1 letter$/);
		assert.ok(!run.stdout.includes('\x1b['), 'no colour when stdout is not a terminal');
	});

	test('stylish colours only when asked, and NO_COLOR wins over the terminal default', async () => {
		const forced = await tactful(['check', '--color', 'letters'], { cwd: dir });
		assert.match(forced.stdout, /\x1b\[33mwarning/);
		const noColor = await tactful(['check', '--color', '--no-color', 'letters'], { cwd: dir });
		assert.ok(!noColor.stdout.includes('\x1b['));
		const env = await tactful(['check', 'letters'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
		assert.ok(!env.stdout.includes('\x1b['));
	});

	test('github prints one workflow command per finding, 1-based, with the rule as title', async () => {
		const run = await tactful(['check', '--format', 'github', 'letters'], { cwd: dir });
		assert.equal(run.code, 0, run.stderr);
		const lines = run.stdout.trimEnd().split('\n');
		for (const l of lines) assert.match(l, /^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z/-]+::\S/);
		const file = join('letters', 'deadline.md');
		const want = `::warning file=${file},line=${BANDWIDTH_LINE + 1},col=${BANDWIDTH_CHAR + 1},endLine=${BANDWIDTH_LINE + 1},endColumn=${BANDWIDTH_CHAR + 'bandwidth'.length},title=no-jargon::"bandwidth" is jargon`;
		assert.ok(lines.some((l) => l.startsWith(want)), `${want}\nnot in\n${run.stdout}`);
	});

	test('github escapes %, line breaks, and , : in properties', async () => {
		const d = tree({
			'a,b:c%.md': '---\ntactful: letter\n---\nHi,\n\nWe cannot do it, sorry: PING 100%.\n',
			'.tactfulrc.json': JSON.stringify({ phrases: [{ id: 'ping', phrase: 'PING', message: 'Line one\nline two: 50% off, done', severity: 'error' }] }),
		});
		try {
			const run = await tactful(['check', '--format', 'github', '.'], { cwd: d });
			assert.equal(run.code, 1, run.stderr);
			const line = run.stdout.split('\n').find((l) => l.includes('title=custom/ping'));
			assert.ok(line, run.stdout);
			assert.ok(line.startsWith('::error file=a%2Cb%3Ac%25.md,line=6,'), line);
			assert.ok(line.endsWith('::Line one%0Aline two: 50%25 off, done'), line);
		} finally {
			cleanup(d);
		}
	});
});

describe('exit codes', () => {
	test('0 for warnings only, 1 when an error is found', async () => {
		const d = tree({ 'deadline.md': LETTER, '.tactfulrc.json': JARGON_IS_ERROR });
		try {
			const run = await tactful(['check', '.', '--format', 'json'], { cwd: d });
			assert.equal(run.code, 1, run.stderr);
			assert.equal(parseJson(run)[0].diagnostics.find((x) => x.ruleId === 'no-jargon')?.severity, 'error');
			assert.equal((await tactful(['check', '.'], { cwd: dir })).code, 0);
		} finally {
			cleanup(d);
		}
	});

	test('--max-warnings: 1 over the limit, 0 within it', async () => {
		const json = parseJson(await tactful(['check', '--format', 'json', 'letters'], { cwd: dir }));
		const warnings = json.flatMap((f) => f.diagnostics).filter((x) => x.severity === 'warning').length;
		assert.ok(warnings >= 1);
		const over = await tactful(['check', '--max-warnings', String(warnings - 1), 'letters'], { cwd: dir });
		assert.equal(over.code, 1);
		assert.match(over.stderr, new RegExp(`${warnings} warnings?, more than --max-warnings ${warnings - 1}`));
		assert.equal((await tactful(['check', '--max-warnings', String(warnings), 'letters'], { cwd: dir })).code, 0);
		assert.equal((await tactful(['check', '--max-warnings=-1', 'letters'], { cwd: dir })).code, 0);
	});

	test('--quiet reports errors only; warnings still count for --max-warnings', async () => {
		const d = tree({ 'deadline.md': LETTER, '.tactfulrc.json': JARGON_IS_ERROR });
		try {
			const json = parseJson(await tactful(['check', '--quiet', '--format', 'json', '.'], { cwd: d }));
			assert.deepEqual(json[0].diagnostics.map((x) => x.severity), ['error']);
			const stylish = await tactful(['check', '-q', '.'], { cwd: d });
			assert.equal(stylish.code, 1);
			assert.ok(!/ warning /.test(stylish.stdout), stylish.stdout);
			assert.ok(!/steps \d\/7/.test(stylish.stdout), 'no checklist in quiet mode');
			assert.match(stylish.stdout, /^✖ 1 error · 1 file checked, 1 letter$/m);
			const clean = await tactful(['check', '-q', '--max-warnings', '0', 'letters'], { cwd: dir });
			assert.equal(clean.code, 1);
		} finally {
			cleanup(d);
		}
	});

	test('2 with a one-line message and a hint for usage errors, never a stack trace', async () => {
		const cases: Array<[string[], RegExp]> = [
			[['check', '--frmat', 'json'], /Unknown option "--frmat"\. Did you mean "--format"\?/],
			[['check', '--format', 'xml'], /Unknown format "xml"\. Use one of: stylish, json, sarif, github\./],
			[['check', '--max-warnings', 'many'], /--max-warnings needs a whole number/],
			[['check', '--max-warnings'], /--max-warnings needs a value/],
			[['chekc'], /Unknown command "chekc"\. Did you mean "tactful check"\?/],
			[['rules', '--fix'], /`tactful rules` has no option --fix/],
			[['check', '--stdin', 'x.md'], /either --stdin or paths/],
			[['check', '--stdin', '--fix'], /--fix cannot write to standard input/],
			[['check', '--stdin-filename', 'x.md'], /--stdin-filename only makes sense with --stdin/],
			[['check', '--fix=yes'], /--fix takes no value/],
			[['check', 'no-such-folder'], /no-such-folder: no such file or directory/],
			[['check', 'nothing/**/*.md'], /No files match "nothing\/\*\*\/\*\.md"/],
		];
		for (const [args, message] of cases) {
			const run = await tactful(args, { cwd: dir });
			assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
			assert.match(run.stderr, message, args.join(' '));
			assert.match(run.stderr, /^tactful: /, args.join(' '));
			assert.ok(!/\n\s+at /.test(run.stderr), `stack trace for ${args.join(' ')}: ${run.stderr}`);
			assert.equal(run.stdout, '');
		}
	});

	test('--help and --version exit 0', async () => {
		const help = await tactful(['--help']);
		assert.equal(help.code, 0);
		assert.match(help.stdout, /^Usage: tactful <command>/);
		const checkHelp = await tactful(['check', '--help']);
		assert.match(checkHelp.stdout, /--max-warnings N/);
		const none = await tactful([]);
		assert.equal(none.code, 0);
		assert.equal(none.stdout, help.stdout);
		const version = await tactful(['--version']);
		assert.equal(version.code, 0);
		assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')).version);
	});
});

describe('stdin', () => {
	test('--stdin lints standard input; --stdin-filename picks the config and the language', async () => {
		const d = tree({ 'team/.tactfulrc.json': JARGON_IS_ERROR });
		try {
			const run = await tactful(['check', '--stdin', '--stdin-filename', 'team/reply.md', '--format', 'json'], { cwd: d, input: LETTER });
			assert.equal(run.code, 1, run.stderr);
			const [file] = parseJson(run);
			assert.equal(file.file, 'team/reply.md');
			assert.equal(file.diagnostics.find((x) => x.ruleId === 'no-jargon')?.severity, 'error');
			const anonymous = await tactful(['check', '--stdin', '--format', 'json'], { cwd: d, input: LETTER });
			assert.equal(anonymous.code, 0, anonymous.stderr);
			assert.equal(parseJson(anonymous)[0].file, '<stdin>');
		} finally {
			cleanup(d);
		}
	});

	test('--stdin with bytes that are not UTF-8 exits 2 with the reason', async () => {
		const run = await tactful(['check', '--stdin'], { cwd: dir, input: Buffer.from([0x48, 0x69, 0xff, 0xfe, 0x21]) });
		assert.equal(run.code, 2);
		assert.match(run.stderr, /<stdin>: cannot check standard input: not valid UTF-8/);
	});

	test('--fix-dry-run on stdin shows the change without writing anything', async () => {
		const run = await tactful(['check', '--stdin', '--fix-dry-run'], { cwd: dir, input: LETTER });
		assert.equal(run.code, 0, run.stderr);
		assert.match(run.stdout, /would fix 1 problem \(no-jargon\)/);
		assert.match(run.stdout, /^ {4}-.*the bandwidth/m);
		assert.match(run.stdout, /^ {4}\+.*the time/m);
	});
});

describe('rules and init', () => {
	test('rules lists every rule with step, default severity and fixable; --format json too', async () => {
		const table = await tactful(['rules']);
		assert.equal(table.code, 0);
		for (const { meta } of rules) {
			assert.match(table.stdout, new RegExp(`^${meta.id} +${meta.step ?? '-'} +${meta.severity} +${meta.fixable ? 'yes' : 'no'} `, 'm'));
		}
		const json = JSON.parse((await tactful(['rules', '--format', 'json'])).stdout) as Array<Record<string, unknown>>;
		assert.deepEqual(json.map((r) => r.id), rules.map((r) => r.meta.id));
		assert.deepEqual(Object.keys(json[0]).slice(0, 4), ['id', 'step', 'severity', 'fixable']);
	});

	test('init writes a commented starter config that resolves cleanly and lists every rule; refuses to overwrite', async () => {
		const d = tree({});
		try {
			const first = await tactful(['init'], { cwd: d });
			assert.equal(first.code, 0, first.stderr);
			const text = readFileSync(join(d, '.tactfulrc.json'), 'utf8');
			for (const { meta } of rules) assert.ok(text.includes(`// "${meta.id}": "${meta.severity}",`), meta.id);
			assert.deepEqual(resolveConfig({ files: [{ path: '.tactfulrc.json', text }] }).errors, []);
			const again = await tactful(['init'], { cwd: d });
			assert.equal(again.code, 2);
			assert.match(again.stderr, /\.tactfulrc\.json already exists here; tactful init does not overwrite it\./);
			assert.equal(readFileSync(join(d, '.tactfulrc.json'), 'utf8'), text);
			// The starter config is used as is by check.
			assert.equal((await tactful(['check', '.'], { cwd: d })).code, 0);
		} finally {
			cleanup(d);
		}
	});
});

describe('terminals and pipes', () => {
	// `script` (util-linux) runs the CLI on a pseudo-terminal, as a person would.
	const hasScript = sh('script', ['--version'], REPO).code === 0;
	const onTerminal = async (command: string, cwd: string, env: NodeJS.ProcessEnv = {}) => {
		const cli = await builtCli();
		const full: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env };
		for (const [k, v] of Object.entries(full)) if (v === '') delete full[k];
		return sh('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} ${command}`, '/dev/null'], cwd, full);
	};

	test('colours by default on a terminal, not with NO_COLOR', { skip: hasScript ? undefined : 'no `script` command' }, async () => {
		const coloured = await onTerminal('check letters', dir);
		assert.match(coloured.stdout, /\x1b\[33mwarning/);
		const plain = await onTerminal('check letters', dir, { NO_COLOR: '1' });
		assert.match(plain.stdout, /warning/);
		assert.ok(!plain.stdout.includes('\x1b['), JSON.stringify(plain.stdout.slice(0, 300)));
	});

	test('shows progress on a terminal for runs over 200 files, and only there', { skip: hasScript ? undefined : 'no `script` command' }, async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 201; i++) files[`n/${i}.txt`] = NOTES;
		const d = tree(files);
		try {
			const terminal = await onTerminal('check n --format json > /dev/null', d);
			assert.match(terminal.stdout, /\rchecking 1\/201\rchecking 51\/201/);
			const piped = await tactful(['check', 'n'], { cwd: d });
			assert.equal(piped.stderr, '');
		} finally {
			cleanup(d);
		}
	});

	/** 300 letters in l/: their JSON report is many pipe buffers long. */
	const manyLetters = () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 300; i++) files[`l/${i}.md`] = LETTER;
		return tree(files);
	};

	test('a slow reader gets every byte: the process ends only once its output is written', async () => {
		const cli = await builtCli();
		const d = manyLetters();
		try {
			// Several pipe buffers of JSON, read only after a pause: the CLI blocks or queues, and must not exit early.
			const r = sh('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} check --format json l | (sleep 1; cat) | ${JSON.stringify(process.execPath)} -e 'let s="";process.stdin.on("data",(d)=>s+=d).on("end",()=>console.log(s.length, JSON.parse(s).length))'; echo "exit=\${PIPESTATUS[0]}"`], d);
			const [length, count] = r.stdout.split('\n')[0].split(' ').map(Number);
			assert.ok(length > 4 * 65536, r.stdout);
			assert.equal(count, 300);
			assert.match(r.stdout, /exit=0/);
		} finally {
			cleanup(d);
		}
	});

	test('a reader that stops early (`tactful check | head`) is not an error', async () => {
		const cli = await builtCli();
		const d = manyLetters();
		try {
			// Far more than a pipe buffer of JSON, so the CLI is still writing when head exits.
			const r = sh('bash', ['-c', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} check --format json l | head -c 10; echo " exit=\${PIPESTATUS[0]}"`], d);
			assert.equal(r.stdout, '[\n  {\n     exit=0\n');
			assert.equal(r.stderr, '');
		} finally {
			cleanup(d);
		}
	});
});
