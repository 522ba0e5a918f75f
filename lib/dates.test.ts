import { describe, expect, it } from 'vitest';
import { formatFrenchDate, parsePostFileName } from './dates';

describe('parsePostFileName', () => {
  it('reads a two-digit year as 20YY', () => {
    expect(parsePostFileName('18-09-24-retrospective-defis-eig2.md')).toEqual({
      ok: true,
      date: { year: 2018, month: 9, day: 24 },
      slug: 'retrospective-defis-eig2',
      ext: 'md',
    });
  });
  it('rejects a day that does not exist', () => {
    expect(parsePostFileName('2018-02-30-x.md')).toEqual({ ok: false, reason: 'date', text: '2018-02-30' });
  });
});

describe('formatFrenchDate', () => {
  it('writes the day in French', () => {
    expect(formatFrenchDate(new Date(Date.UTC(2018, 8, 24)))).toBe('24 septembre 2018');
  });
});
