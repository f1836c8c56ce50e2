/**
 * Bundles are pure ASCII (scripts/ascii.mjs, applied by scripts/build.mjs): esbuild leaves non-ASCII characters in
 * regular expression literals, and one of them makes Node hold the whole bundle as a two-byte string. The escapes must
 * mean exactly what the characters meant, and linked source maps must still point at the same code.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const REPO = join(__dirname, '..');

interface Ascii {
	toAscii(code: string): { code: string; shifts: Map<number, Array<[number, number]>> };
	shiftMappings(mappings: string, shifts: Map<number, Array<[number, number]>>): string;
}
interface Build {
	outfile: string;
	plugins: unknown[];
}

let ascii: Ascii;
let builds: Build[];
before(async () => {
	ascii = (await import(pathToFileURL(join(REPO, 'scripts/ascii.mjs')).href)) as Ascii;
	builds = ((await import(pathToFileURL(join(REPO, 'scripts/build.mjs')).href)) as { builds: Build[] }).builds;
});

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Each generated line's segments: [absolute generated column, the segment's other fields as written]. */
function segments(mappings: string): Array<Array<[number, string]>> {
	return mappings.split(';').map((line) => {
		let column = 0;
		if (line === '') return [];
		return line.split(',').map((seg): [number, string] => {
			let value = 0;
			let shift = 0;
			let i = 0;
			for (;;) {
				const digit = B64.indexOf(seg[i++]);
				value += (digit & 31) << shift;
				shift += 5;
				if ((digit & 32) === 0) break;
			}
			column += value & 1 ? -(value >>> 1) : value >>> 1;
			return [column, seg.slice(i)];
		});
	});
}

describe('ASCII bundles', () => {
	test('escapes mean what the characters meant, in regular expressions, strings, templates and identity escapes', () => {
		const source = [
			'const quote = /[’‘]\\s*…$/u;',
			'const identity = /a\\’b/;',
			'const literal = /a\\\\’/;',
			'const text = "— ’ 😀";',
			'const astral = /^😀+$/u;',
			'const template = `é${1}ü`;',
		].join('\n');
		const { code, shifts } = ascii.toAscii(source);
		assert.match(code, /^[\x00-\x7f]*$/);
		assert.ok(code.includes('/a\\u2019b/'), 'the identity escape before ’ is dropped, not doubled');
		assert.ok(code.includes('/a\\\\\\u2019/'), 'an escaped backslash before ’ stays');
		assert.deepEqual([...shifts.keys()], [0, 1, 2, 3, 4, 5]);
		assert.deepEqual(shifts.get(1), [[19, 4]], 'the escape starts at the dropped backslash and adds 4 units');
		const run = (js: string) => new Function(`${js}\nreturn { quote, identity, literal, text, astral, template };`)() as Record<string, unknown>;
		const [before, after] = [run(source), run(code)];
		assert.equal(after.text, before.text);
		assert.equal(after.template, before.template);
		for (const name of ['quote', 'identity', 'literal', 'astral']) {
			const [a, b] = [before[name] as RegExp, after[name] as RegExp];
			assert.equal(b.flags, a.flags);
			for (const s of ['’ …', '‘…', 'a’b', 'a\\’', 'a\\\\’', '😀😀', 'ab', '…']) assert.equal(b.test(s), a.test(s), `${name} on ${s}`);
		}
	});

	test('the bundles in dist/ are pure ASCII', () => {
		for (const b of builds) {
			const text = readFileSync(join(REPO, b.outfile), 'latin1');
			const at = text.search(/[^\x00-\x7f]/);
			assert.equal(at, -1, `${b.outfile}: non-ASCII at ${at}: ${JSON.stringify(text.slice(at - 20, at + 20))}`);
		}
	});

	test('a linked source map still maps every segment to the same code', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'tactful-ascii-'));
		try {
			const engine = builds.find((b) => b.outfile === 'dist/engine.js')!;
			const build = (outfile: string, plugins: unknown[]) =>
				esbuild.build({ ...(engine as object), plugins: plugins as esbuild.Plugin[], outfile, sourcemap: 'linked', absWorkingDir: REPO, logLevel: 'error' });
			await build(join(dir, 'raw.js'), []);
			await build(join(dir, 'ascii.js'), engine.plugins);
			const raw = readFileSync(join(dir, 'raw.js'), 'utf8').split('\n');
			const escaped = readFileSync(join(dir, 'ascii.js'), 'utf8').split('\n');
			const rawMap = segments(JSON.parse(readFileSync(join(dir, 'raw.js.map'), 'utf8')).mappings);
			const escapedMap = segments(JSON.parse(readFileSync(join(dir, 'ascii.js.map'), 'utf8')).mappings);
			assert.equal(escapedMap.length, rawMap.length);
			while (rawMap.length < raw.length) rawMap.push([]), escapedMap.push([]);
			assert.equal(escaped.length, raw.length);
			let changed = 0;
			let checked = 0;
			for (let n = 0; n < raw.length; n++) {
				assert.deepEqual(escapedMap[n].map((s) => s[1]), rawMap[n].map((s) => s[1]), `line ${n + 1}: same sources, lines, columns and names`);
				if (raw[n] === escaped[n]) {
					assert.deepEqual(escapedMap[n], rawMap[n]);
					continue;
				}
				changed++;
				rawMap[n].forEach(([column], k) => {
					// The token a segment starts at is the same token: its ASCII start is now where the map says.
					const was = raw[n].slice(column).match(/^[\x00-\x7f]{1,8}/)?.[0];
					if (!was) return;
					checked++;
					assert.equal(escaped[n].slice(escapedMap[n][k][0], escapedMap[n][k][0] + was.length), was, `line ${n + 1}, column ${column}`);
				});
			}
			assert.ok(changed > 10 && checked > 100, `the engine has escaped lines to check (${changed} lines, ${checked} segments)`);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
