/** Custom phrase rules from config: literal phrases, or patterns run by a linear-time engine (re2js), so no config can hang the linter. */
import type { RE2JS } from 're2js';
import type { CustomPhrase, Finding, Severity } from '../types';
import type { ProseDoc } from '../text/markup';
import { replacementFixes } from './phrase';
import { re2 } from '../re2';

export const CUSTOM_RULE_PREFIX = 'custom';

export interface CompiledCustom {
	phrase: CustomPhrase;
	ruleId: string;
	literal?: RegExp;
	pattern?: RE2JS;
}

const cache = new WeakMap<readonly CustomPhrase[], CompiledCustom[]>();

export function compileCustom(phrases: readonly CustomPhrase[]): CompiledCustom[] {
	let out = cache.get(phrases);
	if (out) return out;
	out = [];
	for (const phrase of phrases) {
		const ruleId = phrase.id ? `${CUSTOM_RULE_PREFIX}/${phrase.id}` : CUSTOM_RULE_PREFIX;
		try {
			if (phrase.phrase) {
				const words = phrase.phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"));
				out.push({ phrase, ruleId, literal: new RegExp(`(?<![\\w'’-])${words.join('\\s+')}(?![\\w'’-])`, 'gi') });
			} else if (phrase.pattern) {
				const RE2 = re2();
				out.push({ phrase, ruleId, pattern: RE2.compile(phrase.pattern, RE2.CASE_INSENSITIVE) });
			}
		} catch {
			// Invalid patterns were reported by resolveConfig; skip them here.
		}
	}
	cache.set(phrases, out);
	return out;
}

export function checkCustom(doc: ProseDoc, compiled: readonly CompiledCustom[], severityOf: (c: CompiledCustom) => Severity | 'off'): Finding[] {
	const findings: Finding[] = [];
	for (const c of compiled) {
		const severity = severityOf(c);
		if (severity === 'off') continue;
		const add = (start: number, end: number) => {
			if (end <= start) return;
			const text = doc.text.slice(start, end);
			findings.push({
				ruleId: c.ruleId,
				step: c.phrase.step ?? null,
				severity,
				message: c.phrase.message,
				start,
				end,
				fixes: replacementFixes({ start, end, text, entry: { match: '' } }, c.phrase.suggestions ?? [], false),
			});
		};
		for (const block of doc.blocks) {
			const slice = doc.reader.slice(block.start, block.end);
			if (c.literal) {
				c.literal.lastIndex = 0;
				let m: RegExpExecArray | null;
				while ((m = c.literal.exec(slice)) !== null) add(block.start + m.index, block.start + m.index + m[0].length);
			} else if (c.pattern) {
				const m = c.pattern.matcher(slice);
				let from = 0;
				while (from <= slice.length && m.find(from)) {
					// re2js declares start()/end() as strings; they are numbers.
					const s = Number(m.start());
					const e = Number(m.end());
					add(block.start + s, block.start + e);
					from = e > s ? e : e + 1;
				}
			}
		}
	}
	return findings;
}
