/** The `.tactfulrc.json` that "Tactful: Create .tactfulrc.json" writes: valid, commented, every key a writer tunes first. */
export const STARTER_CONFIG = `{
	// Tactful settings for this folder and the folders below it. Hover a key for help.
	// "auto": check decline letters only; "all": phrase rules on every Markdown and text file; "off".
	"scope": "auto",
	// How loudly a missing move (understand, acknowledge, explain, alternatives, positive, empathy, open) is reported.
	"stepSeverity": "warning",
	// Per rule: "off", "hint", "info", "warning" or "error".
	"rules": {
		"no-jargon": "warning"
	},
	// Your own phrases to avoid, with a message and suggested rewrites.
	"phrases": [
		{
			"phrase": "as per my last email",
			"message": "This can read as a reproach. Restate the point instead of pointing back at an earlier message.",
			"suggestions": ["as I mentioned"]
		}
	],
	// Files that are always (or never) decline letters, as globs relative to this file.
	"letters": ["letters/**"],
	"ignore": ["drafts/scratch/**"]
}
`;
