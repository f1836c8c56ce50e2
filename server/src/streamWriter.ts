/**
 * The message writer for `--stdio`: each message is turned into JSON once, encoded with its header into a buffer the
 * writer keeps, and handed to the stream in one write.
 *
 * vscode-jsonrpc's own stream writer copies every message into a new Buffer and writes the header and the body
 * separately, through a promise chain. For a long letter the diagnostics answer is about 90 KB of JSON on every
 * keystroke, and a fresh 90 KB each time can be memory the C library has given back to the system and must take (and
 * touch) again. The gain is small where the allocator keeps such memory, as it does in the server: 5–25% of the
 * answer's CPU time in the bench's side-by-side comparison (bench/analysis.md, session 7).
 *
 * A diagnostics report or notification that carries its JSON in pieces (jsonPieces.ts) is not turned into JSON here:
 * the pieces are encoded into the buffer one after another, the header in front once the length is known.
 */
import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { jsonAround, jsonPiecesOf, type JsonPieces } from './jsonPieces';

/**
 * Messages that may take up to this many bytes (three per UTF-16 unit) reuse the writer's buffer; a larger one (a huge
 * letter's diagnostics) gets its own. Only the bytes written are touched, so the buffer's resident size is that of the
 * largest message sent, at most a third of this for ASCII.
 */
const KEEP_BYTES = 3 << 20;

/** Room before the body for `Content-Length: <up to 16 digits>\r\n\r\n`. */
const HEADER_ROOM = 40;
const COMMA = 0x2c;

/**
 * The message's JSON: `JSON.stringify(msg)` as `head`, or, when its result or params carry their JSON in pieces, the
 * message's other keys around those pieces, the items to be written between them separated by commas (the same text
 * `JSON.stringify` makes).
 */
export function messageJson(msg: Message): JsonPieces {
	const m = msg as { result?: unknown; params?: unknown };
	const key = jsonPiecesOf(m.result) ? 'result' : jsonPiecesOf(m.params) ? 'params' : undefined;
	if (!key) return { head: JSON.stringify(msg), items: NONE, tail: '' };
	const pieces = jsonPiecesOf(m[key]) as JsonPieces;
	return { ...jsonAround(msg, key, pieces.head, pieces.tail), items: pieces.items };
}

const NONE: readonly string[] = [];

export class StreamWriter extends AbstractMessageWriter implements MessageWriter {
	private errors = 0;
	private buffer = Buffer.allocUnsafe(0);
	/** The kept buffer is part of a write the stream has not finished with. */
	private busy = false;

	constructor(private readonly stream: Writable) {
		super();
		stream.on('error', (error: Error) => this.fireError(error));
		stream.on('close', () => this.fireClose());
	}

	write(msg: Message): Promise<void> {
		let body: JsonPieces;
		try {
			body = messageJson(msg);
		} catch (error) {
			// A value JSON cannot hold (a cycle, a BigInt): this message is lost, the connection is not.
			this.fireError(error, msg, ++this.errors);
			return Promise.reject(error);
		}
		return new Promise<void>((resolve, reject) => {
			const stream = this.stream;
			const fail = (error: Error) => {
				this.fireError(error, msg, ++this.errors);
				reject(error);
			};
			if (stream.destroyed || stream.writableEnded) return fail(new Error('The output stream is closed.'));
			// The body is encoded after room for the longest header, and the header written just before it: its length
			// is known only once the body is encoded, and no string needs measuring first. UTF-8 takes at most three
			// bytes per UTF-16 unit.
			const { head, items, tail } = body;
			let units = head.length + tail.length + items.length;
			for (let i = 0; i < items.length; i++) units += items[i].length;
			const most = HEADER_ROOM + units * 3;
			const kept = !this.busy && most <= KEEP_BYTES;
			let out: Buffer;
			if (kept) {
				if (this.buffer.length < most) this.buffer = Buffer.allocUnsafe(Math.max(most, Math.min(KEEP_BYTES, this.buffer.length * 2)));
				out = this.buffer;
				this.busy = true;
			} else {
				out = Buffer.allocUnsafe(most);
			}
			let at = HEADER_ROOM + out.write(head, HEADER_ROOM, 'utf8');
			for (let i = 0; i < items.length; i++) {
				if (i > 0) out[at++] = COMMA;
				at += out.write(items[i], at, 'utf8');
			}
			at += out.write(tail, at, 'utf8');
			const header = `Content-Length: ${at - HEADER_ROOM}\r\n\r\n`;
			const start = HEADER_ROOM - header.length;
			out.write(header, start, 'latin1');
			stream.write(out.subarray(start, at), (error?: Error | null) => {
				if (kept) this.busy = false;
				if (error) fail(error);
				else resolve();
			});
		});
	}

	end(): void {
		this.stream.end();
	}
}
