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

/** The rows of `editDistance`, grown as needed: a check compares thousands of pairs, and a fresh array for each cost more than the comparing. */
let rowBuffer = new Uint32Array(64);

/**
 * Levenshtein distance, for "did you mean" suggestions. Past `bound` the exact figure is of no use:
 * the answer is then `bound + 1`, found without filling the table (a check compares each dead link
 * with every address of the site, thousands at a thousand posts). So only the cells within `bound`
 * of the diagonal are filled, a cell farther away being more than `bound` already, and the start and
 * end the two strings share are skipped, as they change nothing (the site's addresses mostly share
 * `/blog/20` and a final `/`).
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (Math.abs(n - m) > bound) return bound + 1;
  if (n === 0 || m === 0) return n + m;
  // Cells farther than `band` from the diagonal hold `far` (never written past the band, which moves one
  // cell a row): any value above the bound answers alike.
  const band = Math.min(bound, Math.max(n, m));
  const far = band + 1;
  if (rowBuffer.length < m + 2) rowBuffer = new Uint32Array(2 * (m + 2));
  const row = rowBuffer;
  for (let j = 0; j <= m; j++) row[j] = j <= band ? j : far;
  for (let i = 1; i <= n; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(m, i + band);
    let diagonal = row[from - 1]!;
    let left = from === 1 ? i : far;
    if (from === 1) row[0] = i;
    let smallest = far;
    const ai = a.charCodeAt(start + i - 1);
    for (let j = from; j <= to; j++) {
      const above = row[j]!;
      const cost = ai === b.charCodeAt(start + j - 1) ? 0 : 1;
      const value = Math.min(above + 1, left + 1, diagonal + cost);
      row[j] = value;
      diagonal = above;
      left = value;
      if (value < smallest) smallest = value;
    }
    // Every path to the last cell crosses this row: none can end below its smallest value.
    if (smallest > bound) return bound + 1;
  }
  return Math.min(row[m]!, bound + 1);
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

let lastSuggester: { key: string; suggest: (value: string) => string | undefined } | undefined;

/**
 * `suggester` of the last call when its candidates are the same, answers remembered: the dev server
 * reads content/ again at every save, and a save seldom changes the site's addresses, so the dead
 * links of a thousand posts are not measured against every address again (0.6 s a save there).
 */
export function lastingSuggester(candidates: readonly string[]): (value: string) => string | undefined {
  const key = JSON.stringify(candidates);
  if (lastSuggester?.key !== key) lastSuggester = { key, suggest: suggester(candidates) };
  return lastSuggester.suggest;
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
