// Suites that drive outside programs. Each: { name, command: [cmd, ...args], env?, unavailable?: () => string | undefined }.
// Suites register themselves here; see scripts/test.mjs.
export const suites = [];

// VS Code (issue 5): the extension's mocha suite inside a real extension host (code-server, or desktop VS Code when
// VSCODE_EXECUTABLE names one), and a UI smoke run of the packaged .vsix in code-server through headless Chromium.
// Both need code-server and Chromium: scripts/install-e2e.sh installs them (.ci/run calls it).
import { createRequire } from 'node:module';
const vscodeE2e = createRequire(import.meta.url)('./e2e/codeServer.js');
suites.push({
	name: 'VS Code extension tests (real extension host)',
	command: ['node', 'test/e2e/run.js'],
	env: { TACTFUL_E2E_SKIP_BUILD: '1' },
	unavailable: () => (process.env.VSCODE_EXECUTABLE ? undefined : vscodeE2e.unavailable()),
});
