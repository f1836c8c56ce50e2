/** Exit codes of the `tactful` command. */
export const EXIT_OK = 0;
/** Findings over the threshold: an error, or more warnings than `--max-warnings`. */
export const EXIT_FINDINGS = 1;
/** Usage error, bad config or unreadable input. */
export const EXIT_FATAL = 2;

/**
 * A problem that stops the run with exit code 2. Its message is printed as is, one line per problem, without a
 * stack trace; `hint` adds a second line (e.g. "Run `tactful --help` for usage.").
 */
export class CliError extends Error {
	constructor(message: string, readonly hint?: string) {
		super(message);
	}
}

export class UsageError extends CliError {
	constructor(message: string, command?: string) {
		super(message, `Run \`tactful ${command ? `${command} ` : ''}--help\` for usage.`);
	}
}

/** Node's fs error codes, in words a writer understands. */
export function describeFsError(e: unknown): string {
	const code = (e as NodeJS.ErrnoException)?.code;
	switch (code) {
		case 'ENOENT':
			return 'no such file or directory';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'is a directory';
		case 'ENOTDIR':
			return 'a parent of this path is not a directory';
		case 'EMFILE':
		case 'ENFILE':
			return 'too many open files';
		case 'ENOSPC':
			return 'no space left on the device';
		case 'EROFS':
			return 'read-only file system';
		default:
			return (e as Error)?.message ?? String(e);
	}
}
