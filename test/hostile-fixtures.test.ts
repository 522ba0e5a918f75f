import { describe, expect, it } from 'vitest';
import { errorsOf, formatProblem, type Problem } from '../lib/problems';
import { checkHostile, frontMatterCases, hostileCases, redirectsCases, type HostileCase } from './fixtures/hostile/cases';
import { makeHostileCopy } from './fixtures/hostile/links';

/**
 * test/fixtures/hostile/: every file of its content/ says, in `# expect:` comments, what
 * `npm run check` must print for it; this runs the check once on the folder and holds each file to it.
 */

const { cases, withoutCase } = hostileCases();
let report: Problem[] | undefined;
/** The check, run once, on first use. */
const problems = () => (report ??= checkHostile().problems);

const of = (c: Pick<HostileCase, 'file' | 'line'>) => problems().filter((p) => p.file === c.file && (c.line === undefined || p.line === c.line));
/** What `npm run check` prints for a problem: where, severity, message and fix. */
const printed = (p: Problem) => formatProblem(p);
const where = (c: HostileCase) => (c.line ? `${c.file}:${c.line}` : c.file);

describe('test/fixtures/hostile', () => {
  it('holds at least 40 cases, each stated once, for posts, profiles and redirects.yml', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const folder of ['content/posts/', 'content/authors/', 'content/redirects.yml']) {
      expect(cases.some((c) => c.file.startsWith(folder)), folder).toBe(true);
    }
    const stated = cases.map((c) => `${where(c)} ${c.kind} ${c.text}`);
    expect(new Set(stated).size).toBe(stated.length);
  });

  it.each(withoutCase)('%s, which states no case (the fixtures’ own), has no error', (file) => {
    expect(errorsOf(of({ file })).map(printed)).toEqual([]);
  });

  for (const c of cases) {
    const name = `${where(c)} (comment at line ${c.commentLine}): ${c.kind === 'ok' ? 'accepted' : `${c.kind} “${c.text}”`}`;
    it(name, () => {
      const found = of(c);
      const errors = errorsOf(found);
      if (c.kind === 'error') {
        const match = errors.find((p) => printed(p).includes(c.text));
        expect(match, `no error holds “${c.text}”; the check printed:\n${found.map(printed).join('\n') || '(nothing)'}`).toBeDefined();
        expect(match?.fix, `${printed(match!)}\nhas no fix`).toBeTruthy();
      } else {
        expect(errors.map(printed), 'errors').toEqual([]);
        if (c.kind === 'warning') {
          const warnings = found.filter((p) => p.severity === 'warning');
          expect(
            warnings.some((p) => printed(p).includes(c.text)),
            `no warning holds “${c.text}”; the check printed:\n${found.map(printed).join('\n') || '(nothing)'}`,
          ).toBe(true);
        }
      }
    });
  }

  it('names no file that the folder does not hold, and no redirects.yml line without a case', () => {
    const files = new Set([...cases.map((c) => c.file), ...withoutCase]);
    const stray = problems().filter((p) => !files.has(p.file) || (p.file === 'content/redirects.yml' && !cases.some((c) => c.file === p.file && c.line === p.line)));
    expect(stray.map(printed)).toEqual([]);
  });
});

describe('how a case is stated', () => {
  it('reads `# expect:`, `# expect: ok` and `# expect-warning:` in front matter only', () => {
    const text = '---\n# expect: refused\ntitle: X\n# expect-warning:  accepted, said so \n---\n\n# expect: a heading, not a case\n';
    expect(frontMatterCases('content/posts/x.md', text)).toEqual([
      { file: 'content/posts/x.md', kind: 'error', text: 'refused', commentLine: 2, line: undefined },
      { file: 'content/posts/x.md', kind: 'warning', text: 'accepted, said so', commentLine: 4, line: undefined },
    ]);
    expect(frontMatterCases('content/posts/x.md', '# expect: ok\n')).toEqual([]);
  });

  it('gives each comment of redirects.yml the entry below it, and refuses one with no entry right below', () => {
    const text = '# header\n\n# expect: ok\n- from: /a/\n  to: /b/\n\n# expect: refused\n# (why)\n- { from: /c/, to: /d/ }\n';
    expect(redirectsCases('content/redirects.yml', text).map((c) => [c.line, c.kind, c.text])).toEqual([
      [4, 'ok', 'ok'],
      [9, 'error', 'refused'],
    ]);
    expect(() => redirectsCases('content/redirects.yml', '- from: /a/\n# expect: ok\n  to: /b/\n')).toThrow('content/redirects.yml:2: this expectation has no entry right below it');
  });
});

describe('test/fixtures/hostile/links.ts: the symbolic links git cannot hold', () => {
  it('each link is refused with its message and a fix, and read through no link', () => {
    const copy = makeHostileCopy();
    try {
      const { problems: found } = checkHostile(copy.contentDir, copy.publicDir);
      expect(copy.cases.length).toBeGreaterThanOrEqual(7);
      for (const c of copy.cases) {
        const errors = errorsOf(found.filter((p) => p.file === c.file));
        const match = errors.find((p) => printed(p).includes(c.expect));
        expect(match, `${c.file}: no error holds “${c.expect}”; the check printed:\n${errors.map(printed).join('\n') || '(nothing)'}`).toBeDefined();
        expect(match?.fix).toBeTruthy();
      }
    } finally {
      copy.remove();
    }
  });
});
