/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run whose driver lists every rule (with help text and a help
 * URI) and one result per finding, with a region in 1-based lines and UTF-16 columns (`columnKind`), and the
 * preferred fix as a replacement. Paths are relative to the working folder, so run it from the repository root.
 */
import type * as Sarif from 'sarif';
import { rules, ruleById, type RuleExample, type Severity } from '../../engine/index';
import { REPO_URL, ruleDocUrl } from '../meta';
import type { FileReport, Range } from '../report';
import type { FormatContext } from './index';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function sarif(reports: readonly FileReport[], _counts: unknown, ctx: FormatContext): string {
	const descriptors: Sarif.ReportingDescriptor[] = rules.map(({ meta }) => ({
		id: meta.id,
		name: pascal(meta.id),
		shortDescription: { text: meta.description },
		fullDescription: { text: meta.rationale },
		help: { text: helpText(meta.id), markdown: helpMarkdown(meta.id) },
		helpUri: ruleDocUrl(meta.id, true),
		defaultConfiguration: { level: LEVEL[meta.severity] },
		properties: { tags: ['tactful', ...(meta.step ? [meta.step] : [])], step: meta.step, fixable: meta.fixable },
	}));
	const index = new Map(descriptors.map((d, i) => [d.id, i]));
	const results: Sarif.Result[] = [];
	for (const r of reports) {
		const artifactLocation = artifact(r.file, ctx.cwd);
		for (const d of r.diagnostics) {
			if (!index.has(d.ruleId)) {
				// A custom phrase from config: described by its message.
				index.set(d.ruleId, descriptors.length);
				descriptors.push({
					id: d.ruleId,
					shortDescription: { text: `Custom phrase rule ${d.ruleId} from .tactfulrc.json.` },
					help: { text: d.message },
					helpUri: ruleDocUrl(d.ruleId, false),
					defaultConfiguration: { level: LEVEL[d.severity] },
					properties: { tags: ['tactful', 'custom', ...(d.step ? [d.step] : [])], step: d.step },
				});
			}
			const result: Sarif.Result = {
				ruleId: d.ruleId,
				ruleIndex: index.get(d.ruleId),
				level: LEVEL[d.severity],
				message: { text: d.message },
				locations: [{ physicalLocation: { artifactLocation, region: region(d.range) } }],
			};
			const fix = d.fixes[0];
			if (fix && fix.edits.length > 0) {
				result.fixes = [{
					description: { text: fix.title },
					artifactChanges: [{ artifactLocation, replacements: fix.edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: e.newText } })) }],
				}];
			}
			results.push(result);
		}
	}
	const log: Sarif.Log = {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [{
			tool: { driver: { name: 'Tactful', semanticVersion: ctx.version, version: ctx.version, informationUri: REPO_URL || undefined, rules: descriptors } },
			originalUriBaseIds: { SRCROOT: { uri: pathToFileUri(ctx.cwd) + '/' } },
			columnKind: 'utf16CodeUnits',
			results,
		}],
	};
	return JSON.stringify(log, null, 2) + '\n';
}

function region(r: Range): Sarif.Region {
	return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

function artifact(file: string, cwd: string): Sarif.ArtifactLocation {
	const posix = file.replace(/\\/g, '/');
	if (posix.startsWith('/') || /^[A-Za-z]:\//.test(posix)) {
		const rel = posix.startsWith(cwd.replace(/\\/g, '/') + '/') ? posix.slice(cwd.length + 1) : undefined;
		return rel ? { uri: encodePath(rel), uriBaseId: 'SRCROOT' } : { uri: pathToFileUri(posix) };
	}
	return { uri: encodePath(posix.replace(/^\.\//, '')), uriBaseId: 'SRCROOT' };
}

function encodePath(p: string): string {
	return p.split('/').map(encodeURIComponent).join('/');
}

function pathToFileUri(p: string): string {
	const posix = p.replace(/\\/g, '/');
	return 'file://' + (posix.startsWith('/') ? '' : '/') + encodePath(posix);
}

function pascal(id: string): string {
	return id.replace(/(^|[-/])([a-z0-9])/g, (_, _sep, c: string) => c.toUpperCase());
}

function helpText(id: string): string {
	const meta = ruleById(id)!.meta;
	const examples = shortExamples(id).flatMap((e) => [
		...(e.bad ? [`Flagged: ${e.bad}`] : []),
		...(e.fixed ? [`Fixed: ${e.fixed}`] : []),
		...(e.good ? [`Fine: ${e.good}`] : []),
	]);
	return [meta.description, meta.rationale, ...examples].join('\n\n');
}

function helpMarkdown(id: string): string {
	const meta = ruleById(id)!.meta;
	const examples = shortExamples(id).flatMap((e) => [
		...(e.bad ? [`- Flagged: ${quote(e.bad)}`] : []),
		...(e.fixed ? [`- Fixed: ${quote(e.fixed)}`] : []),
		...(e.good ? [`- Fine: ${quote(e.good)}`] : []),
	]);
	const step = meta.step ? ` (the **${meta.step}** move)` : '';
	return [`**${meta.id}**${step}: ${meta.description}`, meta.rationale, ...(examples.length ? [examples.join('\n')] : []), `[Rule documentation](${ruleDocUrl(meta.id, true)})`].join('\n\n');
}

/** Examples short enough to read in a code-scanning alert (step rules' examples are whole letters). */
function shortExamples(id: string): RuleExample[] {
	return ruleById(id)!.meta.examples.filter((e) => [e.bad, e.fixed, e.good].every((t) => t === undefined || t.length <= 200));
}

function quote(s: string): string {
	return `“${s.replace(/\s+/g, ' ').trim()}”`;
}
