/** Turns LSP snippet syntax into the text it inserts when every placeholder keeps its default. */
export function snippetToPlain(snippet: string): string {
	let out = '';
	let i = 0;
	const n = snippet.length;
	const parse = (stopAt: string | null): void => {
		while (i < n) {
			const c = snippet[i];
			if (stopAt !== null && c === stopAt) return;
			if (c === '\\' && i + 1 < n) {
				out += snippet[i + 1];
				i += 2;
			} else if (c === '$' && /[0-9]/.test(snippet[i + 1] ?? '')) {
				i++;
				while (i < n && /[0-9]/.test(snippet[i])) i++;
			} else if (c === '$' && snippet[i + 1] === '{') {
				const m = /^\$\{([0-9]+)([:|])?/.exec(snippet.slice(i));
				if (!m) {
					out += c;
					i++;
					continue;
				}
				i += m[0].length;
				if (m[2] === ':') {
					parse('}');
				} else if (m[2] === '|') {
					// ${1|first,second|}: the first choice is the default.
					let choice = '';
					let first = true;
					while (i < n && snippet[i] !== '|') {
						if (snippet[i] === '\\' && i + 1 < n) {
							if (first) choice += snippet[i + 1];
							i += 2;
						} else {
							if (snippet[i] === ',') first = false;
							else if (first) choice += snippet[i];
							i++;
						}
					}
					out += choice;
					i++; // the closing |
				}
				if (snippet[i] === '}') i++;
			} else {
				out += c;
				i++;
			}
		}
	};
	parse(null);
	return out;
}

/** Escapes text for use inside LSP snippet syntax. */
export function escapeSnippet(text: string): string {
	return text.replace(/[\\$}]/g, (c) => '\\' + c);
}
