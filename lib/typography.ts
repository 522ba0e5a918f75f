import { dictionary } from './i18n';

/** U+202F NARROW NO-BREAK SPACE: French sets it before `; ! ?` and inside « », the DSFR's texts too. */
export const NARROW_NBSP = '\u202f';

/**
 * French spacing of a text: the space an author typed before `: ; ! ?` becomes one that cannot
 * break (so a line never starts with the mark), and « » hold their words with one. A mark with no
 * space before it is left alone: `10:30`, `https://`, `page?x=1` are not French punctuation.
 * Guillemets always get their spaces: nothing else writes them.
 */
/** A text of a language as its typography wants it: French spacing for French, untouched otherwise. */
export const typeset = (text: string, lang: string): string => (dictionary(lang).frenchTypography ? frenchSpacing(text) : text);

export function frenchSpacing(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+([:;!?])/g, `${NARROW_NBSP}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NARROW_NBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NARROW_NBSP}»`);
}
