/**
 * Scores the engine against the labelled development set (see test/fixtures/letters/LABELLING.md).
 *
 *   npx tsx scripts/eval.ts [dir] [--json] [--verbose]
 *   npx tsx scripts/eval.ts --summary [dir…]     one Markdown table over the sets (default: all of them), for docs/evaluation.md
 *
 * Reports, over letters only, per-step precision/recall/F1 twice: for "present" (from result.steps) and for
 * "missing" (from the missing-* findings). Also letter detection, and phrase-rule precision/recall with hits on
 * benign text. It reports and never gates: the exit code is always 0.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { lint as Lint } from '../server/src/engine/index';

const STEPS = ['understand', 'acknowledge', 'explain', 'alternatives', 'positive', 'empathy', 'open'] as const;
type Step = (typeof STEPS)[number];
interface Label { letter: boolean; steps: Record<Step, boolean>; phrases: { text: string; rule: string }[]; benign: string[] }
interface Span { start: number; end: number }
interface Counts { tp: number; fp: number; fn: number; tn: number }

const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
const tally = (c: Counts, truth: boolean, guess: boolean) => { c[truth ? (guess ? 'tp' : 'fn') : guess ? 'fp' : 'tn']++; };
const f1 = (p: number, r: number) => (2 * p * r) / (p + r);
const score = (c: Counts) => {
	const precision = c.tp / (c.tp + c.fp), recall = c.tp / (c.tp + c.fn);
	return { ...c, precision, recall, f1: f1(precision, recall) };
};
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
/** Phrase rules are every rule except the step rules. */
const isPhraseRule = (id: string) => !id.startsWith('missing-') && id !== 'acknowledge-before-refusal';
const occurrences = (text: string, sub: string): Span[] => {
	const out: Span[] = [];
	for (let i = text.indexOf(sub); sub && i >= 0; i = text.indexOf(sub, i + 1)) out.push({ start: i, end: i + sub.length });
	return out;
};

async function evaluate(dir: string) {
	const { lint } = (await import('../server/src/engine/index')) as { lint: typeof Lint };
	const labels: Record<string, Label> = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8'));
	const present = Object.fromEntries(STEPS.map((s) => [s, counts()])) as Record<Step, Counts>;
	const missing = Object.fromEntries(STEPS.map((s) => [s, counts()])) as Record<Step, Counts>;
	const letter = counts();
	const phrases = { labelled: 0, found: 0, foundBySameRule: 0, findings: 0, onLabelled: 0, benignHits: 0 };
	const byRule: Record<string, { labelled: number; found: number; flagged: number; falsePositives: number }> = {};
	const rule = (id: string) => (byRule[id] ??= { labelled: 0, found: 0, flagged: 0, falsePositives: 0 });
	const disagreements: { file: string; what: string }[] = [];
	const errors: { file: string; error: string }[] = [];
	const note = (file: string, what: string) => disagreements.push({ file, what });

	for (const [file, label] of Object.entries(labels)) {
		let text: string, r: ReturnType<typeof Lint>;
		try {
			text = fs.readFileSync(path.join(dir, file), 'utf8');
			const rel = path.relative('.', path.join(dir, file)).split(path.sep).join('/');
			r = lint(text, { languageId: file.endsWith('.md') ? 'markdown' : 'plaintext', path: rel });
		} catch (e) {
			errors.push({ file, error: String((e as Error)?.message ?? e) });
			continue;
		}
		// A rule that throws is switched off for the rest of the process: say so, or every later figure is wrong.
		for (const pr of r.problems ?? []) errors.push({ file, error: `${pr.source}: ${pr.message}` });
		tally(letter, label.letter, r.letter);
		if (label.letter !== r.letter) note(file, `letter: labelled ${label.letter}, engine ${r.letter}`);

		if (label.letter) {
			for (const s of STEPS) {
				const says = !!r.steps?.[s];
				const fired = r.findings.some((f) => f.ruleId.startsWith('missing-') && (f.step === s || f.ruleId === `missing-${s}`));
				tally(present[s], label.steps[s], says);
				tally(missing[s], !label.steps[s], fired);
				if (label.steps[s] !== says) note(file, `${s}: labelled ${label.steps[s] ? 'present' : 'absent'}, engine says ${says ? 'present' : 'absent'}`);
				// Listed separately only when the finding disagrees with result.steps too (else the line above covers it).
				if (label.steps[s] === fired && fired === says) note(file, `missing-${s} ${fired ? 'fired although the move is present' : 'did not fire although the move is absent'}`);
			}
		}

		const labelled = label.phrases.map((p) => ({ ...p, start: text.indexOf(p.text), end: text.indexOf(p.text) + p.text.length }));
		const found = r.findings.filter((f) => isPhraseRule(f.ruleId));
		for (const p of labelled) {
			const hits = found.filter((f) => overlaps(f, p));
			phrases.labelled++; rule(p.rule).labelled++;
			if (hits.length) { phrases.found++; rule(p.rule).found++; } else note(file, `missed phrase "${p.text}" (${p.rule})`);
			if (hits.some((f) => f.ruleId === p.rule)) phrases.foundBySameRule++;
		}
		const benign = label.benign.flatMap((b) => occurrences(text, b).map((span) => ({ ...span, text: b })));
		for (const f of found) {
			phrases.findings++; rule(f.ruleId).flagged++;
			if (labelled.some((p) => overlaps(f, p))) phrases.onLabelled++;
			else { rule(f.ruleId).falsePositives++; note(file, `false positive ${f.ruleId} ${JSON.stringify(text.slice(f.start, f.end))} at ${f.start}`); }
			const b = benign.find((x) => overlaps(f, x));
			if (b) { phrases.benignHits++; note(file, `benign "${b.text}" flagged by ${f.ruleId}`); }
		}
	}

	const precision = phrases.onLabelled / phrases.findings, recall = phrases.found / phrases.labelled;
	return {
		dir,
		documents: Object.keys(labels).length,
		letters: Object.values(labels).filter((l) => l.letter).length,
		steps: Object.fromEntries(STEPS.map((s) => [s, { present: score(present[s]), missing: score(missing[s]) }])) as Record<Step, { present: ReturnType<typeof score>; missing: ReturnType<typeof score> }>,
		letterDetection: { ...score(letter), nonLettersCalledLetters: letter.fp, lettersMissed: letter.fn },
		phrases: { ...phrases, precision, recall, f1: f1(precision, recall), byRule },
		errors,
		disagreements,
	};
}

function print(report: Awaited<ReturnType<typeof evaluate>>, verbose: boolean) {
	const pct = (n: number) => (Number.isFinite(n) ? `${(n * 100).toFixed(0)}%`.padStart(6) : '     —');
	const n = (x: number, w = 4) => String(x).padStart(w);
	const head = `${''.padEnd(14)}  tp  fp  fn ${'precis'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)}`;
	const row = (name: string, c: ReturnType<typeof score>) => `${name.padEnd(14)}${n(c.tp)}${n(c.fp)}${n(c.fn)} ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`;
	console.log(`Tactful eval: ${report.documents} documents (${report.letters} letters) in ${report.dir}\n`);
	for (const kind of ['present', 'missing'] as const) {
		console.log(`Steps, positive class = step ${kind} (letters only)\n${head}`);
		const all = counts();
		for (const s of STEPS) {
			const c = report.steps[s][kind];
			console.log(row(s, c));
			for (const k of ['tp', 'fp', 'fn', 'tn'] as const) all[k] += c[k];
		}
		console.log(`${row('(all steps)', score(all))}\n`);
	}
	const ld = report.letterDetection;
	console.log(`Letter detection\n${head}\n${row('letter', ld)}`);
	console.log(`  non-letters called letters: ${ld.nonLettersCalledLetters}, letters missed: ${ld.lettersMissed}\n`);
	const p = report.phrases;
	console.log(`Problem phrases: ${p.found}/${p.labelled} labelled phrases found (${p.foundBySameRule} by the labelled rule); ` +
		`${p.onLabelled}/${p.findings} phrase findings on a labelled phrase`);
	console.log(`  precision ${pct(p.precision)}   recall ${pct(p.recall)}   F1 ${pct(p.f1)}   benign false positives: ${p.benignHits}`);
	console.log(`  ${'rule'.padEnd(26)}labelled found flagged false+`);
	for (const [id, c] of Object.entries(p.byRule).sort())
		console.log(`  ${id.padEnd(26)}${n(c.labelled, 8)}${n(c.found, 6)}${n(c.flagged, 8)}${n(c.falsePositives, 7)}`);
	for (const e of report.errors) console.log(`\nERROR linting ${e.file}: ${e.error}`);
	if (!verbose) return console.log('\n(--verbose lists each disagreement; --json prints the report as JSON)');
	console.log(`\nDisagreements (${report.disagreements.length}):`);
	for (const d of report.disagreements) console.log(`  ${d.file}: ${d.what}`);
}

/** One Markdown table over several sets: what docs/evaluation.md shows. */
function summary(reports: Awaited<ReturnType<typeof evaluate>>[]) {
	const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(0)}%` : '—');
	const micro = (r: (typeof reports)[number]) => {
		const all = counts();
		for (const s of STEPS) for (const k of ['tp', 'fp', 'fn', 'tn'] as const) all[k] += r.steps[s].present[k];
		return score(all);
	};
	const rows = [
		['documents (letters)', (r: (typeof reports)[number]) => `${r.documents} (${r.letters})`],
		['letter detection: precision / recall', (r: (typeof reports)[number]) => `${pct(r.letterDetection.precision)} / ${pct(r.letterDetection.recall)}`],
		['non-letters called letters', (r: (typeof reports)[number]) => `${r.letterDetection.nonLettersCalledLetters} of ${r.documents - r.letters}`],
		['all seven moves: precision / recall / F1', (r: (typeof reports)[number]) => { const m = micro(r); return `${pct(m.precision)} / ${pct(m.recall)} / ${pct(m.f1)}`; }],
		...STEPS.map((s) => [`${s}: F1 (precision / recall)`, (r: (typeof reports)[number]) => { const c = r.steps[s].present; return `${pct(c.f1)} (${pct(c.precision)} / ${pct(c.recall)})`; }] as const),
		['problem phrases: precision / recall', (r: (typeof reports)[number]) => `${pct(r.phrases.precision)} / ${pct(r.phrases.recall)}`],
		['benign phrases flagged', (r: (typeof reports)[number]) => String(r.phrases.benignHits)],
	] as const;
	console.log(`| | ${reports.map((r) => `\`${path.relative('.', r.dir).split(path.sep).join('/')}\``).join(' | ')} |`);
	console.log(`|---|${reports.map(() => '---:').join('|')}|`);
	for (const [name, cell] of rows) console.log(`| ${name} | ${reports.map((r) => cell(r)).join(' | ')} |`);
}

/** Every labelled set, the development set first, then in the order they were written. */
const SETS = ['test/fixtures/letters', 'test/fixtures/holdout', ...fs.readdirSync('test/fixtures').filter((d) => /^blind(?:-\d+)?$/.test(d)).sort((a, b) => Number(a.split('-')[1] ?? 1) - Number(b.split('-')[1] ?? 1)).map((d) => `test/fixtures/${d}`)];
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
if (args.includes('--summary')) {
	const dirs = args.filter((a) => !a.startsWith('--'));
	Promise.all((dirs.length ? dirs : SETS.filter((d) => fs.existsSync(d))).map(evaluate)).then(summary, (e) => console.error(`eval could not run: ${e?.stack ?? e}`)).finally(() => process.exit(0));
} else evaluate(args.find((a) => !a.startsWith('--')) ?? 'test/fixtures/letters').then(
	(report) => {
		if (!args.includes('--json')) return print(report, verbose);
		const out = { ...report, disagreements: verbose ? report.disagreements : undefined };
		console.log(JSON.stringify(out, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2));
	},
	(e) => console.error(`eval could not run: ${e?.stack ?? e}`),
).finally(() => process.exit(0));
