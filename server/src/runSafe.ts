/**
 * The protocol boundary: every request and notification handler runs through here. A failure is logged with its
 * stack and the client gets a neutral answer; a cancelled request gets `RequestCancelled`. Nothing escapes to crash
 * the server.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** Where the server writes its log (the connection's console, i.e. `window/logMessage`). */
export interface Logger {
	error(message: string): void;
	warn(message: string): void;
	info(message: string): void;
	log(message: string): void;
}

/** A logger that says each distinct message only once (rule crashes, ignored settings, skipped documents). */
export class OnceLogger {
	private readonly said = new Set<string>();
	constructor(private readonly logger: Logger) {}

	/** True the first time `key` is seen. */
	first(key: string): boolean {
		if (this.said.has(key)) return false;
		this.said.add(key);
		return true;
	}

	warn(key: string, message: string): void {
		if (this.first(key)) this.logger.warn(message);
	}
}

export function describeError(e: unknown): string {
	if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
	return String(e);
}

function cancelled(): ResponseError<never> {
	return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

/** Runs a request handler: logs and returns `fallback` on failure, answers `RequestCancelled` when cancelled. */
export async function runSafe<T>(logger: Logger, name: string, token: CancellationToken | undefined, fallback: T, fn: () => T | Promise<T>): Promise<T | ResponseError<never>> {
	if (token?.isCancellationRequested) return cancelled();
	try {
		const result = await fn();
		return token?.isCancellationRequested ? cancelled() : result;
	} catch (e) {
		if (token?.isCancellationRequested) return cancelled();
		logger.error(`Tactful: ${name} failed: ${describeError(e)}`);
		return fallback;
	}
}

/** Wraps a notification handler (no answer to give): failures are logged, never thrown. */
export function guard<A extends unknown[]>(logger: Logger, name: string, fn: (...args: A) => unknown): (...args: A) => void {
	return (...args: A) => {
		try {
			const r = fn(...args);
			if (r instanceof Promise) catchPromise(logger, name, r);
		} catch (e) {
			logger.error(`Tactful: ${name} failed: ${describeError(e)}`);
		}
	};
}

/** Marks a fire-and-forget promise: its failure is logged under `name`. */
export function catchPromise(logger: Logger, name: string, p: Promise<unknown>): void {
	p.catch((e) => logger.error(`Tactful: ${name} failed: ${describeError(e)}`));
}
