// Tokenizer test for syntaxes/: the grammars load in vscode-textmate (VS Code's tokenizer, with the oniguruma
// regex engine VS Code uses) and give placeholders and directives their scopes in plain text and Markdown, and
// nothing inside code or links. Markdown runs against a small stand-in with the real grammar's scope names, and
// against VS Code's own Markdown grammar when code-server is installed (scripts/install-e2e.sh).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type IOnigLib, type StateStack } from 'vscode-textmate';

const root = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const REAL_MARKDOWN = join(root, '.tactful-e2e/code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json');

/** The Markdown scopes the injection selector cares about, as VS Code's Markdown grammar names them. */
const STANDIN_MARKDOWN = {
	scopeName: 'text.html.markdown',
	patterns: [
		{ name: 'markup.fenced_code.block.markdown', begin: '^(`{3,})', end: '^(`{3,})\\s*$' },
		{ name: 'markup.inline.raw.string.markdown', match: '`[^`]+`' },
		{ name: 'meta.link.inline.markdown', match: '\\[[^\\]]*\\]\\([^)]*\\)' },
		{ name: 'comment.block.html', begin: '<!--', end: '-->' },
	],
};

let onig: Promise<IOnigLib> | undefined;
function onigLib(): Promise<IOnigLib> {
	onig ??= oniguruma.loadWASM(readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm')).buffer as ArrayBuffer).then(() => ({
		createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
		createOnigString: (s: string) => new oniguruma.OnigString(s),
	}));
	return onig;
}

/** Grammar files by scope name, as package.json contributes them. */
function contributedGrammars(): Map<string, { path: string; injectTo?: string[] }> {
	const out = new Map<string, { path: string; injectTo?: string[] }>();
	for (const g of pkg.contributes.grammars) out.set(g.scopeName, { path: join(root, g.path), injectTo: g.injectTo });
	return out;
}

async function grammarFor(scopeName: string, markdown: 'standin' | 'real'): Promise<IGrammar> {
	const ours = contributedGrammars();
	const registry = new Registry({
		onigLib: onigLib(),
		async loadGrammar(scope) {
			const own = ours.get(scope);
			if (own) return parseRawGrammar(readFileSync(own.path, 'utf8'), own.path);
			if (scope === 'text.html.markdown') {
				return markdown === 'real' ? parseRawGrammar(readFileSync(REAL_MARKDOWN, 'utf8'), REAL_MARKDOWN) : parseRawGrammar(JSON.stringify(STANDIN_MARKDOWN), 'standin.json');
			}
			return null;
		},
		getInjections: (scope) => [...ours].filter(([, g]) => g.injectTo?.includes(scope)).map(([name]) => name),
	});
	const grammar = await registry.loadGrammar(scopeName);
	assert.ok(grammar, `grammar ${scopeName} loads`);
	return grammar;
}

interface Token {
	text: string;
	scopes: string[];
}

function tokenize(grammar: IGrammar, text: string): Token[] {
	const out: Token[] = [];
	let state: StateStack = INITIAL;
	for (const line of text.split('\n')) {
		const r = grammar.tokenizeLine(line, state);
		for (const t of r.tokens) out.push({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes });
		state = r.ruleStack;
	}
	return out;
}

/** The scopes of the token that covers `text` exactly (fails when none does). */
function scopesOf(tokens: Token[], text: string): string[] {
	const t = tokens.find((x) => x.text === text);
	assert.ok(t, `a token "${text}" in ${JSON.stringify(tokens.map((x) => x.text))}`);
	return t.scopes;
}

function assertScope(tokens: Token[], text: string, scope: string): void {
	const scopes = scopesOf(tokens, text);
	assert.ok(scopes.includes(scope), `"${text}" has ${scope} (has ${scopes.join(' ')})`);
}

function hasTactfulScope(tokens: Token[]): boolean {
	return tokens.some((t) => t.scopes.some((s) => s.endsWith('.tactful') && s !== 'text.plain.tactful'));
}

describe('grammar contributions', () => {
	test('every grammar is valid JSON with the scope name package.json gives it', () => {
		for (const [scope, g] of contributedGrammars()) {
			const raw = JSON.parse(readFileSync(g.path, 'utf8'));
			assert.equal(raw.scopeName, scope, g.path);
		}
		const injection = pkg.contributes.grammars.find((g: { injectTo?: string[] }) => g.injectTo);
		assert.deepEqual(injection.injectTo.sort(), ['text.html.markdown', 'text.plain.tactful']);
		assert.ok(pkg.contributes.grammars.some((g: { language?: string; scopeName: string }) => g.language === 'plaintext' && g.scopeName === 'text.plain.tactful'));
	});
});

describe('plain text', () => {
	test('{{placeholder}} and [Client Name] are template variables', async () => {
		const g = await grammarFor('text.plain.tactful', 'standin');
		const tokens = tokenize(g, 'Dear {{client_name}}, thanks from [Your Name] at [ACME_CORP].');
		assertScope(tokens, 'client_name', 'variable.other.placeholder.tactful');
		assertScope(tokens, '{{', 'punctuation.definition.template-expression.begin.tactful');
		assertScope(tokens, 'Your Name', 'variable.other.placeholder.tactful');
		assertScope(tokens, 'ACME_CORP', 'variable.other.placeholder.tactful');
		assert.ok(scopesOf(tokens, 'Dear ').every((s) => s === 'text.plain.tactful'));
	});

	test('a bare directive line and the comment form are directives with rule ids', async () => {
		const g = await grammarFor('text.plain.tactful', 'standin');
		const bare = tokenize(g, 'tactful-disable-next-line no-jargon missing-open');
		assertScope(bare, 'tactful-disable-next-line', 'keyword.control.directive.tactful');
		assertScope(bare, 'no-jargon', 'variable.parameter.rule.tactful');
		assertScope(bare, 'missing-open', 'comment.line.directive.tactful');
		const comment = tokenize(g, 'We lack the bandwidth. <!-- tactful-disable-line no-jargon -->');
		assertScope(comment, 'tactful-disable-line', 'keyword.control.directive.tactful');
		assertScope(comment, '-->', 'punctuation.definition.comment.end.tactful');
	});

	test('ordinary brackets, braces and mentions of directives stay plain', async () => {
		const g = await grammarFor('text.plain.tactful', 'standin');
		for (const line of ['see [the notes] and [x] and [A]', 'a {single} brace or {{ }}', 'You can write tactful-disable-line in a letter.', '[Client Portal](https://example.invalid)']) {
			assert.equal(hasTactfulScope(tokenize(g, line)), false, line);
		}
	});
});

for (const markdown of ['standin', 'real'] as const) {
	const skip = markdown === 'real' && !existsSync(REAL_MARKDOWN) ? 'VS Code\'s Markdown grammar comes with code-server: run scripts/install-e2e.sh' : false;
	describe(`markdown (${markdown === 'real' ? "VS Code's grammar" : 'stand-in grammar'})`, { skip }, () => {
		test('placeholders in prose are template variables', async () => {
			const g = await grammarFor('text.html.markdown', markdown);
			const tokens = tokenize(g, 'Hi {{client_name}},\n\nThank you, [Client Name], for asking.');
			assertScope(tokens, 'client_name', 'variable.other.placeholder.tactful');
			assertScope(tokens, 'Client Name', 'variable.other.placeholder.tactful');
		});

		test('directive comments get a keyword and rule ids; other comments stay comments', async () => {
			const g = await grammarFor('text.html.markdown', markdown);
			const tokens = tokenize(g, '<!-- tactful-disable-next-line no-jargon -->\nWe lack the bandwidth.');
			assertScope(tokens, 'tactful-disable-next-line', 'keyword.control.directive.tactful');
			assertScope(tokens, 'no-jargon', 'variable.parameter.rule.tactful');
			const inline = tokenize(g, 'We lack the bandwidth. <!-- tactful-disable-line no-jargon -->');
			assertScope(inline, 'tactful-disable-line', 'keyword.control.directive.tactful');
			assert.equal(hasTactfulScope(tokenize(g, '<!-- a note to self -->')), false);
		});

		test('nothing inside code, links or a bare directive line', async () => {
			const g = await grammarFor('text.html.markdown', markdown);
			const cases = [
				'Use `{{client_name}}` in templates.',
				'```\nDear {{client_name}},\n[Client Name]\n<!-- tactful-disable -->\n```',
				'See [Client Portal](https://example.invalid) and ![Logo](logo.png).',
				'tactful-disable-next-line no-jargon',
			];
			for (const text of cases) assert.equal(hasTactfulScope(tokenize(g, text)), false, text);
		});
	});
}
