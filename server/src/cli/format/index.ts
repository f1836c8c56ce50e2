/** Output formats of `tactful check`. Each turns the run's reports into the text written to stdout (or --output-file). */
import type { Format } from '../args';
import type { Paint } from '../color';
import type { Counts, FileReport } from '../report';
import { stylish } from './stylish';
import { json } from './json';
import { github } from './github';
import { sarif } from './sarif';

export interface FormatContext {
	paint: Paint;
	quiet: boolean;
	dryRun: boolean;
	/** The working folder: SARIF resolves relative paths against it. */
	cwd: string;
	version: string;
}

export const formatters: Record<Format, (reports: readonly FileReport[], counts: Counts, ctx: FormatContext) => string> = {
	stylish,
	json,
	github,
	sarif,
};
