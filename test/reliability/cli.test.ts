// The bad-input set and hostile configs through the `tactful` command, as a real process on real files: exit 0 or 1
// for text it can decode, a clear one-line reason for what it skips, exit 2 naming file:line:col for a bad config,
// never a stack trace; --fix replaces files atomically and never touches one it could not read as text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtCli, cleanup, parseJson, tree, type JsonFile, type Run } from '../cli/helpers';
import { FILE_INPUTS, LETTER } from './inputs';

/** Generous: every run here takes a second or two; the limit only turns a hang into a failure. */
const HANG_GUARD_MS = 90_000;

/** Runs the CLI like test/cli's `tactful`, but kills it (and fails) if it has not finished within HANG_GUARD_MS. */
async function tactful(args: string[], opts: { cwd: string }): Promise<Run> {
	const cli = await builtCli();
	const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1' };
	delete env.FORCE_COLOR;
	delete env.TACTFUL_DEBUG;
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cli, ...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
		child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
		const timer = setTimeout(() => {
			child.kill('SIGKILL');
			reject(new Error(`tactful ${args.join(' ')} did not finish within ${HANG_GUARD_MS / 1000} s (a hang); stderr so far:\n${stderr.slice(-2000)}`));
		}, HANG_GUARD_MS);
		child.on('error', reject);
		child.on('close', (code) => {
			clearTimeout(timer);
			resolve({ code, stdout, stderr });
		});
	});
}

/** A file name for an input: its name in kebab case. */
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

function assertNoCrash(run: Run, what: string): void {
	assert.ok(!STACK.test(run.stderr), `${what}: a stack trace on stderr:\n${run.stderr}`);
	assert.ok(!/unexpected problem/i.test(run.stderr), `${what}: ${run.stderr}`);
	assert.ok(run.code === 0 || run.code === 1 || run.code === 2, `${what}: exit ${run.code}`);
}

/** Every range in the JSON report is a valid position in the text the CLI decoded (BOM removed). */
function assertRanges(file: JsonFile, text: string): void {
	const lines = text.split(/\r\n|\r|\n/);
	const valid = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
	const ordered = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character);
	for (const d of file.diagnostics) {
		assert.ok(valid(d.range.start) && valid(d.range.end) && ordered(d.range), `${file.file}: ${d.ruleId} range ${JSON.stringify(d.range)}`);
		for (const fix of d.fixes) for (const e of fix.edits) assert.ok(valid(e.range.start) && valid(e.range.end) && ordered(e.range), `${file.file}: ${d.ruleId} fix range ${JSON.stringify(e.range)}`);
	}
}

const decode = (bytes: Buffer) => {
	const text = bytes.toString('utf8');
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
};

describe('CLI: bad input', { timeout: 300_000 }, () => {
	const inputs = FILE_INPUTS.filter((i) => !i.huge);
	const files: Record<string, Buffer> = {};
	for (const input of inputs) {
		const bytes = input.bytes();
		files[`${slug(input.name)}.md`] = bytes;
		files[`${slug(input.name)}.txt`] = bytes;
	}
	let dir = '';
	before(() => (dir = tree(files)));
	after(() => cleanup(dir));

	test(`the whole set in one run (${inputs.length} inputs × .md and .txt): text is checked, the rest skipped with its reason`, async () => {
		const run = await tactful(['check', '--format', 'json', '.'], { cwd: dir });
		assertNoCrash(run, 'check .');
		assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`);
		const reports = new Map(parseJson(run).map((r) => [r.file, r]));
		for (const input of inputs) {
			for (const ext of ['md', 'txt']) {
				const name = `${slug(input.name)}.${ext}`;
				if (input.text) {
					const report = reports.get(name);
					assert.ok(report, `${name} was checked`);
					assertRanges(report, decode(files[name]));
				} else {
					assert.ok(!reports.has(name), `${name} is not text and was not checked`);
					assert.match(run.stderr, new RegExp(`^tactful: ${name}: skipped, (binary|not valid UTF-8|encoded as UTF-16)`, 'm'));
				}
			}
		}
		assert.equal(reports.size, inputs.filter((i) => i.text).length * 2);
	});

	test('the whole set with --cache, filling it and then reusing it: what a run without the cache prints', async () => {
		const plain = await tactful(['check', '--format', 'json', '.'], { cwd: dir });
		try {
			for (const pass of ['fills', 'reuses']) {
				const run = await tactful(['check', '--cache', '--format', 'json', '.'], { cwd: dir });
				assertNoCrash(run, `--cache ${pass}`);
				assert.equal(run.stdout, plain.stdout, `--cache ${pass}: stdout`);
				assert.equal(run.stderr, plain.stderr, `--cache ${pass}: stderr`);
				assert.equal(run.code, plain.code, `--cache ${pass}: exit code`);
			}
		} finally {
			cleanup(join(dir, '.tactfulcache'));
		}
	});

	test('each file that is not text, named on the command line: skipped with a one-line reason, never a stack trace', async () => {
		for (const input of inputs.filter((i) => !i.text)) {
			const name = `${slug(input.name)}.md`;
			const run = await tactful(['check', '--format', 'json', name], { cwd: dir });
			assertNoCrash(run, name);
			assert.deepEqual(parseJson(run), [], name);
			assert.equal(run.stderr.trim().split('\n').length, 1, `${name}: one line: ${run.stderr}`);
			assert.match(run.stderr, new RegExp(`^tactful: ${name}: skipped, `));
		}
	});

	test('--fix over the whole set: files that are not text stay byte-identical; text keeps its BOM and line endings', async () => {
		const fixDir = tree(files);
		try {
			const inodes = new Map(Object.keys(files).map((f) => [f, statSync(join(fixDir, f)).ino]));
			const run = await tactful(['check', '--fix', '--format', 'json', '.'], { cwd: fixDir });
			assertNoCrash(run, 'check --fix .');
			const eols = (s: string) => s.match(/\r\n|\r|\n/g)?.join('') ?? '';
			let changed = 0;
			for (const [name, before] of Object.entries(files)) {
				const after = readFileSync(join(fixDir, name));
				const input = inputs.find((i) => name.startsWith(`${slug(i.name)}.`))!;
				if (!input.text || after.equals(before)) {
					assert.ok(after.equals(before), `${name} is not text and must not change`);
					assert.equal(statSync(join(fixDir, name)).ino, inodes.get(name), `${name} was not rewritten`);
					continue;
				}
				changed++;
				assert.equal(after[0] === 0xef && after[1] === 0xbb && after[2] === 0xbf, before[0] === 0xef && before[1] === 0xbb && before[2] === 0xbf, `${name}: BOM kept as it was`);
				assert.equal(eols(after.toString('utf8')), eols(before.toString('utf8')), `${name}: line endings kept`);
				assert.notEqual(statSync(join(fixDir, name)).ino, inodes.get(name), `${name}: replaced by a rename, not rewritten in place`);
			}
			assert.ok(changed >= 10, `${changed} files fixed`);
			assert.deepEqual(readdirSync(fixDir).filter((f) => f.includes('.tmp')), [], 'no temporary file left behind');
		} finally {
			cleanup(fixDir);
		}
	});

	test('a file with invalid UTF-8 and a fixable phrase stays byte-identical under --fix', async () => {
		const bytes = Buffer.concat([Buffer.from(LETTER, 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(' bandwidth\n')]);
		const d = tree({ 'letter.md': bytes });
		try {
			const run = await tactful(['check', '--fix', 'letter.md'], { cwd: d });
			assertNoCrash(run, 'fix invalid UTF-8');
			assert.ok(readFileSync(join(d, 'letter.md')).equals(bytes));
			assert.match(run.stderr, /letter\.md: skipped, not valid UTF-8/);
		} finally {
			cleanup(d);
		}
	});

	test('50 MB file: skipped with a clear message, not read into memory as a letter', async () => {
		const huge = FILE_INPUTS.find((i) => i.huge)!;
		const d = tree({ 'huge.md': huge.bytes() });
		try {
			const run = await tactful(['check', '--format', 'json', 'huge.md'], { cwd: d });
			assertNoCrash(run, 'huge.md');
			assert.deepEqual(parseJson(run), []);
			assert.match(run.stderr, /^tactful: huge\.md: skipped, larger than \d+ MB/m);
		} finally {
			cleanup(d);
		}
	});
});

describe('CLI: hostile config', { timeout: 300_000 }, () => {
	/** Runs `check --format json letter.md` in a tree holding LETTER and the given files. */
	async function check(files: Record<string, string | Buffer>, letter: string | Buffer = LETTER, args: string[] = []): Promise<Run> {
		const d = tree({ 'letter.md': letter, ...files });
		try {
			const run = await tactful(['check', '--format', 'json', ...args, 'letter.md'], { cwd: d });
			assertNoCrash(run, JSON.stringify(Object.keys(files)));
			return run;
		} finally {
			cleanup(d);
		}
	}

	/** Exit 2, nothing on stdout, and each problem on stderr as `file:line:col: message`. */
	function assertConfigError(run: Run, where: RegExp, message: RegExp): void {
		assert.equal(run.code, 2, `exit 2: ${run.stderr}`);
		assert.equal(run.stdout, '');
		const line = run.stderr.split('\n').find((l) => where.test(l));
		assert.ok(line, `a line naming ${where}: ${run.stderr}`);
		assert.match(line, message);
	}

	test('a catastrophic-backtracking pattern, (a+)+$, against 50,000 a\'s and a "!" finishes (linear-time engine)', async () => {
		const config = JSON.stringify({ scope: 'all', phrases: [{ pattern: '(a+)+$', message: 'm' }, { pattern: '(x+x+)+y', message: 'n' }] });
		const run = await check({ '.tactfulrc.json': config }, 'a'.repeat(50_000) + '!\n\n' + 'x'.repeat(50_000) + '\n');
		assert.equal(run.code, 0, run.stderr);
		assert.deepEqual(parseJson(run)[0].diagnostics, []);
	});

	test('the same pattern matches where it should, so the check above ran it', async () => {
		const run = await check({ '.tactfulrc.json': JSON.stringify({ scope: 'all', phrases: [{ pattern: '(a+)+b', message: 'found' }] }) }, 'x aaab y\n');
		assert.deepEqual(parseJson(run)[0].diagnostics.map((d) => d.message), ['found']);
	});

	test('malformed JSON: exit 2 naming file:line:col', async () => {
		const run = await check({ '.tactfulrc.json': '{\n  "rules": {\n    "no-jargon": "error",,\n  }\n' });
		assertConfigError(run, /^\.tactfulrc\.json:3:\d+: /, /Invalid JSON/);
	});

	test('wrong types for every key: one error each, at its own line', async () => {
		const config = '{\n"scope": 3,\n"stepSeverity": "loud",\n"rules": [],\n"phrases": {},\n"letters": "x",\n"templates": [1],\n"ignore": false,\n"extends": 7\n}\n';
		const run = await check({ '.tactfulrc.json': config });
		assert.equal(run.code, 2);
		for (const line of [2, 3, 4, 5, 6, 7, 8, 9]) assert.match(run.stderr, new RegExp(`^\\.tactfulrc\\.json:${line}:\\d+: `, 'm'), `line ${line}: ${run.stderr}`);
	});

	test('unknown rules, unknown options and bad phrase entries name their place', async () => {
		const config = '{\n"rules": {\n"no-jargn": "warning",\n"no-jargon": { "severity": "error", "colour": "red" }\n},\n"phrases": [\n{ "phrase": "x" },\n{ "pattern": "(", "message": "m" },\n42\n]\n}\n';
		const run = await check({ '.tactfulrc.json': config });
		assert.equal(run.code, 2);
		assert.match(run.stderr, /^\.tactfulrc\.json:3:\d+: Unknown rule "no-jargn"\. Did you mean "no-jargon"\?/m);
		assert.match(run.stderr, /^\.tactfulrc\.json:4:\d+: .*no option "colour"/m);
		assert.match(run.stderr, /^\.tactfulrc\.json:7:\d+: /m);
		assert.match(run.stderr, /^\.tactfulrc\.json:8:\d+: Invalid pattern/m);
		assert.match(run.stderr, /^\.tactfulrc\.json:9:\d+: /m);
	});

	test('config files that are not JSON objects: empty, an array, null, binary, a BOM, a folder', async () => {
		for (const [label, content] of [
			['array', '[1, 2]'],
			['null', 'null'],
			['string', '"rules"'],
			['binary', Buffer.from([0x00, 0xff, 0xfe, 0x01])],
		] as const) {
			const run = await check({ '.tactfulrc.json': content });
			assert.equal(run.code, 2, `${label}: ${run.stderr}`);
			assert.match(run.stderr, /^\.tactfulrc\.json(:\d+:\d+)?: /m, label);
		}
		const empty = await check({ '.tactfulrc.json': '' });
		assert.ok(empty.code === 0 || empty.code === 2, `empty file: exit ${empty.code}`);
		const bom = await check({ '.tactfulrc.json': '\uFEFF{ "rules": { "no-jargon": "error" } }' });
		assert.equal(bom.code, 1, `a BOM before valid JSON is fine: ${bom.stderr}`);
		const folder = await check({ '.tactfulrc.json/x': '{}' });
		assert.ok(folder.code === 0 || folder.code === 2, `a folder named .tactfulrc.json: exit ${folder.code}`);
	});

	test('extends: a cycle, a missing target, a folder, a binary file and a chain 20 deep are errors; nothing hangs', async () => {
		const cycle = await check({ '.tactfulrc.json': '{ "extends": "./a.json" }', 'a.json': '{ "extends": "./b.json" }', 'b.json': '{ "extends": "./a.json" }' });
		assert.equal(cycle.code, 2);
		assert.match(cycle.stderr, /cycle/);
		const self = await check({ '.tactfulrc.json': '{ "extends": "./.tactfulrc.json" }' });
		assert.equal(self.code, 2);
		assert.match(self.stderr, /cycle/);
		const missing = await check({ '.tactfulrc.json': '{\n  "extends": ["./nope.json"]\n}' });
		assertConfigError(missing, /^\.tactfulrc\.json:2:\d+: /, /Cannot load "\.\/nope\.json"/);
		const folder = await check({ '.tactfulrc.json': '{ "extends": "./sub" }', 'sub/x': '' });
		assert.equal(folder.code, 2);
		const binary = await check({ '.tactfulrc.json': '{ "extends": "./bin.json" }', 'bin.json': Buffer.from([0, 1, 2, 0xff]) });
		assert.equal(binary.code, 2);
		const chain: Record<string, string> = { '.tactfulrc.json': '{ "extends": "./c0.json" }' };
		for (let i = 0; i < 20; i++) chain[`c${i}.json`] = JSON.stringify({ extends: `./c${i + 1}.json` });
		chain['c20.json'] = '{}';
		const deep = await check(chain);
		assert.equal(deep.code, 2);
		assert.match(deep.stderr, /nested more than \d+ levels/);
	});

	test('huge configs: 10,000 phrases, 100,000 bad entries and a 1 MB file are read, the excess reported once, and the run finishes', async () => {
		const phrases = Array.from({ length: 10_000 }, (_, i) => ({ phrase: `zzword${i}`, message: `m${i}` }));
		const many = await check({ '.tactfulrc.json': JSON.stringify({ phrases }, null, 1) }, LETTER + '\nzzword1 zzword9999\n');
		assert.equal(many.code, 2, many.stderr.slice(0, 2000));
		assert.deepEqual(many.stderr.match(/^\.tactfulrc\.json:\d+:\d+: .*/gm), ['.tactfulrc.json:2003:3: Only the first 500 custom phrases are used.']);
		// Each bad entry is its own error: 100,000 lines of `file:line:col: message`, in linear time.
		const bad = await check({ '.tactfulrc.json': `{"phrases": [\n${Array(100_000).fill('{}').join(',\n')}\n]}` });
		assert.equal(bad.code, 2);
		assert.equal(bad.stderr.match(/^\.tactfulrc\.json:\d+:1: A custom phrase needs/gm)?.length, 100_000);
		assert.match(bad.stderr, /^\.tactfulrc\.json:100001:1: /m);
		const big = { letters: Array.from({ length: 20_000 }, (_, i) => `never/${i}/**/*.md`), $schema: 'x'.repeat(200_000) };
		const bigText = JSON.stringify(big);
		assert.ok(bigText.length > 1_000_000 / 2);
		const run = await check({ '.tactfulrc.json': bigText + ' '.repeat(Math.max(0, 1_000_000 - bigText.length)) });
		assert.ok(run.code === 0 || run.code === 1, run.stderr);
		assert.equal(parseJson(run).length, 1);
	});

	test('a config in a parent folder above the repository (.git) is not read; a broken one there cannot break the run', async () => {
		const d = tree({ '.tactfulrc.json': '{ broken', 'repo/letter.md': LETTER }, { git: false });
		try {
			writeFileSync(join(d, 'repo', '.git'), 'gitdir: elsewhere\n');
			const run = await tactful(['check', '--format', 'json', 'letter.md'], { cwd: join(d, 'repo') });
			assertNoCrash(run, 'parent config');
			assert.notEqual(run.code, 2, run.stderr);
		} finally {
			cleanup(d);
		}
	});
});
