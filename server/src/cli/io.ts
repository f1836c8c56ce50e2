/**
 * Reading letters and writing fixes back. Text is decoded strictly as UTF-8: binary files, other encodings and huge
 * files are refused with a reason instead of being linted (or, worse, rewritten) as mojibake. A UTF-8 byte-order mark
 * is removed for linting and put back on write; line endings are never touched.
 */
import { closeSync, fchmodSync, fstatSync, openSync, readFileSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Letters are a few kilobytes; anything past this is not one. */
export const MAX_BYTES = 4 * 1024 * 1024;
const SNIFF_BYTES = 8192;

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; reason: string };

const TOO_LARGE: Decoded = { ok: false, reason: `larger than ${MAX_BYTES / 1024 / 1024} MB, so not a letter` };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes file contents, or says why they are not a UTF-8 text file. */
export function decode(bytes: Uint8Array): Decoded {
	if (bytes.length > MAX_BYTES) return TOO_LARGE;
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { ok: false, reason: 'encoded as UTF-16; save it as UTF-8 to check it' };
	}
	const sniff = bytes.subarray(0, SNIFF_BYTES);
	if (sniff.includes(0)) return { ok: false, reason: 'binary file (it contains NUL bytes)' };
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); save it as UTF-8 to check it` };
	}
	const bom = text.charCodeAt(0) === 0xfeff;
	return { ok: true, text: bom ? text.slice(1) : text, bom };
}

/** The offset of the first byte that breaks UTF-8, for the message. */
function firstInvalidUtf8(b: Uint8Array): number {
	for (let i = 0; i < b.length; ) {
		const c = b[i];
		const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
		i += n + 1;
	}
	return b.length;
}

export interface ReadResult {
	stat: Stats;
	/**
	 * The file's bytes; undefined when it is larger than MAX_BYTES (not read). Valid until the next `readFile`: a
	 * file that fits is read into a buffer this thread reuses, so a run over thousands of letters allocates none.
	 */
	bytes: Uint8Array | undefined;
}

/** Why a file that was read is not checked as text: too large, or what `decode` says. */
export function decodeRead(read: ReadResult): Decoded {
	return read.bytes ? decode(read.bytes) : TOO_LARGE;
}

const SCRATCH_BYTES = 64 * 1024;
let scratch: Buffer | undefined;

/**
 * Reads a file's bytes; throws the fs error (the caller decides whether that is fatal). The file is opened first
 * and its size taken from the open file, once: one path lookup and one stat per file (a `--cache` run over 2,000
 * unchanged files is mostly reading them; `readFileSync` on a descriptor would stat it again).
 */
export function readFile(path: string): ReadResult {
	const fd = openSync(path, 'r');
	try {
		const stat = fstatSync(fd);
		if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
		if (stat.size > MAX_BYTES) return { stat, bytes: undefined };
		// Not a regular file, or one that says it is empty (a FIFO, /proc): read until the end, whatever its size.
		if (!stat.isFile() || stat.size === 0) return { stat, bytes: readFileSync(fd) };
		const bytes = stat.size <= SCRATCH_BYTES ? (scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES)).subarray(0, stat.size) : Buffer.allocUnsafe(stat.size);
		let filled = 0;
		while (filled < bytes.length) {
			const n = readSync(fd, bytes, filled, bytes.length - filled, null);
			if (n === 0) break;
			filled += n;
		}
		return { stat, bytes: filled === bytes.length ? bytes : bytes.subarray(0, filled) };
	} finally {
		closeSync(fd);
	}
}

/**
 * Replaces a file's contents atomically: the new text goes to a temporary file next to it, which is then renamed
 * over the original, so a reader (or an interrupted run) sees either the old file or the new one, never half of it. The file's mode is kept, and a symlink is
 * written through (its target changes, the link stays). Refuses when the file changed since it was read.
 */
export function writeTextAtomic(path: string, text: string, bom: boolean, readStat: Stats): void {
	const target = realpathSync(path);
	const now = statSync(target);
	if (now.mtimeMs !== readStat.mtimeMs || now.size !== readStat.size) {
		throw Object.assign(new Error('the file changed while Tactful was checking it; not overwritten'), { code: 'ECHANGED' });
	}
	const tmp = join(dirname(target), `.${basename(target)}.tactful-${process.pid}-${Date.now().toString(36)}.tmp`);
	let fd: number | undefined;
	try {
		fd = openSync(tmp, 'wx', 0o600);
		fchmodSync(fd, now.mode & 0o7777);
		writeSync(fd, Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8'));
		closeSync(fd);
		fd = undefined;
		renameSync(tmp, target);
	} catch (e) {
		if (fd !== undefined) closeSync(fd);
		try {
			unlinkSync(tmp);
		} catch {
			// Already renamed or never created.
		}
		throw e;
	}
}
