/**
 * `tactful check --cache`: a run reuses the results of files unchanged since the last one, and prints exactly what a
 * run without the cache prints. A changed file, a changed config or a damaged cache file is never served stale.
 * TACTFUL_DEBUG=1 says how many files were reused.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtCli, cleanup, JARGON_IS_ERROR, letter, NOTES, tactful, tree } from './helpers';

let dir: string;
before(async () => {
	await builtCli();
	const files: Record<string, string | Buffer> = { 'notes.txt': NOTES, 'binary.md': Buffer.from([0x23, 0, 1]) };
	for (let i = 0; i < 6; i++) files[`letters/l${i}.md`] = letter(`Sam ${i}`);
	dir = tree(files);
});
after(() => cleanup(dir));

async function run(args: string[]) {
	const r = await tactful(['check', ...args], { cwd: dir, env: { TACTFUL_DEBUG: '1' } });
	const reused = /cache reused (\d+) of (\d+) files/.exec(r.stderr);
	const status = /tactful: debug: cache file .*: (.*)\n/.exec(r.stderr);
	return { ...r, reused: reused ? Number(reused[1]) : undefined, status: status?.[1], stderr: r.stderr.replace(/tactful: debug: .*\n/g, '') };
}

describe('--cache', () => {
	test('reuses unchanged files and prints what an uncached run prints', async () => {
		// Every format: the workflow example (docs/examples/github-workflow.yml) runs --format github, then --format sarif
		// reusing its results.
		for (const format of ['stylish', 'json', 'github', 'sarif']) {
			const plain = await run(['--format', format, '.']);
			const first = await run(['--cache', '--format', format, '.']);
			const second = await run(['--cache', '--format', format, '.']);
			assert.equal(second.reused, 7, 'every file read as text is reused');
			for (const r of [first, second]) {
				assert.equal(r.stdout, plain.stdout);
				assert.equal(r.stderr, plain.stderr);
				assert.equal(r.code, plain.code);
			}
			assert.match(plain.stdout, /no-jargon/);
			assert.match(plain.stderr, /binary\.md: skipped/);
		}
		assert.ok(existsSync(join(dir, '.tactfulcache')));
	});

	test('a changed file, or a changed config, is checked again', async () => {
		await run(['--cache', '.']);
		writeFileSync(join(dir, 'letters/l0.md'), letter('Sam 0').replace('the bandwidth', 'the time'));
		const edited = await run(['--cache', '--format', 'json', '.']);
		assert.equal(edited.reused, 6);
		const l0 = (JSON.parse(edited.stdout) as Array<{ file: string; diagnostics: Array<{ ruleId: string }> }>).find((f) => f.file === 'letters/l0.md')!;
		assert.ok(!l0.diagnostics.some((d) => d.ruleId === 'no-jargon'));
		writeFileSync(join(dir, '.tactfulrc.json'), JARGON_IS_ERROR);
		try {
			const configured = await run(['--cache', '.']);
			assert.equal(configured.reused, 0);
			assert.equal(configured.code, 1, 'no-jargon is an error now');
			assert.equal(configured.stdout, (await run(['.'])).stdout);
		} finally {
			cleanup(join(dir, '.tactfulrc.json'));
		}
	});

	test('a run that reuses every result leaves the cache file alone; a changed file rewrites it', async () => {
		const cache = join(dir, '.tactfulcache');
		await run(['--cache', '.']);
		const before = statSync(cache);
		const again = await run(['--cache', '.']);
		assert.equal(again.reused, 7);
		const after = statSync(cache);
		assert.equal(after.ino, before.ino, 'not replaced');
		assert.equal(after.mtimeMs, before.mtimeMs, 'not written');
		const original = readFileSync(join(dir, 'letters/l3.md'), 'utf8');
		writeFileSync(join(dir, 'letters/l3.md'), original.replace('the launch', 'the release'));
		try {
			assert.equal((await run(['--cache', '.'])).reused, 6);
			assert.notEqual(statSync(cache).ino, before.ino, 'rewritten (a new file renamed over the old one)');
			assert.equal((await run(['--cache', '.'])).reused, 7, 'the new result was kept');
		} finally {
			writeFileSync(join(dir, 'letters/l3.md'), original);
		}
	});

	test("the strings of a result that changed leave the cache file's table", async () => {
		const cache = join(dir, '.tactfulcache');
		const strings = () => (JSON.parse(readFileSync(cache, 'utf8')) as { strings: string[] }).strings;
		const original = readFileSync(join(dir, 'letters/l4.md'), 'utf8');
		writeFileSync(join(dir, 'letters/l4.md'), `${original}\nOur synergy will help.\n`);
		try {
			await run(['--cache', '.']);
			assert.ok(strings().some((s) => s.includes('"synergy"')), 'the new finding is kept');
		} finally {
			writeFileSync(join(dir, 'letters/l4.md'), original);
		}
		assert.equal((await run(['--cache', '.'])).reused, 6);
		const table = strings();
		assert.ok(!table.some((s) => s.includes('"synergy"')), 'no longer used, so gone');
		assert.equal(new Set(table).size, table.length, 'each string once');
	});

	test('text past ASCII is cached as escapes, and a cache file holding it as UTF-8 reads back the same', async () => {
		const phrases = JSON.stringify({ phrases: [{ phrase: 'extra pages', message: 'Say which pages \u2014 \u201call of them\u201d? Zo\u00eb \ud83d\ude4f', id: 'which-pages' }] });
		const own = tree({ '.tactfulrc.json': phrases, 'a.md': letter('Zo\u00eb \u{1f600}'), 'b.md': letter('Ana') });
		try {
			const go = (args: string[]) => tactful(['check', ...args], { cwd: own, env: { TACTFUL_DEBUG: '1' } });
			const plain = await go(['.']);
			assert.match(plain.stdout, /Say which pages \u2014 \u201call of them\u201d\? Zo\u00eb \u{1f64f}/u);
			await go(['--cache', '.']);
			const bytes = readFileSync(join(own, '.tactfulcache'));
			assert.ok(bytes.every((b) => b < 0x80), 'ASCII only');
			assert.match(bytes.toString(), /\\u201call of them/);
			const ascii = await go(['--cache', '.']);
			assert.match(ascii.stderr, /cache reused 2 of 2 files/);
			assert.equal(ascii.stdout, plain.stdout);
			// The same cache with the escapes written out as UTF-8 (as a tool that rewrites JSON would): still reused, same text.
			const utf8 = bytes.toString().replace(/\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|\\u([0-9a-f]{4})/g, (_, hi, lo, one) =>
				one ? String.fromCharCode(parseInt(one, 16)) : String.fromCharCode(parseInt(hi, 16), parseInt(lo, 16)));
			assert.ok(utf8.includes('\u201call of them'));
			writeFileSync(join(own, '.tactfulcache'), utf8);
			const again = await go(['--cache', '.']);
			assert.match(again.stderr, /cache reused 2 of 2 files/);
			assert.equal(again.stdout, plain.stdout);
		} finally {
			cleanup(own);
		}
	});

	test('a file that stopped being text, or became a folder, since the last run is reported as without the cache', async () => {
		const own = tree({ 'a.md': letter('Ana'), 'b.md': letter('Ben'), 'c.md': letter('Cy') });
		try {
			const go = (args: string[]) => tactful(['check', ...args, 'a.md', 'b.md', 'c.md'], { cwd: own, env: { TACTFUL_DEBUG: '1' } });
			assert.match((await go(['--cache'])).stderr, /cache reused 0 of 3 files/);
			writeFileSync(join(own, 'a.md'), Buffer.from([0x23, 0x20, 0, 1, 2]));
			writeFileSync(join(own, 'b.md'), Buffer.concat([Buffer.from(letter('Ben')), Buffer.from([0xc3, 0x28])]));
			cleanup(join(own, 'c.md'));
			mkdirSync(join(own, 'c.md'));
			writeFileSync(join(own, 'c.md', 'inside.md'), letter('Di'));
			const plain = await go([]);
			assert.match(plain.stderr, /a\.md: skipped, binary file/);
			assert.match(plain.stderr, /b\.md: skipped, not valid UTF-8/);
			for (const pass of ['after the change', 'again']) {
				const cached = await go(['--cache']);
				assert.equal(cached.stdout, plain.stdout, pass);
				assert.equal(cached.stderr.replace(/tactful: debug: .*\n/g, ''), plain.stderr.replace(/tactful: debug: .*\n/g, ''), pass);
				assert.equal(cached.code, plain.code, pass);
				assert.match(cached.stderr, pass === 'again' ? /cache reused 1 of 3 files/ : /cache reused 0 of 3 files/, pass);
			}
		} finally {
			cleanup(own);
		}
	});

	test('a damaged cache file is ignored and replaced', async () => {
		const plain = await run(['.']);
		const why: Record<string, string> = {
			'{"format":2,"salt":"': 'not JSON',
			null: 'not a cache file of this format',
			// What Tactful wrote before the compact format (session 15).
			'{"format":1,"salt":"x","files":{}}': 'not a cache file of this format',
			'{"format":2,"salt":"x","strings":[],"files":{}}': 'written by another build of Tactful (x)',
			'': 'not JSON',
		};
		for (const [damage, status] of Object.entries(why)) {
			writeFileSync(join(dir, '.tactfulcache'), damage);
			const r = await run(['--cache', '.']);
			assert.equal(r.status, status, `TACTFUL_DEBUG says why: ${damage}`);
			assert.equal(r.reused, 0, damage);
			assert.equal(r.stdout, plain.stdout, damage);
			assert.equal(r.code, plain.code, damage);
			const again = await run(['--cache', '.']);
			assert.equal(again.reused, 7, `${damage}: rewritten`);
			assert.equal(again.status, '7 entries');
		}
	});

	test("checking some files keeps the other files' entries, but not those of files that are gone", async () => {
		const own = tree({ 'a.md': letter('Ana'), 'b.md': letter('Bo'), 'c.md': letter('Cy') });
		try {
			const go = (args: string[]) => tactful(['check', '--cache', ...args], { cwd: own, env: { TACTFUL_DEBUG: '1' } });
			const entries = () => Object.keys((JSON.parse(readFileSync(join(own, '.tactfulcache'), 'utf8')) as { files: object }).files).map((abs) => basename(abs)).sort();
			await go(['.']);
			assert.deepEqual(entries(), ['a.md', 'b.md', 'c.md']);
			cleanup(join(own, 'b.md'));
			writeFileSync(join(own, 'a.md'), letter('Ana').replace('the bandwidth', 'the time'));
			// Only a.md is checked (a pre-commit hook's staged file): c.md's entry stays, the deleted b.md's goes.
			assert.match((await go(['a.md'])).stderr, /cache reused 0 of 1 files/);
			assert.deepEqual(entries(), ['a.md', 'c.md']);
			assert.match((await go(['.'])).stderr, /cache reused 2 of 2 files/);
		} finally {
			cleanup(own);
		}
	});

	test('a damaged entry is not reused: its file is linted again and the entry replaced', async () => {
		const plain = await run(['--format', 'json', '.']);
		await run(['--cache', '.']);
		const path = join(dir, '.tactfulcache');
		const good = JSON.parse(readFileSync(path, 'utf8')) as { salt: string; strings: string[]; files: Record<string, { key: string; events: Array<{ r?: [string, number, string, number, number[]] }> }> };
		const entry = Object.entries(good.files).find(([abs]) => abs.endsWith('l2.md'))!;
		const flat = entry[1].events[0].r![4];
		// The damages below follow the layout (cacheFormat.ts): the third number is the severity, the ninth the number of fixes.
		assert.equal(good.strings[flat[2]], 'warning');
		assert.ok(flat[8] > 0, 'the first diagnostic has fixes');
		const message = good.strings.findIndex((s) => s.includes('jargon'));
		assert.ok(message >= 0);
		const damages: Record<string, (f: number[]) => unknown[]> = {
			'string index past the table': (f) => [f[0] + good.strings.length, ...f.slice(1)],
			'severity naming another string': (f) => [f[0], f[1], message, ...f.slice(3)],
			'step out of range': (f) => [f[0], 7, ...f.slice(2)],
			'cut short': (f) => f.slice(0, -1),
			'one number too many': (f) => [...f, 0],
			'a position that is not a count': (f) => [...f.slice(0, 4), -1, ...f.slice(5)],
			'a string where a number goes': (f) => [f[0], f[1], f[2], 'x', ...f.slice(4)],
			'fix count past the end': (f) => [...f.slice(0, 8), 1e6, ...f.slice(9)],
		};
		for (const [what, damage] of Object.entries(damages)) {
			const copy = structuredClone(good);
			copy.files[entry[0]].events[0].r![4] = damage(flat) as number[];
			writeFileSync(path, JSON.stringify(copy));
			const r = await run(['--cache', '--format', 'json', '.']);
			assert.equal(r.reused, 6, `${what}: l2.md is linted, the others reused`);
			assert.equal(r.stdout, plain.stdout, what);
			assert.equal(r.code, plain.code, what);
			assert.equal((await run(['--cache', '.'])).reused, 7, `${what}: the entry was replaced`);
		}
	});

	test('the bundle carries a hash of itself, which tells builds apart without reading it', async () => {
		const { BUILD_ID_PLACEHOLDER } = (await import(pathToFileURL(join(__dirname, '../../scripts/build.mjs')).href)) as { BUILD_ID_PLACEHOLDER: string };
		const bundle = readFileSync(join(dirname(await builtCli()), 'cli-main.js'), 'latin1');
		assert.ok(!bundle.includes(BUILD_ID_PLACEHOLDER), 'stamped by the build');
		const ids = [...new Set(bundle.match(/\b[0-9a-f]{40}\b/g))].filter((id) => createHash('sha1').update(bundle.split(id).join(BUILD_ID_PLACEHOLDER)).digest('hex') === id);
		assert.equal(ids.length, 1, 'one hash of the bundle as it was built');
	});

	test('--cache-location puts it elsewhere; it needs --cache; --fix ignores the cache', async () => {
		const r = await run(['--cache', '--cache-location', 'cache.json', '.']);
		assert.equal(r.code, 0);
		assert.ok(JSON.parse(readFileSync(join(dir, 'cache.json'), 'utf8')).files);
		const usage = await run(['--cache-location', 'x.json', '.']);
		assert.equal(usage.code, 2);
		assert.match(usage.stderr, /--cache-location only makes sense with --cache/);
		const dry = await run(['--cache', '--fix-dry-run', '.']);
		assert.equal(dry.reused, undefined);
		assert.match(dry.stdout, /would fix/);
	});
});
