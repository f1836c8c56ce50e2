import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, resolveConfig, type ConfigFile } from '../../server/src/engine/index';

const file = (path: string, text: string): ConfigFile => ({ path, text });

describe('resolveConfig', () => {
	test('null, {} and missing settings are defaults', () => {
		for (const settings of [null, undefined, {}]) {
			const { config, errors } = resolveConfig({ settings });
			assert.deepEqual(errors, []);
			assert.equal(config.scope, 'auto');
		}
	});
	test('precedence: defaults < settings < files (outermost first)', () => {
		const { config } = resolveConfig({
			settings: { scope: 'all', rules: { 'no-jargon': 'error', 'missing-open': 'hint' } },
			files: [file('/a/.tactfulrc.json', '{ "rules": { "no-jargon": "info" } }'), file('/a/b/.tactfulrc.json', '// JSONC\n{ "rules": { "no-jargon": "hint", }, }')],
		});
		assert.equal(config.scope, 'all');
		assert.equal(config.rules['no-jargon'], 'hint');
		assert.equal(config.rules['missing-open'], 'hint');
	});
	test('errors point at the exact place in the file', () => {
		const text = '{\n  "rules": { "no-jargn": "off", "no-jargon": "loud" },\n  "scope": 3,\n  "colour": true\n}';
		const { errors, config } = resolveConfig({ files: [file('rc.json', text)] });
		const found = errors.map((e) => [text.slice(e.start, e.end), e.message]);
		assert.equal(found.length, 4, JSON.stringify(found));
		assert.deepEqual(found[0], ['"no-jargn"', 'Unknown rule "no-jargn". Did you mean "no-jargon"?']);
		assert.equal(found[1][0], '"loud"');
		assert.equal(found[2][0], '3');
		assert.equal(found[3][0], '"colour"');
		assert.equal(config.scope, 'auto', 'defaults stand in for bad values');
	});
	test('malformed JSON: errors with offsets, no throw', () => {
		const text = '{ "rules": { "no-jargon": "off" ';
		const { errors } = resolveConfig({ files: [file('rc.json', text)] });
		assert.ok(errors.length > 0);
		assert.ok(errors.every((e) => e.start >= 0 && e.start <= text.length));
		for (const bad of ['', '[]', '"x"', 'null', '\u0000\u0001', '{"rules": []}', '{"phrases": {}}', '{"phrases": [1, {"message": ""}]}']) {
			assert.doesNotThrow(() => resolveConfig({ files: [file('rc.json', bad)] }));
		}
	});
	test('extends: relative loading, cycles and missing targets are errors', () => {
		const files: Record<string, string> = {
			'/t/base.json': '{ "rules": { "no-jargon": "error" } }',
			'/t/loop-a.json': '{ "extends": "./loop-b.json" }',
			'/t/loop-b.json': '{ "extends": "./loop-a.json" }',
		};
		const load = (ref: string) => {
			const path = '/t/' + ref.replace(/^\.\//, '');
			return files[path] !== undefined ? file(path, files[path]) : undefined;
		};
		const ok = resolveConfig({ files: [file('/t/.tactfulrc.json', '{ "extends": "./base.json", "scope": "all" }')], load });
		assert.deepEqual(ok.errors, []);
		assert.equal(ok.config.rules['no-jargon'], 'error');
		const cyc = resolveConfig({ files: [file('/t/loop-a.json', files['/t/loop-a.json'])], load });
		assert.ok(cyc.errors.some((e) => /cycle/.test(e.message)), JSON.stringify(cyc.errors));
		const text = '{ "extends": ["./nope.json"] }';
		const missing = resolveConfig({ files: [file('/t/rc.json', text)], load });
		assert.equal(missing.errors.length, 1);
		assert.equal(text.slice(missing.errors[0].start, missing.errors[0].end), '"./nope.json"');
	});
	test('custom patterns run in linear time: (a+)+$ on 50,000 a\'s', () => {
		const { config, errors } = resolveConfig({ settings: { scope: 'all', phrases: [{ pattern: '(a+)+$', message: 'm' }] } });
		assert.deepEqual(errors, []);
		// Correctness only; the point is that this returns at all (a backtracking engine would not, in practice).
		const r = lint('a'.repeat(50_000) + '!', { languageId: 'plaintext', config });
		assert.deepEqual(r.findings, []);
	});
	test('untrusted workspace: patterns from files are ignored, literal phrases kept', () => {
		const text = '{ "phrases": [ { "pattern": "fo+", "message": "m" }, { "phrase": "ASAP", "message": "m" } ] }';
		const { config, errors } = resolveConfig({ files: [file('rc.json', text)], trusted: false });
		assert.deepEqual(config.phrases.map((p) => p.phrase ?? p.pattern), ['ASAP']);
		assert.equal(errors.length, 1);
		assert.equal(errors[0].severity, 'warning');
		assert.equal(text.slice(errors[0].start, errors[0].end), '"fo+"');
	});
	test('invalid and backtracking-only pattern syntax is a config error, not a crash', () => {
		const { errors } = resolveConfig({ settings: { phrases: [{ pattern: '(a', message: 'm' }, { pattern: '(\\w)\\1', message: 'backreference' }] } });
		assert.equal(errors.length, 2);
	});
});
