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

// Real editors against the language server (issue 4): Neovim's built-in LSP client and Emacs with eglot open a
// letter, wait for Tactful's diagnostics, apply a quick fix by title and save; the saved file is compared exactly.
// Debian: `apt-get install -y neovim emacs-nox elpa-eglot` (Emacs 29+ has eglot built in).
import { spawnSync } from 'node:child_process';
const usable = (cmd, args, hint) => {
	const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 });
	return r.error || r.status !== 0 ? `${cmd} is not usable here (${hint})` : undefined;
};
suites.push({
	name: 'Neovim LSP client (nvim --headless)',
	command: ['node', '--import', 'tsx', '--test', 'test/editors/neovim.spec.ts'],
	unavailable: () => usable('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', 'lua assert(vim.lsp and vim.diagnostic)', '-c', 'qa!'], 'Neovim 0.7 or later: apt-get install neovim'),
});
suites.push({
	name: 'Emacs eglot (emacs --batch)',
	command: ['node', '--import', 'tsx', '--test', 'test/editors/emacs.spec.ts'],
	unavailable: () =>
		usable('emacs', ['-Q', '--batch', '--eval', `(unless (require 'eglot nil t) (let ((default-directory "/usr/share/emacs/site-lisp/elpa/")) (normal-top-level-add-subdirs-to-load-path)) (require 'eglot))`], 'Emacs with eglot: apt-get install emacs-nox elpa-eglot'),
});
suites.push({
	name: 'VS Code UI smoke test (.vsix in code-server, headless Chromium)',
	command: ['node', 'test/e2e/ui.js'],
	unavailable: () => vscodeE2e.unavailable(),
});
