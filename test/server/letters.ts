/** Test letters whose expected findings are unambiguous. */
import { lint } from '../../server/src/engine/index';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Curly quotes, an em dash and an emoji before the jargon ("bandwidth" → safe fix "time"). */
export const LETTER = `Hi Sam,

Thank you for asking us to bring the launch forward — we’re glad you trust us with it 🙂.

Unfortunately we can’t move the deadline to the 3rd: we don't have the bandwidth to test everything properly by then.

Best,
Jo
`;
export const LETTER_FIXED = LETTER.replace('the bandwidth', 'the time');

/** Not a decline letter: Tactful stays quiet. */
export const README = '# Project\n\nInstall with `npm ci`. We cannot support Node 16, and the bandwidth of the CI box is fine.\n';

/** What the engine itself says about a text: the server must agree. */
export function engineFindings(text: string, languageId = 'markdown') {
	const doc = TextDocument.create('file:///x', languageId, 0, text);
	return lint(text, { languageId }).findings.map((f) => ({ code: f.ruleId, range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) } }));
}

/** The UTF-16 range of the first occurrence of `needle`. */
export function rangeOf(text: string, needle: string) {
	const doc = TextDocument.create('file:///x', 'markdown', 0, text);
	const at = text.indexOf(needle);
	if (at < 0) throw new Error(`"${needle}" not in text`);
	return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
}
