import { siteConfig, type LanguageConfig } from '../site.config';

/**
 * The site's languages (site.config.ts), in one place: the first is the site's own and has no
 * prefix in addresses; every other one is served under `/<code>/`. A post's `lang` is one of
 * these codes, always a plain string, so that the content snapshot stays plain data.
 */
export const languages: readonly LanguageConfig[] = siteConfig.languages;

/** The site's own language: `fr`. */
export const defaultLang: string = siteConfig.languages[0].code;

export const languageCodes: readonly string[] = languages.map((l) => l.code);

export const isSiteLanguage = (code: string): boolean => languageCodes.includes(code);

/** Open Graph's locale of a language: `fr_FR`. */
export const localeOf = (lang: string): string => languages.find((l) => l.code === lang)?.locale ?? siteConfig.languages[0].locale;

/** What a language's addresses start with: `` for the site's own, `/en` for English. */
export const langPrefix = (lang: string): string => (lang === defaultLang ? '' : `/${lang}`);

/** A site path in a language: `/blog/` → `/en/blog/`. */
export const inLang = (lang: string, path: string): string => `${langPrefix(lang)}${path}`;

/** The language of a page, from its address (without the base path): `/en/blog/` → `en`, `/blog/` → the site's. */
export function langOfPath(path: string): string {
  const first = path.split('/')[1] ?? '';
  return first !== defaultLang && languageCodes.includes(first) ? first : defaultLang;
}
