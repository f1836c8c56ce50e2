// Makes a bundle pure ASCII. esbuild escapes non-ASCII characters in string literals but leaves them in regular
// expression literals (the engine's punctuation classes: ’ “ … — •), and one such character makes Node read the whole
// bundle as a two-byte string: slower to read and decode, and twice the memory for the source V8 keeps. Escaped
// (`\u2019`), it means the same in a regular expression, a string, a template or an identifier. A linked source map is
// kept exact: the generated columns after an escape move right by what the escape added.

/**
 * `code` with every non-ASCII character written as `\uXXXX` (a pair of them past U+FFFF). A character that was
 * already escaped for its own sake (`\’`, an identity escape) loses that backslash. `shifts` lists, per changed line
 * (0-based), each escape's column in the original line (UTF-16 units) and the units it added.
 */
export function toAscii(code) {
	let out = '';
	let from = 0;
	let line = 0;
	let lineStart = 0;
	const shifts = new Map();
	for (let i = 0; i < code.length; i++) {
		const c = code.charCodeAt(i);
		if (c === 10) {
			line++;
			lineStart = i + 1;
			continue;
		}
		if (c < 128) continue;
		const astral = c >= 0xd800 && c <= 0xdbff && i + 1 < code.length && (code.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
		const units = astral ? 2 : 1;
		let start = i;
		let backslashes = 0;
		while (start - backslashes - 1 >= lineStart && code.charCodeAt(start - backslashes - 1) === 92) backslashes++;
		if (backslashes % 2 === 1) start--; // `\’` → `\u2019`: the identity escape goes
		const escape = hex(c) + (astral ? hex(code.charCodeAt(i + 1)) : '');
		out += code.slice(from, start) + escape;
		from = i + units;
		const list = shifts.get(line) ?? [];
		list.push([start - lineStart, escape.length - (i + units - start)]);
		shifts.set(line, list);
		i += units - 1;
	}
	return { code: out + code.slice(from), shifts };
}

const hex = (unit) => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(s, at) {
	let value = 0;
	let shift = 0;
	for (;;) {
		const digit = B64.indexOf(s[at++]);
		value += (digit & 31) << shift;
		shift += 5;
		if ((digit & 32) === 0) break;
	}
	return { value: value & 1 ? -(value >>> 1) : value >>> 1, next: at };
}

function encodeVlq(n) {
	let v = n < 0 ? (-n << 1) | 1 : n << 1;
	let out = '';
	do {
		let digit = v & 31;
		v >>>= 5;
		if (v > 0) digit |= 32;
		out += B64[digit];
	} while (v > 0);
	return out;
}

/**
 * A source map's `mappings` with the generated columns of the lines in `shifts` moved as `toAscii` moved the code.
 * Only each segment's first field (its generated column, relative within the line) changes; the other fields are
 * relative across lines and are copied as they were.
 */
export function shiftMappings(mappings, shifts) {
	if (shifts.size === 0) return mappings;
	return mappings.split(';').map((line, n) => {
		const moves = shifts.get(n);
		if (!moves || line === '') return line;
		let column = 0;
		let written = 0;
		return line.split(',').map((segment) => {
			const { value, next } = decodeVlq(segment, 0);
			column += value;
			let moved = column;
			for (const [at, added] of moves) if (at < column) moved += added;
			const out = encodeVlq(moved - written) + segment.slice(next);
			written = moved;
			return out;
		}).join(',');
	}).join(';');
}
