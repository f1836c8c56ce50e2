/** Which documents the server lints, and which it reads as configuration. */
import { CONFIG_FILE_NAME, MARKDOWN_LANGUAGE_IDS, PLAINTEXT_LANGUAGE_IDS } from './protocol';

const MARKDOWN = new Set<string>(MARKDOWN_LANGUAGE_IDS);
const PLAINTEXT = new Set<string>(PLAINTEXT_LANGUAGE_IDS);

/** The engine's language for a client's language id, or undefined when the document is not prose Tactful reads. */
export function proseLanguage(languageId: string): 'markdown' | 'plaintext' | undefined {
	const id = languageId.toLowerCase();
	if (MARKDOWN.has(id)) return 'markdown';
	if (PLAINTEXT.has(id)) return 'plaintext';
	return undefined;
}

/** True for a `.tactfulrc.json` document, whatever language id the client gave it (json, jsonc…). */
export function isConfigUri(uri: string): boolean {
	const path = uri.split(/[?#]/)[0];
	return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) === CONFIG_FILE_NAME;
}
