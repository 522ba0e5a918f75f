import { describe, expect, it } from 'vitest';
import { describe as describeProblem, type ProblemSpec } from '../messages';
import { readBody } from './read-body';
import { shapeProblem } from './shape';

describe('bodies of a hostile shape are refused before parsing, with their line', () => {
  it.each([
    ['quotes 2,000 deep', 'Texte.\n\n' + '>'.repeat(2000) + ' x', 3, '[E081] 2000 citations ou listes ouvertes sur une même ligne ; au plus 32'],
    ['lists nested by indentation', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n'), 130, '[E082] ligne en retrait de 258 colonnes ; au plus 256'],
    ['a long run of emphasis marks', '*_'.repeat(3000), 1, '[E083] une suite de 6000 signes de ponctuation ; au plus 1000'],
    ['brackets open 500 deep', '[ '.repeat(500) + 'x', 1, '[E084] plus de 32 crochets [ ouverts à la fois'],
  ])('%s', (_, body, line, message) => {
    const said = (spec: ProblemSpec) => {
      const { code, message: words } = describeProblem(spec);
      return `[${code}] ${words}`;
    };
    const shape = shapeProblem(body);
    expect(shape?.line).toBe(line);
    expect(shape && said(shape.spec)).toBe(message);
    const read = readBody(body, 'md');
    expect(read.ok).toBe(false);
    if (!read.ok) expect([read.problem.line, said(read.problem.spec)]).toEqual([line, message]);
  });

  it('leaves code blocks alone, and accepts what people write', () => {
    expect(shapeProblem('```\n' + '>'.repeat(5000) + '\n```\n\n> > > citation\n\n- a\n  - b\n    - c\n\n***\n\n[lien](/a) [[wiki]]')).toBeUndefined();
  });

  it('refuses HTML nested deeper than the renderer can walk, in both formats', () => {
    expect(readBody('<div>'.repeat(150) + 'x' + '</div>'.repeat(150), 'md')).toMatchObject({ ok: false, problem: { spec: { key: 'bodyTooDeep', params: { max: 100 } } } });
    expect(readBody('<span>'.repeat(150) + 'x' + '</span>'.repeat(150), 'mdx')).toMatchObject({ ok: false, problem: { line: 1 } });
  });
});
