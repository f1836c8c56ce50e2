/**
 * re2js, the linear-time engine for custom patterns, loaded the first time a pattern needs it: evaluating the module
 * builds its Unicode tables (about 5 ms), which every CLI run and server start paid though few configs have patterns.
 *
 * `require` here is the bundler's: esbuild bundles re2js and evaluates it on the first call, in the Node bundles and in
 * the browser bundle alike. The engine still imports nothing from Node.
 */
import type { RE2JS } from 're2js';

declare const require: (id: 're2js') => { RE2JS: typeof RE2JS };

let loaded: typeof RE2JS | undefined;

export function re2(): typeof RE2JS {
	return (loaded ??= require('re2js').RE2JS);
}
