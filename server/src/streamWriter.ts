/**
 * The message writer for `--stdio`: each message is turned into JSON once, encoded with its header into a buffer the
 * writer keeps, and handed to the stream in one write.
 *
 * vscode-jsonrpc's own stream writer copies every message into a new Buffer and writes the header and the body
 * separately, through a promise chain. For a long letter the diagnostics answer is about 90 KB of JSON on every
 * keystroke, and a fresh 90 KB each time can be memory the C library has given back to the system and must take (and
 * touch) again. The gain is small where the allocator keeps such memory, as it does in the server: 5–25% of the
 * answer's CPU time in the bench's side-by-side comparison (bench/analysis.md, session 7).
 */
import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/** Messages up to this size reuse the writer's buffer; a larger one (a huge letter's diagnostics) gets its own. */
const KEEP_BYTES = 1 << 20;

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
		let json: string;
		try {
			json = JSON.stringify(msg);
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
			const length = Buffer.byteLength(json, 'utf8');
			const header = `Content-Length: ${length}\r\n\r\n`;
			const size = header.length + length;
			const kept = !this.busy && size <= KEEP_BYTES;
			let out: Buffer;
			if (kept) {
				if (this.buffer.length < size) this.buffer = Buffer.allocUnsafe(Math.max(size, Math.min(KEEP_BYTES, this.buffer.length * 2)));
				out = this.buffer;
				this.busy = true;
			} else {
				out = Buffer.allocUnsafe(size);
			}
			out.write(header, 0, 'latin1');
			out.write(json, header.length, 'utf8');
			stream.write(out.subarray(0, size), (error?: Error | null) => {
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
