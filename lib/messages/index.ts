import { defaultLang } from '../languages';
import type { Problem, Severity } from '../problems';
import { problemCodes, type ProblemKey } from './codes';
import { en } from './en';
import { fr, type Messages } from './fr';

export { problemCodes, type ProblemKey, type ProblemCode } from './codes';
export type {
  BlankLineWhy,
  BylineMatch,
  EmptyKey,
  LinkFolder,
  LiquidKind,
  MarkupChange,
  Messages,
  PageSkip,
  RefChange,
  RefusedFile,
  RemovedAttribute,
  RemovedElement,
  RuleSkip,
  SiteThing,
} from './fr';

/**
 * One dictionary per language for what authors read; the site's language (site.config.ts)
 * picks one, French when the site's language has none.
 */
export const dictionaries = { fr, en } as const satisfies Record<string, Messages>;
export type Lang = keyof typeof dictionaries;

const isLang = (lang: string): lang is Lang => lang in dictionaries;
export const siteLang: Lang = isLang(defaultLang) ? defaultLang : 'fr';

export const messages = (lang: Lang = siteLang): Messages => dictionaries[lang];

/** What the text of a problem needs, per key: the first argument of its French message. */
export type ProblemParams<K extends ProblemKey> = Parameters<Messages['problems'][K]['message']>[0];

interface Entry<P> {
  message: (p: P) => string;
  fix: (p: P) => string;
}

const SEVERITY: Record<string, Severity> = { E: 'error', W: 'warning', I: 'info' };

/** What a problem says, before it has a file: its code, severity, message and fix, in one language. */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  fix?: string;
}

/** A problem by its key and parameters, for code that finds a problem before it knows the file or the language. */
export type ProblemSpec = { [K in ProblemKey]: { key: K; params: ProblemParams<K> } }[ProblemKey];

/** The words of a problem in the site's language (or `lang`), with its code and its severity (the code's first letter). */
export function finding<K extends ProblemKey>(key: K, params: ProblemParams<K>, lang: Lang = siteLang): Finding {
  const code = problemCodes[key];
  // Each entry's functions take that entry's parameters; TypeScript cannot follow K through the lookup.
  const entry = dictionaries[lang].problems[key] as unknown as Entry<ProblemParams<K>>;
  const fix = entry.fix(params);
  return { code, severity: SEVERITY[code[0] ?? 'E'] ?? 'error', message: entry.message(params), ...(fix ? { fix } : {}) };
}

/** The words of a problem described by key and parameters. */
export const describe = (spec: ProblemSpec, lang: Lang = siteLang): Finding =>
  // The spec's key and parameters go together by construction; TypeScript cannot correlate the union's members.
  finding(spec.key, spec.params as ProblemParams<typeof spec.key>, lang);

/** A problem for authors, in the site's language (or `lang`), with its code and its severity (the code's first letter). */
export function problem<K extends ProblemKey>(
  key: K,
  file: string,
  params: ProblemParams<K>,
  where: { line?: number; column?: number } = {},
  lang: Lang = siteLang,
): Problem {
  return { file, ...where, ...finding(key, params, lang) };
}

/** The problem a spec describes, in a file. */
export const problemOf = (spec: ProblemSpec, file: string, where: { line?: number; column?: number } = {}, lang: Lang = siteLang): Problem => ({
  file,
  ...where,
  ...describe(spec, lang),
});
