// Static checks of the VS Code extension: the manifest's contributions point at files that exist and say what the
// client registers, the snippets are what client/src/snippets.ts generates and pass Tactful's own checks, the starter
// config is valid, and the .vsix holds only what it should.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { defaultConfig, lint, resolveConfig, ruleById, snippetToPlain, STEP_INFO, STEPS, type LintOptions } from '../server/src/engine';
import { DIRECTIVE_RULES, LETTERS, snippetFiles, snippetsFor, type SnippetEntry } from '../client/src/snippets';
import { STARTER_CONFIG } from '../client/src/starterConfig';

const root = join(__dirname, '..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const pkg = JSON.parse(read('package.json'));
const contributes = pkg.contributes;
const clientSource = readdirSync(join(root, 'client/src')).map((f) => read(`client/src/${f}`)).join('\n');
const asLetter = (languageId: string): LintOptions => ({ languageId, path: 'letter', config: { ...defaultConfig(), letters: ['letter'] } });

describe('snippets', () => {
	test('snippets/*.json are what client/src/snippets.ts generates (regenerate: npx tsx client/src/snippets.ts)', () => {
		for (const [path, content] of snippetFiles()) assert.equal(read(path), content, `${path} is stale`);
	});

	for (const language of ['markdown', 'plaintext'] as const) {
		const file = `snippets/${language}.json`;
		test(`${file}: well formed, unique prefixes, tab stops numbered from 1`, () => {
			const snippets: Record<string, SnippetEntry> = JSON.parse(read(file));
			const prefixes = Object.values(snippets).map((s) => s.prefix);
			assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes are unique');
			for (const [name, s] of Object.entries(snippets)) {
				assert.ok(typeof s.prefix === 'string' && /^(decline|tactful)-[a-z-]+$/.test(s.prefix), `${name}: prefix`);
				assert.ok(Array.isArray(s.body) && s.body.every((l) => typeof l === 'string'), `${name}: body is lines`);
				assert.ok(s.description.length > 20, `${name}: description`);
				const body = s.body.join('\n');
				const stops = [...new Set([...body.matchAll(/\$\{?(\d+)/g)].map((m) => Number(m[1])).filter((n) => n > 0))].sort((a, b) => a - b);
				assert.deepEqual(stops, stops.map((_, i) => i + 1), `${name}: tab stops 1..${stops.length} without gaps`);
				assert.doesNotMatch(snippetToPlain(body), /\$\{|\$\d/, `${name}: every placeholder closes`);
			}
		});

		test(`${file}: one snippet per move, the same sentence the engine and "Insert step…" use`, () => {
			const byPrefix = new Map(Object.values(snippetsFor(language)).map((s) => [s.prefix, s]));
			for (const step of STEPS) assert.deepEqual(byPrefix.get(`decline-${step}`)?.body, [STEP_INFO[step].snippet], step);
			for (const prefix of ['decline-followup', ...Object.keys(LETTERS)]) assert.ok(byPrefix.has(prefix), prefix);
		});

		test(`${file}: each letter skeleton, filled with its defaults, makes all seven moves and passes every check`, () => {
			for (const [prefix, letter] of Object.entries(LETTERS)) {
				const text = snippetToPlain(letter.body.join('\n'));
				const result = lint(text, asLetter(language));
				assert.deepEqual(STEPS.filter((s) => !result.steps[s]), [], `${prefix}: moves the engine does not find`);
				assert.deepEqual(result.findings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), [], `${prefix}: findings`);
			}
		});

		test(`${file}: the follow-up uses no phrase Tactful flags`, () => {
			const followup = Object.values(snippetsFor(language)).find((s) => s.prefix === 'decline-followup')!;
			const text = snippetToPlain(followup.body.join('\n'));
			const phraseFindings = lint(text, asLetter(language)).findings.filter((f) => !f.ruleId.startsWith('missing-'));
			assert.deepEqual(phraseFindings.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`), []);
		});

		test(`${file}: the directive snippets name real rules and switch them off`, () => {
			for (const id of DIRECTIVE_RULES) assert.ok(ruleById(id), `rule ${id} exists`);
			const nextLine = Object.values(snippetsFor(language)).find((s) => s.prefix === 'tactful-disable-next-line')!;
			const directive = snippetToPlain(nextLine.body.join('\n')).trimEnd();
			const letter = (lead: string) => `Hi Sam,\n\nThank you for asking.\n\n${lead}We don't have the bandwidth for this right now.\n\nBest,\nAna\n`;
			const jargon = (text: string) => lint(text, asLetter(language)).findings.filter((f) => f.ruleId === 'no-jargon').length;
			assert.equal(jargon(letter('')), 1, 'the letter has jargon without the directive');
			assert.equal(jargon(letter(`${directive}\n`)), 0, `"${directive}" switches no-jargon off`);
		});
	}
});

describe('package.json contributions', () => {
	test('every path the manifest names exists', () => {
		const paths = [pkg.icon, ...contributes.snippets.map((s: { path: string }) => s.path), ...contributes.grammars.map((g: { path: string }) => g.path), ...contributes.jsonValidation.map((j: { url: string }) => j.url)];
		for (const p of paths) assert.ok(existsSync(join(root, p)), `${p} exists`);
		for (const p of ['LICENSE', 'README.md', 'CHANGELOG.md', '.vscodeignore']) assert.ok(existsSync(join(root, p)), `${p} exists`);
		const outfile = /entryPoints: \['client\/src\/extension\.ts'\], outfile: '([^']+)'/.exec(read('scripts/build.mjs'))?.[1];
		assert.equal(`./${outfile}`, pkg.main, 'main is the bundle of client/src/extension.ts');
	});

	test('the icon is a 128×128 PNG', () => {
		const png = readFileSync(join(root, pkg.icon));
		assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
		assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
	});

	test('activation: Markdown, plain text and workspaces with a .tactfulrc.json', () => {
		assert.deepEqual([...pkg.activationEvents].sort(), ['onLanguage:markdown', 'onLanguage:plaintext', 'workspaceContains:**/.tactfulrc.json']);
	});

	test('the contributed commands are the ones the client registers', () => {
		const contributed = contributes.commands.map((c: { command: string }) => c.command).sort();
		const registered = [...clientSource.matchAll(/registerCommand\(\s*'([^']+)'/g)].map((m) => m[1]);
		registered.push(/CHECKLIST_COMMAND = '([^']+)'/.exec(clientSource)![1]);
		assert.deepEqual(contributed, registered.sort());
		for (const c of contributes.commands) assert.equal(c.category, 'Tactful', c.command);
		for (const m of contributes.menus.commandPalette) assert.ok(contributed.includes(m.command), m.command);
	});

	test('every setting of the protocol is contributed and described; trust restrictions name real settings', () => {
		const protocol = read('server/src/protocol.ts');
		const block = /export interface TactfulSettings \{([\s\S]*?)\n\}/.exec(protocol)![1];
		const keys = [...block.matchAll(/^\t(\w+)\?:/gm)].map((m) => `tactful.${m[1]}`);
		assert.ok(keys.length >= 7);
		const props = contributes.configuration.properties;
		for (const k of keys) assert.ok(props[k], `${k} is contributed`);
		for (const [k, p] of Object.entries<{ markdownDescription?: string; description?: string }>(props)) assert.ok((p.markdownDescription ?? p.description ?? '').length > 30, `${k} has a description`);
		for (const k of pkg.capabilities.untrustedWorkspaces.restrictedConfigurations) assert.ok(props[k], `${k} exists`);
		assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
	});

	test('.tactfulrc.json is JSON with comments and validated against the schema', () => {
		assert.ok(contributes.languages.some((l: { id: string; filenames?: string[] }) => l.id === 'jsonc' && l.filenames?.includes('.tactfulrc.json')));
		assert.ok(contributes.jsonValidation.some((j: { fileMatch: string; url: string }) => j.fileMatch === '.tactfulrc.json' && j.url === './schemas/tactfulrc.schema.json'));
	});
});

describe('docs/vscode.md', () => {
	const doc = read('docs/vscode.md');
	test('documents every setting, command and snippet prefix', () => {
		for (const key of Object.keys(contributes.configuration.properties)) assert.ok(doc.includes(`\`${key}\``), `setting ${key}`);
		for (const { command, title } of contributes.commands) assert.ok(doc.includes(`\`${command}\``) && doc.includes(`Tactful: ${title}`), `command ${command}`);
		for (const language of ['markdown', 'plaintext'] as const) for (const s of Object.values(snippetsFor(language))) assert.ok(doc.includes(`\`${s.prefix}\``), `snippet ${s.prefix}`);
	});

	test('every screenshot it shows exists', () => {
		const images = [...doc.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
		assert.ok(images.length >= 5);
		for (const img of images) assert.ok(existsSync(join(root, 'docs', img)), img);
	});
});

describe('"Tactful: Create .tactfulrc.json"', () => {
	test('the starter config parses, resolves without errors and matches the schema', () => {
		const errors: ParseError[] = [];
		const value = parseJsonc(STARTER_CONFIG, errors, { allowTrailingComma: false });
		assert.deepEqual(errors, []);
		const resolved = resolveConfig({ files: [{ path: '/work/.tactfulrc.json', text: STARTER_CONFIG }] });
		assert.deepEqual(resolved.errors, []);
		assert.equal(resolved.config.rules['no-jargon'], 'warning');
		const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(read('schemas/tactfulrc.schema.json')));
		assert.ok(validate(value), JSON.stringify(validate.errors));
	});
});

describe('the .vsix', () => {
	test('`vsce ls` lists only the bundles, snippets, grammars, schema, rule docs, README, CHANGELOG, LICENSE, icon and manifest', () => {
		const listed = execFileSync(process.execPath, [join(root, 'node_modules/@vscode/vsce/vsce'), 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
			.split('\n')
			.map((l) => l.trim())
			.filter(Boolean);
		const allowed = [/^dist\/(client|server|server-main)\.js$/, /^snippets\/\w+\.json$/, /^syntaxes\/[\w.]+\.json$/, /^schemas\/[\w.]+\.json$/, /^docs\/rules\/[\w-]+\.md$/, /^(README|CHANGELOG)\.md$/, /^LICENSE$/, /^images\/icon\.png$/, /^package\.json$/];
		for (const f of listed) assert.ok(allowed.some((r) => r.test(f)), `${f} should not be in the .vsix`);
		const required = ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'images/icon.png', 'snippets/markdown.json', 'snippets/plaintext.json', 'schemas/tactfulrc.schema.json', ...contributes.grammars.map((g: { path: string }) => g.path.slice(2))];
		if (existsSync(join(root, 'dist/client.js'))) required.push('dist/client.js', 'dist/server.js', 'dist/server-main.js');
		for (const f of required) assert.ok(listed.includes(f), `${f} is in the .vsix`);
	});
});
