import { messages, siteLang, type Lang } from './messages';

/**
 * A content problem: what is wrong, where, and how to fix it.
 * Every check returns these instead of throwing, so that one run reports them all.
 */
/** An error stops the build; a warning and information do not. */
export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  /** Path relative to the project root, as an author would type it. */
  file: string;
  line?: number;
  column?: number;
  severity: Severity;
  /** The stable code of lib/messages/codes.ts (`E027`), the same in every language, listed in the authors' guide. */
  code?: string;
  message: string;
  fix?: string;
}

export function error(file: string, message: string, extra: Partial<Problem> = {}): Problem {
  return { file, message, severity: 'error', ...extra };
}

export function warning(file: string, message: string, extra: Partial<Problem> = {}): Problem {
  return { file, message, severity: 'warning', ...extra };
}

/** One problem as `npm run check` prints it, in the site's language (or `lang`): `file:line : erreur : [E027] message`, then its fix. */
export function formatProblem(p: Problem, lang: Lang = siteLang): string {
  const t = messages(lang);
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  const fix = p.fix ? `\n    ${t.format.fix(p.fix)}` : '';
  return `${t.format.problem(where, t.severity[p.severity], p.code, p.message)}${fix}`;
}

export function formatProblems(problems: readonly Problem[], lang: Lang = siteLang): string {
  const sorted = [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
  return sorted.map((p) => formatProblem(p, lang)).join('\n');
}

export const errorsOf = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');

/** Thrown by the loader when content cannot be published; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const errors = errorsOf(problems);
    super(messages().format.contentErrors(errors.length, formatProblems(errors)));
    this.name = 'ContentError';
    this.problems = problems;
    // A content mistake is not a program bug: the stack would only hide the message.
    this.stack = this.message;
  }
}

/**
 * Levenshtein distance, for "did you mean" suggestions. Past `bound` the exact figure is of no use:
 * the answer is then `bound + 1`, found without filling the table (a check compares each dead link
 * with every address of the site, thousands at a thousand posts).
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    let smallest = row[0];
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
      smallest = Math.min(smallest, row[j]!);
    }
    // Every path to the last cell crosses this row: none can end below its smallest value.
    if (smallest > bound) return bound + 1;
  }
  return Math.min(row[b.length]!, bound + 1);
}

/**
 * `closest` over one list of candidates, asked many times (every dead link of every post against every
 * address of the site): the candidates are grouped by length, since one whose length differs from the
 * value's by more than a plausible typo cannot be one, and each answer is remembered, since the same
 * dead link is often in many posts. It answers exactly as `closest` does.
 */
export function suggester(candidates: readonly string[]): (value: string) => string | undefined {
  const byLength = new Map<number, { text: string; index: number }[]>();
  candidates.forEach((text, index) => {
    const group = byLength.get(text.length) ?? [];
    group.push({ text, index });
    byLength.set(text.length, group);
  });
  const answers = new Map<string, string | undefined>();
  return (value) => {
    if (answers.has(value)) return answers.get(value);
    const plausible = Math.max(2, Math.floor(value.length / 3));
    let best: { text: string; index: number; distance: number } | undefined;
    for (let length = Math.max(0, value.length - plausible); length <= value.length + plausible; length++) {
      for (const c of byLength.get(length) ?? []) {
        // Ties go to the candidate listed first, as in `closest`: an equal distance must be known exactly.
        const d = editDistance(value, c.text, best?.distance ?? plausible);
        if (d <= plausible && (!best || d < best.distance || (d === best.distance && c.index < best.index))) best = { ...c, distance: d };
      }
    }
    answers.set(value, best?.text);
    return best?.text;
  };
}

/** The closest candidate, if it is close enough to be a plausible typo. */
export function closest(value: string, candidates: readonly string[], normalise = (s: string) => s): string | undefined {
  const v = normalise(value);
  const plausible = Math.max(2, Math.floor(v.length / 3));
  let best: string | undefined;
  let bestDistance = plausible + 1;
  for (const c of candidates) {
    // Only a candidate nearer than the best so far matters.
    const d = editDistance(v, normalise(c), bestDistance - 1);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}
