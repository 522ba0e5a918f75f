import { afterEach, describe, expect, it } from 'vitest';
import { dayToDate, formatFrenchDate, parseFrontMatterDate, parsePostFileName } from './dates';

describe('parsePostFileName', () => {
  it('reads a two-digit year as 20YY', () => {
    expect(parsePostFileName('18-09-24-retrospective-defis-eig2.md')).toEqual({
      ok: true,
      date: { year: 2018, month: 9, day: 24 },
      slug: 'retrospective-defis-eig2',
      ext: 'md',
    });
  });
  it('reads a four-digit year, an mdx extension and a draft prefix', () => {
    expect(parsePostFileName('_2019-03-01-Mon-Article.mdx')).toMatchObject({ ok: true, date: { year: 2019, month: 3, day: 1 }, slug: 'Mon-Article', ext: 'mdx' });
  });
  it('rejects a day that does not exist', () => {
    expect(parsePostFileName('2018-02-30-x.md')).toEqual({ ok: false, reason: 'date', text: '2018-02-30' });
    expect(parsePostFileName('2019-02-29-x.md')).toMatchObject({ ok: false, reason: 'date' });
    expect(parsePostFileName('2020-02-29-x.md')).toMatchObject({ ok: true });
  });
  it('says when the name has no date', () => {
    expect(parsePostFileName('mon-article.md')).toEqual({ ok: false, reason: 'pattern' });
  });
});

describe('parseFrontMatterDate', () => {
  it('keeps the calendar day as written, whatever the zone', () => {
    expect(parseFrontMatterDate('2018-09-24')).toMatchObject({ ok: true, day: { year: 2018, month: 9, day: 24 } });
    const late = parseFrontMatterDate('2018-09-24 00:30:00 +0200');
    expect(late).toMatchObject({ ok: true, day: { year: 2018, month: 9, day: 24 } });
    expect(late.ok && late.instant.toISOString()).toBe('2018-09-23T22:30:00.000Z');
    expect(parseFrontMatterDate('2018-09-24T10:00:00+02:00')).toMatchObject({ ok: true, day: { day: 24 } });
    expect(parseFrontMatterDate('2018-09-24 10:00')).toMatchObject({ ok: true, day: { day: 24 } });
  });
  it('rejects impossible dates and other values', () => {
    expect(parseFrontMatterDate('2020-13-45')).toEqual({ ok: false });
    expect(parseFrontMatterDate('2020-01-01 25:00')).toEqual({ ok: false });
    expect(parseFrontMatterDate('hier')).toEqual({ ok: false });
    expect(parseFrontMatterDate(42)).toEqual({ ok: false });
  });
});

describe('formatFrenchDate', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('writes the day in French, with 1er for the first', () => {
    expect(formatFrenchDate(dayToDate({ year: 2018, month: 9, day: 24 }))).toBe('24 septembre 2018');
    expect(formatFrenchDate(dayToDate({ year: 2019, month: 3, day: 1 }))).toBe('1er mars 2019');
  });

  it.each(['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago'])('gives the same day under TZ=%s', (tz) => {
    process.env.TZ = tz;
    const parsed = parsePostFileName('18-09-24-x.md');
    expect(parsed.ok && formatFrenchDate(dayToDate(parsed.date))).toBe('24 septembre 2018');
    const fm = parseFrontMatterDate('2018-12-31 23:30:00 -0500');
    expect(fm.ok && formatFrenchDate(dayToDate(fm.day))).toBe('31 décembre 2018');
  });
});
