/** The package's version and where its rule documentation lives (both from package.json, inlined by the bundler). */
import { version, repository } from '../../../package.json';

export const VERSION: string = version;

/** The web address of the repository (its `repository.url` without `git+` and `.git`). */
export const REPO_URL: string = String((repository as { url?: string } | undefined)?.url ?? '')
	.replace(/^git\+/, '')
	.replace(/\.git$/, '');

/** The documentation page of a rule; custom phrase rules point to the configuration docs. */
export function ruleDocUrl(ruleId: string, builtIn: boolean): string {
	return builtIn ? `${REPO_URL}/blob/main/docs/rules/${ruleId}.md` : `${REPO_URL}/blob/main/docs/rules/README.md`;
}
