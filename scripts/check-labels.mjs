#!/usr/bin/env node
// Checks the labelled development set: every document has a label, every label has a document,
// labels are well formed, and each labelled phrase / benign substring occurs in its document.
// Usage: node scripts/check-labels.mjs [dir]   (default: test/fixtures/letters)
import fs from 'node:fs';
import path from 'node:path';

const STEPS = ['understand', 'acknowledge', 'explain', 'alternatives', 'positive', 'empathy', 'open'];
const RULES = new Set([
	'no-blunt-refusal', 'no-blame', 'no-defensive', 'no-vague-excuse',
	'no-jargon', 'no-over-apology', 'no-shouting', 'no-unfilled-placeholder',
]);
const KINDS = new Set(['letter', 'template', 'other']);

const dir = process.argv[2] ?? 'test/fixtures/letters';
const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8'));
const docs = fs.readdirSync(dir).filter((f) => /\.(md|txt)$/i.test(f) && f !== 'LABELLING.md');
const errors = [];
const err = (file, msg) => errors.push(`${file}: ${msg}`);

for (const f of docs) if (!(f in labels)) err(f, 'document has no label');

for (const [file, label] of Object.entries(labels)) {
	const p = path.join(dir, file);
	if (!fs.existsSync(p)) { err(file, 'label has no document'); continue; }
	const text = fs.readFileSync(p, 'utf8');
	if (typeof label.letter !== 'boolean') err(file, '"letter" must be a boolean');
	if (label.kind !== undefined && !KINDS.has(label.kind)) err(file, `unknown kind "${label.kind}"`);
	for (const s of STEPS) {
		if (typeof label.steps?.[s] !== 'boolean') err(file, `steps.${s} must be a boolean`);
		else if (!label.letter && label.steps[s]) err(file, `non-letter has steps.${s} = true`);
	}
	for (const k of Object.keys(label.steps ?? {})) if (!STEPS.includes(k)) err(file, `unknown step "${k}"`);
	if (!Array.isArray(label.phrases)) err(file, '"phrases" must be an array');
	if (!Array.isArray(label.benign)) err(file, '"benign" must be an array');
	if (typeof label.notes !== 'string' || !label.notes) err(file, '"notes" must be a non-empty string');
	if (!label.letter && label.phrases?.length) err(file, 'non-letter should have no phrases (list trigger words under benign)');
	const phraseSpans = [];
	for (const ph of label.phrases ?? []) {
		if (!RULES.has(ph.rule)) err(file, `unknown rule "${ph.rule}" for "${ph.text}"`);
		const at = text.indexOf(ph.text);
		if (!ph.text || at < 0) { err(file, `phrase not found: "${ph.text}"`); continue; }
		phraseSpans.push([at, at + ph.text.length, ph.text]);
		// The first occurrence is the one that counts; warn if it sits in a quoted ('> ') line.
		const lineStart = text.lastIndexOf('\n', at) + 1;
		if (/^\s*>/.test(text.slice(lineStart, at + 1))) err(file, `first occurrence of phrase "${ph.text}" is inside a quoted line`);
	}
	for (const b of label.benign ?? []) {
		if (!b || !text.includes(b)) { err(file, `benign substring not found: "${b}"`); continue; }
		for (let at = text.indexOf(b); at >= 0; at = text.indexOf(b, at + 1)) {
			const hit = phraseSpans.find(([s, e]) => at < e && s < at + b.length);
			if (hit) err(file, `benign "${b}" overlaps labelled phrase "${hit[2]}"`);
		}
	}
}

const n = Object.keys(labels).length;
const letters = Object.values(labels).filter((l) => l.letter).length;
if (errors.length) {
	for (const e of errors) console.error(`✗ ${e}`);
	console.error(`\n${errors.length} problem(s) in ${dir}`);
	process.exit(1);
}
console.log(`✓ ${n} labelled documents (${letters} letters, ${n - letters} non-letters) in ${dir}; all phrases and benign substrings found.`);
