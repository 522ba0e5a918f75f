import { defaultLang, languageCodes } from '../languages';
import { en } from './en';
import { fr, type Dictionary } from './fr';

export type { Dictionary } from './fr';

/**
 * One reader dictionary per language of site.config.ts. A third language is a line in
 * `languages` there, a file beside these, and its line here; a test checks every configured
 * language has one.
 */
export const dictionaries: Record<string, Dictionary> = { fr, en };

/** The words of a language's pages; the site's own language's for one without a dictionary. */
export const dictionary = (lang: string): Dictionary => dictionaries[lang] ?? dictionaries[defaultLang] ?? fr;

/** The configured languages that have no dictionary: none, or the test fails. */
export const languagesWithoutDictionary = (): string[] => languageCodes.filter((code) => !(code in dictionaries));

/** One formatter per locale: making one costs more than formatting hundreds of dates, and a list page shows dozens. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dateFormat = (locale: string) => {
  let format = dateFormats.get(locale);
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format;
};

/** A date in a language: `24 septembre 2018`, `1er octobre 2018`, `24 September 2018`; always the UTC calendar day. */
export function formatDate(date: Date, lang: string): string {
  const t = dictionary(lang);
  const text = dateFormat(t.dateLocale).format(date);
  // French typography writes the first of the month `1er`.
  return t.frenchTypography && date.getUTCDate() === 1 ? text.replace(/^1 /, '1er ') : text;
}
