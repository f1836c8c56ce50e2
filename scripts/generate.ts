// Writes the files generated from rule metadata (see scripts/generated.ts) and removes stale rule pages.
import { mkdirSync, readdirSync, writeFileSync, unlinkSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedFiles } from './generated';

const files = generatedFiles();
for (const [path, content] of files) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, content);
}
for (const name of readdirSync('docs/rules')) {
	if (!files.has(`docs/rules/${name}`)) unlinkSync(`docs/rules/${name}`);
}
console.log(`wrote ${files.size} files`);
