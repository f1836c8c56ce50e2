/**
 * A folder of 2,000 generated letters: the run finishes, reports every file, and its memory stays bounded (peak
 * RSS under 300 MB, measured inside the CLI process). This checks correctness at scale; speed is measured in bench/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtCli, cleanup, parseJson, tactful, tree } from './helpers';

const COUNT = 2000;
const NAMES = ['Sam', 'Ana', 'Priya', 'Tomás', 'Zoë', 'Kwame', 'Li', 'Olga'];
const ASKS = ['move the launch to Friday', 'a 30% discount', 'three extra landing pages', 'a full refund', 'weekend support'];

function generated(i: number): string {
	const name = NAMES[i % NAMES.length];
	const ask = ASKS[i % ASKS.length];
	const jargon = i % 3 === 0 ? "we don't have the bandwidth" : 'our team is fully booked';
	const body = [
		`Hi ${name},`,
		'',
		`Thank you for asking about ${ask}; I know how much the timing matters to you.`,
		`Unfortunately ${jargon} this month, so we cannot take it on as asked.`,
		`What we could do instead is deliver the first part by the 14th and the rest in May (letter ${i}).`,
		'',
		'Let me know if you would like to talk it through this week.',
		'',
		'Best,',
		'Jo',
		'',
	].join('\n');
	return i % 2 === 0 ? `---\ntactful: letter\n---\n${body}` : body;
}

let dir: string;
before(async () => {
	await builtCli();
	const files: Record<string, string> = {};
	for (let i = 0; i < COUNT; i++) files[`letters/${String(Math.floor(i / 250))}/letter-${i}.${i % 2 === 0 ? 'md' : 'txt'}`] = generated(i);
	// Every file is a letter whatever the step detector makes of it, so the jargon count below is exact.
	files['.tactfulrc.json'] = JSON.stringify({ letters: ['letters/**'] });
	dir = tree(files);
	// Records the CLI's peak memory when it exits.
	writeFileSync(join(dir, 'rss.js'), "process.on('exit', () => require('fs').writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
});
after(() => cleanup(dir));

test(`checks ${COUNT} letters in one run with bounded memory`, async () => {
	const rssFile = join(dir, 'rss.txt');
	const run = await tactful(['check', '--format', 'json', 'letters'], { cwd: dir, nodeArgs: ['--require', join(dir, 'rss.js')], env: { RSS_FILE: rssFile } });
	assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr.slice(0, 2000)}`);
	const files = parseJson(run);
	assert.equal(files.length, COUNT);
	const jargon = files.filter((f) => f.diagnostics.some((d) => d.ruleId === 'no-jargon'));
	assert.equal(jargon.length, Math.ceil(COUNT / 3), 'every third letter has "bandwidth"');
	const maxRssMb = Number(readFileSync(rssFile, 'utf8')) / 1024;
	assert.ok(maxRssMb > 0 && maxRssMb < 300, `peak RSS ${maxRssMb.toFixed(0)} MB`);
	const stylish = await tactful(['check', 'letters'], { cwd: dir });
	assert.match(stylish.stdout, new RegExp(`· ${COUNT} files checked, \\d+ letters\\n$`));
});
