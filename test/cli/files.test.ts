/** Which files `tactful check` reads, which config applies to each, and how bad input is reported. */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { JARGON_IS_ERROR, NOTES, builtCli, cleanup, letter, parseJson, tactful, tree, type Run } from './helpers';

before(() => builtCli());

const files = (run: Run) => parseJson(run).map((f) => f.file).sort();

async function inTree(spec: Record<string, string | Buffer>, body: (dir: string) => Promise<void>, opts?: { git?: boolean }): Promise<void> {
	const dir = tree(spec, opts);
	try {
		await body(dir);
	} finally {
		cleanup(dir);
	}
}

describe('discovery', () => {
	test('walks folders for .md, .markdown and .txt; skips node_modules and .git; checks named files whatever their extension', () =>
		inTree(
			{
				'a.md': letter(),
				'b.markdown': letter(),
				'c.txt': NOTES,
				'd.html': '<p>not checked</p>',
				'sub/e.MD': letter(),
				'node_modules/pkg/README.md': letter(),
				'.git/COMMIT_EDITMSG.md': letter(),
				'mail.eml': letter(),
			},
			async (dir) => {
				assert.deepEqual(files(await tactful(['check', '--format', 'json'], { cwd: dir })), ['a.md', 'b.markdown', 'c.txt', join('sub', 'e.MD')]);
				const named = await tactful(['check', '--format', 'json', 'mail.eml', './a.md', 'a.md'], { cwd: dir });
				assert.deepEqual(parseJson(named).map((f) => f.file), ['mail.eml', './a.md'], 'named files are kept as given, each once');
			},
		));

	test('globs match paths relative to the working folder; a literal extension in the glob wins', () =>
		inTree({ 'letters/a.md': letter(), 'letters/deep/b.txt': NOTES, 'letters/c.eml': letter(), 'other/d.md': letter() }, async (dir) => {
			assert.deepEqual(files(await tactful(['check', '--format', 'json', 'letters/**'], { cwd: dir })), ['letters/a.md', 'letters/deep/b.txt']);
			assert.deepEqual(files(await tactful(['check', '--format', 'json', '**/*.eml'], { cwd: dir })), ['letters/c.eml']);
			assert.deepEqual(files(await tactful(['check', '--format', 'json', './*/*.md'], { cwd: dir })), ['letters/a.md', 'other/d.md']);
		}));

	test('.gitignore (nested too, with negation) and .tactfulignore are respected; --no-ignore checks everything', () =>
		inTree(
			{
				'.gitignore': 'drafts/\n*.tmp.md\n',
				'.tactfulignore': 'archive/**\n',
				'keep.md': letter(),
				'x.tmp.md': letter(),
				'drafts/a.md': letter(),
				'archive/old.md': letter(),
				'team/.gitignore': 'private.md\n!x.tmp.md\n',
				'team/private.md': letter(),
				'team/x.tmp.md': letter(),
				'team/ok.md': letter(),
			},
			async (dir) => {
				const all = files(await tactful(['check', '--format', 'json'], { cwd: dir }));
				assert.deepEqual(all, ['keep.md', join('team', 'ok.md'), join('team', 'x.tmp.md')]);
				// Run from a sub-folder: the repository root's ignore files still apply.
				const sub = files(await tactful(['check', '--format', 'json', '.'], { cwd: join(dir, 'team') }));
				assert.deepEqual(sub, ['ok.md', 'x.tmp.md']);
				const named = await tactful(['check', '--format', 'json', 'drafts/a.md'], { cwd: dir });
				assert.equal(named.code, 0);
				assert.deepEqual(parseJson(named), []);
				assert.match(named.stderr, /drafts\/a\.md: skipped, ignored by \.gitignore \(use --no-ignore to check it\)/);
				const everything = files(await tactful(['check', '--no-ignore', '--format', 'json'], { cwd: dir }));
				assert.equal(everything.length, 7);
			},
		));

	test('binary and non-UTF-8 files are skipped with a warning; the run goes on', () =>
		inTree(
			{
				'good.md': letter(),
				'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
				'latin1.txt': Buffer.from('Caf\xe9 au lait\n', 'latin1'),
				'utf16.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello', 'utf16le')]),
				'huge.txt': 'Hi Sam,\n\nNo.\n'.repeat(400_000),
			},
			async (dir) => {
				const run = await tactful(['check', '--format', 'json'], { cwd: dir });
				assert.equal(run.code, 0, run.stderr);
				assert.deepEqual(files(run), ['good.md']);
				assert.match(run.stderr, /image\.md: skipped, binary file/);
				assert.match(run.stderr, /latin1\.txt: skipped, not valid UTF-8 \(first bad byte at offset 3\)/);
				assert.match(run.stderr, /utf16\.txt: skipped, encoded as UTF-16/);
				assert.match(run.stderr, /huge\.txt: skipped, larger than 4 MB, so not a letter/);
				// Named explicitly, a binary file is still a warning, not a failure.
				const named = await tactful(['check', 'image.md'], { cwd: dir });
				assert.equal(named.code, 0);
				assert.match(named.stderr, /image\.md: skipped, binary file/);
			},
		));

	test('a named file that cannot be read exits 2; a file or folder met while walking is skipped with a warning', () =>
		inTree({ 'locked/a.md': letter(), 'open.md': letter(), 'sealed/b.md': letter() }, async (dir) => {
			const { chmodSync } = await import('node:fs');
			chmodSync(dir, 0o755);
			chmodSync(join(dir, 'locked/a.md'), 0o000);
			chmodSync(join(dir, 'sealed'), 0o000);
			const asUser = process.getuid?.() === 0 ? 65534 : undefined;
			try {
				const named = await tactful(['check', 'locked/a.md', 'open.md'], { cwd: dir, uid: asUser });
				assert.equal(named.code, 2);
				assert.match(named.stderr, /locked\/a\.md: cannot read the file: permission denied\./);
				assert.match(named.stdout, /open\.md/, 'the other files are still reported');
				const walked = await tactful(['check', '.'], { cwd: dir, uid: asUser });
				assert.equal(walked.code, 0, walked.stderr);
				assert.match(walked.stderr, /a\.md: cannot read the file: permission denied\. Skipped\./);
				assert.match(walked.stderr, /^tactful: sealed: skipped, cannot read the folder: permission denied\.$/m);
			} finally {
				chmodSync(join(dir, 'locked/a.md'), 0o644);
				chmodSync(join(dir, 'sealed'), 0o755);
			}
		}));
});

describe('config', () => {
	test('.tactfulrc.json files apply from the repository root down; --config replaces them', () =>
		inTree(
			{
				'.tactfulrc.json': JSON.stringify({ rules: { 'no-jargon': 'info' } }),
				'root.md': letter(),
				'team/.tactfulrc.json': JARGON_IS_ERROR,
				'team/a.md': letter(),
				'strict.json': JSON.stringify({ rules: { 'no-jargon': 'hint' } }),
			},
			async (dir) => {
				const severity = (run: Run, file: string) => parseJson(run).find((f) => f.file === file)?.diagnostics.find((x) => x.ruleId === 'no-jargon')?.severity;
				const run = await tactful(['check', '--format', 'json'], { cwd: dir });
				assert.equal(severity(run, 'root.md'), 'info');
				assert.equal(severity(run, join('team', 'a.md')), 'error');
				assert.equal(run.code, 1);
				const explicit = await tactful(['check', '--config', 'strict.json', '--format', 'json'], { cwd: dir });
				assert.equal(severity(explicit, join('team', 'a.md')), 'hint');
				assert.equal(explicit.code, 0);
			},
		));

	test('a config above the repository root does not apply', async () => {
		const outer = tree({ '.tactfulrc.json': JARGON_IS_ERROR, 'repo/a.md': letter() }, { git: false });
		try {
			const { mkdirSync } = await import('node:fs');
			mkdirSync(join(outer, 'repo/.git'));
			const run = await tactful(['check', '--format', 'json'], { cwd: join(outer, 'repo') });
			assert.equal(run.code, 0, run.stderr);
		} finally {
			cleanup(outer);
		}
	});

	test('extends is resolved relative to the file that names it', () =>
		inTree(
			{
				'shared/base.json': JSON.stringify({ rules: { 'no-jargon': 'error' } }),
				'letters/.tactfulrc.json': JSON.stringify({ extends: '../shared/base.json' }),
				'letters/a.md': letter(),
			},
			async (dir) => {
				const run = await tactful(['check', '--format', 'json', 'letters'], { cwd: dir });
				assert.equal(run.code, 1, run.stderr);
			},
		));

	test('config globs (templates, letters, ignore) are relative to the repository root', () =>
		inTree(
			{
				'.tactfulrc.json': JSON.stringify({ letters: ['replies/**'], ignore: ['replies/old/**'] }),
				'replies/plain.txt': 'Hi Sam,\n\nWe don\'t have the bandwidth for this.\n\nJo\n',
				'replies/old/a.txt': 'Hi Sam,\n\nWe don\'t have the bandwidth for this.\n\nJo\n',
			},
			async (dir) => {
				const run = parseJson(await tactful(['check', '--format', 'json', '.'], { cwd: join(dir, 'replies') }));
				assert.equal(run.find((f) => f.file === 'plain.txt')?.letter, true);
				assert.deepEqual(run.find((f) => f.file === join('old', 'a.txt'))?.diagnostics, []);
			},
		));

	test('a bad config exits 2 before any output, with path:line:col for each problem', () =>
		inTree(
			{
				'.tactfulrc.json': '{\n  // comments are fine\n  "rules": {\n    "no-jargn": "error",\n    "no-jargon": "loud"\n  },\n}\n',
				'a.md': letter(),
			},
			async (dir) => {
				const run = await tactful(['check', '--format', 'json'], { cwd: dir });
				assert.equal(run.code, 2);
				assert.equal(run.stdout, '');
				assert.match(run.stderr, /^\.tactfulrc\.json:4:5: Unknown rule "no-jargn"\. Did you mean "no-jargon"\?$/m);
				assert.match(run.stderr, /^\.tactfulrc\.json:5:18: The entry for "no-jargon" must be a severity/m);
				assert.match(run.stderr, /^tactful: 2 config errors; fix them and run again\.$/m);
				assert.ok(!/\n\s+at /.test(run.stderr));
			},
		));

	test('broken JSON, a missing extends target and a missing --config file are clear errors', () =>
		inTree(
			{
				'broken/.tactfulrc.json': '{ "rules": { "no-jargon": "error" ',
				'broken/a.md': letter(),
				'ext/.tactfulrc.json': '{\n  "extends": "./nope.json"\n}\n',
				'ext/a.md': letter(),
			},
			async (dir) => {
				const broken = await tactful(['check', 'broken'], { cwd: dir });
				assert.equal(broken.code, 2);
				assert.match(broken.stderr, /^broken\/\.tactfulrc\.json:1:\d+: Invalid JSON: /m);
				const ext = await tactful(['check', 'ext'], { cwd: dir });
				assert.equal(ext.code, 2);
				assert.match(ext.stderr, /^ext\/\.tactfulrc\.json:2:14: Cannot load "\.\/nope\.json" named in "extends"/m);
				const missing = await tactful(['check', '--config', 'missing.json'], { cwd: dir });
				assert.equal(missing.code, 2);
				assert.match(missing.stderr, /^tactful: missing\.json: cannot read the config file given with --config: no such file or directory\.$/m);
			},
		));
});

describe('template repository', () => {
	// Templates with placeholders pass; a letter sent with a placeholder left in fails. The placeholder check is the
	// engine's no-unfilled-placeholder rule where it exists, else the same check as a custom phrase that fails only
	// outside templates/ (kept in a nested config so templates never see it).
	test('templates with placeholders pass; a letter with an unfilled placeholder fails', async () => {
		const { ruleById } = await import('../../server/src/engine/index');
		const realRule = ruleById('no-unfilled-placeholder') !== undefined;
		const placeholderPhrase = { id: 'placeholder', pattern: '\\{\\{\\s*[A-Za-z_]+\\s*\\}\\}', message: 'Fill in this placeholder before sending.', severity: 'error' };
		const template = (body: string) => `---\ntactful: template\n---\n${body}`;
		const body = 'Hi {{client_name}},\n\nThank you for asking about {{request}}. We don\'t have the time to take it on before {{date}}.\n\nBest,\nJo\n';
		await inTree(
			{
				'.tactfulrc.json': JSON.stringify({ templates: ['templates/**'], rules: realRule ? { 'no-unfilled-placeholder': 'error' } : {} }),
				'templates/decline-deadline.md': body,
				'templates/decline-discount.md': template(body.replace('{{request}}', 'a discount')),
				'sent/.tactfulrc.json': JSON.stringify(realRule ? {} : { phrases: [placeholderPhrase] }),
				'sent/acme.md': `---\ntactful: letter\n---\n${body.replace('{{request}}', 'the new pages').replace('{{date}}', 'March')}`,
			},
			async (dir) => {
				const templates = await tactful(['check', 'templates'], { cwd: dir });
				assert.equal(templates.code, 0, templates.stdout + templates.stderr);
				const all = await tactful(['check', '--format', 'json'], { cwd: dir });
				assert.equal(all.code, 1);
				const sent = parseJson(all).find((f) => f.file === join('sent', 'acme.md'))!;
				const errors = sent.diagnostics.filter((x) => x.severity === 'error');
				assert.equal(errors.length, 1, JSON.stringify(sent.diagnostics));
				assert.equal(errors[0].range.start.line, 3, 'the placeholder in "Hi {{client_name}},"');
				for (const f of parseJson(all).filter((x) => x.file.startsWith('templates'))) assert.equal(f.letter, true);
			},
		);
	});
});
