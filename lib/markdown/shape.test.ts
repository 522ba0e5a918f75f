import { describe as describeProblem } from '../messages';
import { describe, expect, it } from 'vitest';
import { readBody } from './read-body';
import { shapeProblem } from './shape';

describe('bodies of a hostile shape are refused before parsing, with their line', () => {
  it.each([
    ['quotes 2,000 deep', 'Texte.\n\n' + '>'.repeat(2000) + ' x', 3, '2000 quotes or lists open on one line; at most 32'],
    ['lists nested by indentation', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- a`).join('\n'), 130, 'line indented by 258 columns; at most 256'],
    ['a long run of emphasis marks', '*_'.repeat(3000), 1, 'a run of 6000 punctuation characters; at most 1000'],
    ['brackets open 500 deep', '[ '.repeat(500) + 'x', 1, 'more than 32 brackets [ open at once'],
  ])('%s', (_, body, line, message) => {
    const shape = shapeProblem(body);
    expect(shape?.line).toBe(line);
    expect(shape && describeProblem(shape.spec, 'en').message).toBe(message);
    const read = readBody(body, 'md');
    expect(read.ok).toBe(false);
    if (!read.ok) expect([read.problem.line, describeProblem(read.problem.spec, 'en').message]).toEqual([line, message]);
  });

  it('leaves code blocks alone, and accepts what people write', () => {
    expect(shapeProblem('```\n' + '>'.repeat(5000) + '\n```\n\n> > > citation\n\n- a\n  - b\n    - c\n\n***\n\n[lien](/a) [[wiki]]')).toBeUndefined();
  });

  it('refuses HTML nested deeper than the renderer can walk, in both formats', () => {
    expect(readBody('<div>'.repeat(150) + 'x' + '</div>'.repeat(150), 'md')).toMatchObject({ ok: false, problem: { spec: { key: 'bodyTooDeep', params: { max: 100 } } } });
    expect(readBody('<span>'.repeat(150) + 'x' + '</span>'.repeat(150), 'mdx')).toMatchObject({ ok: false, problem: { line: 1 } });
  });
});
