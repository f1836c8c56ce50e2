import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import Ajv from 'ajv';
import { rules, STEPS } from '../server/src/engine/index';
import { generatedFiles, configSchema } from '../scripts/generated';

test('generated docs and schema match the rule metadata (run `npm run generate`)', () => {
	const stale: string[] = [];
	for (const [path, content] of generatedFiles()) {
		if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(path);
	}
	const pages = readdirSync('docs/rules').filter((f) => f !== 'README.md').map((f) => f.replace(/\.md$/, ''));
	const extra = pages.filter((p) => !rules.some((r) => r.meta.id === p));
	assert.deepEqual({ stale, extra }, { stale: [], extra: [] });
});

test('every rule has complete metadata', () => {
	const ids = new Set<string>();
	for (const { meta } of rules) {
		assert.match(meta.id, /^[a-z]+(?:-[a-z]+)*$/, `${meta.id}: kebab-case id`);
		assert.ok(!ids.has(meta.id), `${meta.id}: duplicate id`);
		ids.add(meta.id);
		assert.ok(meta.step === null || STEPS.includes(meta.step), `${meta.id}: step`);
		assert.ok(meta.description.length > 10 && meta.rationale.length > 40, `${meta.id}: description and rationale`);
		assert.ok(meta.examples.length > 0, `${meta.id}: at least one example`);
	}
});

test('the config schema accepts good configs and rejects bad ones', () => {
	const validate = new Ajv({ strict: false }).compile(configSchema());
	const good = { scope: 'all', stepSeverity: 'info', rules: { [rules[0].meta.id]: 'off', [rules[1].meta.id]: { severity: 'error' } }, phrases: [{ phrase: 'ASAP', message: 'Give a date.' }], templates: ['templates/**'] };
	assert.ok(validate(good), JSON.stringify(validate.errors));
	assert.equal(validate({ rules: { 'no-such-rule': 'off' } }), false);
	assert.equal(validate({ scope: 'sometimes' }), false);
	assert.equal(validate({ phrases: [{ message: 'no phrase or pattern' }] }), false);
});

test('package.json contributes paths exist', () => {
	const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
	const paths: string[] = [];
	const walk = (v: unknown) => {
		if (typeof v === 'string' && /^\.?\/?(?:snippets|syntaxes|schemas|images|dist)\//.test(v)) paths.push(v);
		else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	walk(pkg.contributes ?? {});
	if (pkg.icon) paths.push(pkg.icon);
	const missing = paths.filter((p) => !p.startsWith('./dist/') && !p.startsWith('dist/') && !existsSync(p));
	assert.deepEqual(missing, []);
});
