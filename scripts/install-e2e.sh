#!/usr/bin/env bash
# Installs what the real-VS-Code test suites need (test/e2e): Debian's Chromium (driven by playwright-core), ripgrep
# and libkrb5-dev (for code-server's native modules), and code-server 4.100.3 (VS Code 1.100.3 with a real Node
# extension host) from npm into .tactful-e2e/code-server. Idempotent: seconds when everything is already there.
# usage: scripts/install-e2e.sh            env: TACTFUL_E2E_DIR (default: <repo>/.tactful-e2e)
set -euo pipefail
CODE_SERVER_VERSION=4.100.3
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=${TACTFUL_E2E_DIR:-$ROOT/.tactful-e2e}/code-server
BIN=$DIR/node_modules/.bin/code-server

need_apt=()
for pkg in chromium ripgrep libkrb5-dev; do
	dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
	echo "install-e2e: apt-get install ${need_apt[*]}"
	export DEBIAN_FRONTEND=noninteractive
	SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
	$SUDO apt-get update -qq
	$SUDO apt-get install -y -q --no-install-recommends "${need_apt[@]}"
fi

if [ -x "$BIN" ] && "$BIN" --config /dev/null --version 2>/dev/null | grep -q "^$CODE_SERVER_VERSION "; then
	echo "install-e2e: code-server $CODE_SERVER_VERSION already in $DIR"
	exit 0
fi

echo "install-e2e: installing code-server $CODE_SERVER_VERSION into $DIR (about a minute)"
# @vscode/ripgrep's postinstall downloads rg from a release page unless its cache (under $TMPDIR) already holds the
# archive; Debian's rg 13.0.0 stands in for it.
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE"
tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg

mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || echo '{ "name": "tactful-e2e-code-server", "private": true }' > package.json
# unsafe_perm: code-server's postinstall refuses to run as root without it (npm 11 warns about the key; harmless).
# yes: node-pty's postinstall runs `npx node-gyp`, which must not stop at a prompt.
# nodedir: native modules build against the running Node's headers.
npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir="${npm_config_nodedir:-$(dirname "$(dirname "$(command -v node)")")}" \
	npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION"
"$BIN" --config /dev/null --version
