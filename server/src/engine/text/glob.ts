/**
 * Minimal glob matching for config (`letters`, `templates`, `ignore`), pure so the engine stays platform-neutral.
 * Supports `**`, `*`, `?`, `[abc]`, `{a,b}`. A pattern without `/` matches the base name anywhere.
 */
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
	let re = cache.get(glob);
	if (re) return re;
	let src = '';
	let depth = 0;
	for (let i = 0; i < glob.length; i++) {
		const c = glob[i];
		if (c === '*') {
			if (glob[i + 1] === '*') {
				i++;
				if (glob[i + 1] === '/') {
					i++;
					src += '(?:.*/)?';
				} else src += '.*';
			} else src += '[^/]*';
		} else if (c === '?') src += '[^/]';
		else if (c === '{') {
			depth++;
			src += '(?:';
		} else if (c === '}' && depth > 0) {
			depth--;
			src += ')';
		} else if (c === ',' && depth > 0) src += '|';
		else if (c === '[') {
			const close = glob.indexOf(']', i + 1);
			if (close > i + 1) {
				src += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
				i = close;
			} else src += '\\[';
		} else src += c.replace(/[.+^$()|\\\]]/g, '\\$&');
	}
	const anchored = glob.includes('/') ? `^${src.replace(/^\\\.\//, '')}$` : `(?:^|/)${src}$`;
	try {
		re = new RegExp(anchored);
	} catch {
		re = /(?!)/;
	}
	cache.set(glob, re);
	return re;
}

export function matchesAny(path: string | undefined, globs: readonly string[]): boolean {
	if (!path || globs.length === 0) return false;
	const p = path.replace(/\\/g, '/').replace(/^\.\//, '');
	return globs.some((g) => globToRegExp(g).test(p));
}
