/** Reading config files from disk in Node. Missing, unreadable, non-regular or oversized files read as absent. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { FileReader } from './configFiles';

const MAX_CONFIG_BYTES = 1024 * 1024;

export const nodeFiles: FileReader = {
	readFile(filePath) {
		try {
			const stat = statSync(filePath, { throwIfNoEntry: false });
			if (!stat?.isFile() || stat.size > MAX_CONFIG_BYTES) return undefined;
			return readFileSync(filePath, 'utf8');
		} catch {
			return undefined;
		}
	},
	exists(filePath) {
		return existsSync(filePath);
	},
};
