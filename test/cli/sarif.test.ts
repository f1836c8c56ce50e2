/**
 * `--format sarif` is valid SARIF 2.1.0. The schema in sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 schema
 * (rtm.5, the final 2.1.0 text) exactly as shipped in the MIT-licensed npm package @microsoft/jest-sarif@1.0.0-beta.0
 * (lib/schemas/sarif-2.1.0-rtm.5.json). It is draft-04 JSON Schema: its top-level `id` is renamed `$id` for Ajv 8,
 * which otherwise reads it unchanged.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { builtCli, cleanup, letter, tactful, tree } from './helpers';
import { rules } from '../../server/src/engine/index';

let compiled: ReturnType<Ajv['compile']> | undefined;

function sarifValidator() {
	if (compiled) return compiled;
	const schema = JSON.parse(readFileSync(join(__dirname, 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
	schema.$id = schema.id;
	delete schema.id;
	delete schema.$schema;
	// unicodeRegExp off: the schema's language pattern has a stray `]` that only non-unicode regular expressions accept.
	const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
	ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && !/\s/.test(s));
	ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s));
	ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
	compiled = ajv.compile(schema);
	return compiled;
}

interface Log {
	version: string;
	runs: Array<{
		tool: { driver: { name: string; rules: Array<{ id: string; helpUri?: string; help?: { text: string } }> } };
		columnKind: string;
		results: Array<{
			ruleId: string;
			ruleIndex: number;
			level: string;
			message: { text: string };
			locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }>;
			fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ insertedContent: { text: string } }> }> }>;
		}>;
	}>;
}

let dir: string;
const LETTER = letter();
before(async () => {
	await builtCli();
	dir = tree({
		'.tactfulrc.json': JSON.stringify({ rules: { 'no-jargon': 'error' }, phrases: [{ id: 'asap', phrase: 'before the launch', message: 'Give the client a date.' }] }),
		'letters/my reply.md': LETTER,
	});
});
after(() => cleanup(dir));

describe('sarif', () => {
	test('the validator rejects what is not SARIF (so the next test can fail)', () => {
		const validate = sarifValidator();
		assert.equal(validate({ version: '2.1.0', runs: [] }), true);
		assert.equal(validate({ version: '2.0.0', runs: [] }), false);
		assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }), false);
		assert.equal(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] }), false);
	});

	test('is valid SARIF 2.1.0 with every rule (help text, help URI) and one result per finding', async () => {
		const run = await tactful(['check', '--format', 'sarif', 'letters'], { cwd: dir });
		assert.equal(run.code, 1, run.stderr);
		const log = JSON.parse(run.stdout) as Log;
		const validate = sarifValidator();
		assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
		assert.equal(log.version, '2.1.0');
		const [sarifRun] = log.runs;
		assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
		const descriptors = sarifRun.tool.driver.rules;
		for (const { meta } of rules) {
			const d = descriptors.find((r) => r.id === meta.id);
			assert.ok(d, meta.id);
			assert.ok(d.help?.text.includes(meta.description), meta.id);
			assert.match(d.helpUri ?? '', new RegExp(`^https?://.+/docs/rules/${meta.id}\\.md$`));
		}
		assert.ok(descriptors.some((r) => r.id === 'custom/asap'), 'custom phrase rules are described too');
		for (const r of sarifRun.results) assert.equal(descriptors[r.ruleIndex].id, r.ruleId);

		const jargon = sarifRun.results.filter((r) => r.ruleId === 'no-jargon');
		assert.equal(jargon.length, 1);
		assert.equal(jargon[0].level, 'error');
		const { artifactLocation, region } = jargon[0].locations[0].physicalLocation;
		assert.deepEqual(artifactLocation, { uri: 'letters/my%20reply.md', uriBaseId: 'SRCROOT' });
		const lines = LETTER.split('\n');
		const line = lines.findIndex((l) => l.includes('bandwidth'));
		const col = lines[line].indexOf('bandwidth');
		assert.deepEqual(region, { startLine: line + 1, startColumn: col + 1, endLine: line + 1, endColumn: col + 1 + 'bandwidth'.length });
		assert.equal(jargon[0].fixes?.[0].artifactChanges[0].replacements[0].insertedContent.text, 'time');
		assert.ok(sarifRun.results.some((r) => r.ruleId === 'custom/asap' && r.level === 'warning'));
	});

	test('a run with no findings is still a valid log', async () => {
		const d = tree({ 'notes.md': '# Notes\n\nNothing to see.\n' });
		try {
			const run = await tactful(['check', '--format', 'sarif', '--output-file', 'out.sarif'], { cwd: d });
			assert.equal(run.code, 0, run.stderr);
			assert.equal(run.stdout, '');
			const log = JSON.parse(readFileSync(join(d, 'out.sarif'), 'utf8')) as Log;
			assert.equal(sarifValidator()(log), true);
			assert.deepEqual(log.runs[0].results, []);
		} finally {
			cleanup(d);
		}
	});
});
