/**
 * A value sent with its JSON already written, in pieces: the stdio writer (streamWriter.ts) copies the pieces into its
 * buffer instead of calling `JSON.stringify` on the value.
 *
 * A long letter's diagnostics answer is about 90 KB of JSON on every keystroke, though a keystroke moves only the few
 * diagnostics after it on its line. Each diagnostic's JSON is kept from the last answer and made again only where the
 * diagnostic changed (convert.ts), so an answer costs a few small `JSON.stringify` calls and no 90 KB string (made in
 * parts, then flattened again to be encoded: twice its size in garbage, every keystroke).
 *
 * The pieces hang off the value under a symbol that is not enumerable: `JSON.stringify`, spreading, structured clone
 * and every other transport see the plain value, so a writer that knows nothing of them sends the same message.
 */
const PIECES = Symbol.for('tactful.jsonPieces');

/** `head`, then the items separated by commas, then `tail`: the value's JSON. */
export interface JsonPieces {
	readonly head: string;
	readonly items: readonly string[];
	readonly tail: string;
}

/**
 * The JSON of `value` around its key `key`, whose own JSON is `open` … `close` (written by the caller in between): its
 * other keys as `JSON.stringify` writes them, in the same order, the ones before `key` in `head`, the rest in `tail`.
 */
export function jsonAround(value: object, key: string, open: string, close: string): { head: string; tail: string } {
	let head = '{';
	let tail = close;
	let after = false;
	for (const k of Object.keys(value)) {
		if (k === key) {
			head += `${head.length > 1 ? ',' : ''}${JSON.stringify(k)}:${open}`;
			after = true;
			continue;
		}
		const json = JSON.stringify((value as Record<string, unknown>)[k]);
		if (json === undefined) continue; // as JSON.stringify leaves out undefined, functions and symbols
		if (after) tail += `,${JSON.stringify(k)}:${json}`;
		else head += `${head.length > 1 ? ',' : ''}${JSON.stringify(k)}:${json}`;
	}
	if (!after) throw new Error(`no key ${key} to write JSON around`);
	return { head, tail: `${tail}}` };
}

/**
 * Attaches to `value` its JSON in pieces, given the JSON of each element of its array `key` (which must be what they
 * spell), and returns it.
 */
export function withArrayJson<T extends object>(value: T, key: keyof T & string, items: readonly string[]): T {
	const { head, tail } = jsonAround(value, key, '[', ']');
	Object.defineProperty(value, PIECES, { value: { head, items, tail } satisfies JsonPieces, enumerable: false });
	return value;
}

export function jsonPiecesOf(value: unknown): JsonPieces | undefined {
	return value !== null && typeof value === 'object' ? (value as { [PIECES]?: JsonPieces })[PIECES] : undefined;
}
