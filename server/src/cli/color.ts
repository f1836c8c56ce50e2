/** Plain ANSI colours: on for a terminal, off for pipes and files, `NO_COLOR`, or `--no-color`; `--color` forces them. */
export interface Paint {
	red(s: string): string;
	yellow(s: string): string;
	blue(s: string): string;
	green(s: string): string;
	dim(s: string): string;
	bold(s: string): string;
	underline(s: string): string;
}

const sgr = (on: number, off: number) => (s: string) => `\x1b[${on}m${s}\x1b[${off}m`;
const plain = (s: string) => s;

export function paint(enabled: boolean): Paint {
	if (!enabled) return { red: plain, yellow: plain, blue: plain, green: plain, dim: plain, bold: plain, underline: plain };
	return { red: sgr(31, 39), yellow: sgr(33, 39), blue: sgr(34, 39), green: sgr(32, 39), dim: sgr(2, 22), bold: sgr(1, 22), underline: sgr(4, 24) };
}

/** Whether to colour a stream, given the user's flag. */
export function wantsColor(flag: boolean | undefined, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
	if (flag !== undefined) return flag;
	if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
	if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') return true;
	return stream.isTTY === true && env.TERM !== 'dumb';
}

/** Visible width of a string that may hold colour codes. */
export function width(s: string): number {
	return [...s.replace(/\x1b\[\d+m/g, '')].length;
}
