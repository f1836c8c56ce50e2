/**
 * The README's main command from the repository root: `npx tactful check examples` runs this package's own bin
 * (npm exec resolves the current project's bin when the name matches), never a download. Offline mode makes a
 * fallback to the registry fail loudly instead of fetching someone else's package.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, sh } from './helpers';

const built = existsSync(join(REPO, 'dist/cli.js'));
// Scripts off: the first `npx tactful` in a checkout runs the package's `prepare` (a build of dist/), and this test
// runs while other test files run dist/cli.js. A CLI started while the build was rewriting dist/cli-main.js ran a
// half-written bundle (seen in clean-clone CI runs: a --cache run found its cache "written by another build", or a
// run printed nothing). npm ci and npm test build dist/ first; what is tested here is how npx finds the bin.
const env = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_ignore_scripts: 'true', NO_COLOR: '1' };

test('npx tactful check examples works from the repository root', { skip: built ? undefined : 'dist/cli.js is not built (npm test builds it first)' }, () => {
	const version = sh('npx', ['tactful', '--version'], REPO, env);
	assert.equal(version.code, 0, version.stderr);
	assert.match(version.stdout, /^\d+\.\d+\.\d+/);
	const run = sh('npx', ['tactful', 'check', 'examples', '--format', 'json'], REPO, env);
	assert.ok(run.code === 0 || run.code === 1, `exit ${run.code}: ${run.stderr}`);
	const files = (JSON.parse(run.stdout) as Array<{ file: string; letter: boolean }>).map((f) => f.file).sort();
	const expected = readdirSync(join(REPO, 'examples')).filter((f) => /\.(md|markdown|txt)$/i.test(f)).map((f) => join('examples', f)).sort();
	assert.deepEqual(files, expected);
	const stylish = sh('npx', ['tactful', 'check', 'examples'], REPO, env);
	assert.match(stylish.stdout, new RegExp(`${expected.length} files checked, \\d+ letters?`));
});
