/** Every `tactful …` command shown in docs/cli.md, the workflow example and the pre-commit hooks is a valid command line. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from '../../server/src/cli/args';
import { helpText } from '../../server/src/cli/help';
import { REPO } from './helpers';

/** Command lines after `tactful` (or `npx tactful`, `entry: tactful`), up to a comment, `||` or the line's end. */
function commandLines(text: string): string[][] {
	const out: string[][] = [];
	for (const m of text.matchAll(/(?:^|[\s`:])(?:npx )?tactful((?: +[^\s#|`]+)*)/gm)) {
		const words = m[1].trim().split(/ +/).filter(Boolean).map((w) => w.replace(/^["']|["']$/g, ''));
		// Synopses (`tactful check [options] [paths…]`) are not command lines.
		if (words.some((w) => /[[<…]|\.\.\./.test(w))) continue;
		if (words.length > 0 && /^(check|rules|init|--)/.test(words[0])) out.push(words);
	}
	return out;
}

test('the commands in the CLI docs, the workflow example and the pre-commit hooks parse', () => {
	const sources = ['docs/cli.md', 'docs/examples/github-workflow.yml', '.pre-commit-hooks.yaml'];
	let count = 0;
	for (const source of sources) {
		for (const words of commandLines(readFileSync(join(REPO, source), 'utf8'))) {
			assert.doesNotThrow(() => parseArgs(words), `${source}: tactful ${words.join(' ')}`);
			count++;
		}
	}
	assert.ok(count >= 15, `found only ${count} commands`);
});

test('every option in `tactful check --help` is documented in docs/cli.md', () => {
	const docs = readFileSync(join(REPO, 'docs/cli.md'), 'utf8');
	for (const [option] of helpText('check').matchAll(/--[a-z-]+/g)) assert.ok(docs.includes(`\`${option}`) || docs.includes(` ${option}`), option);
});
