/** `tactful init`: writes a starter `.tactfulrc.json` (JSONC) listing every rule with its default, all commented out. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../engine/index';
import { CONFIG_NAME } from './config';
import { CliError, describeFsError } from './errors';
import { REPO_URL } from './meta';

export function starterConfig(): string {
	const width = Math.max(...rules.map((r) => r.meta.id.length + r.meta.severity.length + 6));
	const ruleLines = rules.map(({ meta }) => {
		const entry = `// "${meta.id}": "${meta.severity}",`;
		return `    ${entry.padEnd(width + 4)} // ${meta.step ? `${meta.step}: ` : ''}${meta.description}`;
	});
	return `// Tactful configuration (JSON with comments). Every rule is listed with its default; uncomment a line to change it.
// Options, extends, custom phrases and globs: ${REPO_URL}/blob/main/docs/cli.md
{
  // Which files Tactful checks: "auto" (decline letters only), "all" (phrase rules on every file too) or "off".
  "scope": "auto",

  // The severity of every "missing move" rule at once: "error", "warning", "info", "hint" or "off".
  // "stepSeverity": "warning",

  // One entry per rule: "error", "warning", "info", "hint", "off", or true/false.
  "rules": {
${ruleLines.join('\n')}
  },

  // Your own phrases to flag, e.g.
  // { "phrase": "ASAP", "message": "Give the client a date instead.", "suggestions": ["by Friday"] }
  "phrases": [],

  // Globs relative to this folder: files that are always letters, templates (placeholders allowed), or never checked.
  "letters": [],
  "templates": [],
  "ignore": []
}
`;
}

export function runInit(cwd: string, write: (line: string) => void): void {
	const path = join(cwd, CONFIG_NAME);
	try {
		writeFileSync(path, starterConfig(), { flag: 'wx' });
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new CliError(`${CONFIG_NAME} already exists here; tactful init does not overwrite it.`, 'Edit it, or delete it and run `tactful init` again.');
		throw new CliError(`${CONFIG_NAME}: cannot write it: ${describeFsError(e)}.`);
	}
	write(`Wrote ${CONFIG_NAME}. Check your letters with \`tactful check\`.\n`);
}
