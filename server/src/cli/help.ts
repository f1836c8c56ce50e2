/** Usage text for `tactful --help` and `tactful <command> --help`. */
import type { Command } from './args';

const GENERAL = `Usage: tactful <command> [options]

Checks decline letters (replies that turn down a client's request) for the seven moves of a tactful "no".

Commands:
  check [paths...]   Check .md, .markdown and .txt files (default: the current folder)
  rules              List the rules: id, move, default severity, fixable
  init               Write a starter .tactfulrc.json here

Options:
  -h, --help         Show help (also: tactful <command> --help)
  -v, --version      Show the version

Exit codes: 0 no problems over the threshold, 1 errors (or too many warnings), 2 usage error, bad config or
unreadable input.`;

const CHECK = `Usage: tactful check [options] [paths | globs ...]

Checks .md, .markdown and .txt files under the given folders (default: .), the files that match the given globs,
and the files named, whatever their extension. Skips node_modules, .git, and what .gitignore and .tactfulignore list.

Options:
  -c, --config FILE        Use this config file instead of finding .tactfulrc.json files
  -f, --format NAME        stylish (default), json, sarif or github
      --fix                Apply the safe fixes in place, then report what is left
      --fix-dry-run        Show what --fix would change, without writing
      --max-warnings N     Exit 1 when there are more than N warnings (default: -1, no limit)
  -q, --quiet              Report errors only
      --stdin              Check standard input instead of files
      --stdin-filename NAME  The name to use for standard input (config lookup, Markdown or text)
      --no-ignore          Do not apply .gitignore and .tactfulignore
  -o, --output-file FILE   Write the report to FILE instead of standard output
      --cache              Skip files unchanged since the last --cache run (results kept in .tactfulcache)
      --cache-location FILE  Keep the cache in FILE instead
      --no-color           No colours (also: NO_COLOR=1); --color forces them

Exit codes: 0 no errors (and warnings within --max-warnings), 1 findings over the threshold,
2 usage error, bad config or a named file that cannot be read.`;

const RULES = `Usage: tactful rules [--format stylish|json]

Lists every rule with its move, default severity and whether --fix can fix it.`;

const INIT = `Usage: tactful init

Writes a commented starter .tactfulrc.json in the current folder, listing every rule with its default.
Refuses to overwrite an existing one.`;

export function helpText(command?: Command): string {
	return (command === 'check' ? CHECK : command === 'rules' ? RULES : command === 'init' ? INIT : GENERAL) + '\n';
}
