/**
 * Directive comments that switch rules off and on:
 *   <!-- tactful-disable [rule …] -->            from here on (all rules when none is named)
 *   <!-- tactful-enable [rule …] -->             from here on
 *   <!-- tactful-disable-line [rule …] -->       on the line the comment is on
 *   <!-- tactful-disable-next-line [rule …] -->  on the next line
 *   <!-- tactful-disable-file [rule …] -->       in the whole file
 * In plain text the same words work on a line of their own, bare or in the comment form:
 *   tactful-disable-next-line no-jargon
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

export interface Directive {
	kind: DirectiveKind;
	/** Rule ids named; empty means every rule. */
	rules: string[];
	start: number;
	end: number;
}

const COMMENT = /^\s*<!--\s*tactful-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*?)-->\s*$/;
const BARE = /^\s*tactful-(disable-next-line|disable-line|disable-file|disable|enable)\b(.*)$/;

export function parseDirective(source: string, offset: number, markdown: boolean): Directive | null {
	const m = COMMENT.exec(source) ?? (markdown ? null : BARE.exec(source));
	if (!m) return null;
	const rules = m[2].split(/[\s,]+/).filter((r) => /^[a-z0-9][\w-]*$/i.test(r));
	return { kind: m[1] as DirectiveKind, rules, start: offset, end: offset + source.length };
}
