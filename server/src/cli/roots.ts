/** Repository roots: the nearest folder holding `.git` (a folder, or a file in worktrees and submodules), cached. */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';

export class RepoRoots {
	private readonly cache = new Map<string, string | null>();

	/** The repository root of a folder, or null outside any repository. */
	of(dir: string): string | null {
		let root = this.cache.get(dir);
		if (root === undefined) {
			const parent = dirname(dir);
			root = existsSync(join(dir, '.git')) ? dir : parent === dir ? null : this.of(parent);
			this.cache.set(dir, root);
		}
		return root;
	}
}

/** Whether `child` is `parent` or inside it. */
export function isInside(child: string, parent: string): boolean {
	const rel = relative(parent, child);
	return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
