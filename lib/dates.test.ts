import { afterEach, describe, expect, it } from 'vitest';
import { dayToDate, formatFrenchDate, isoDay, isRealDay, parseFrontMatterDate, parsePostFileName } from './dates';

describe('parsePostFileName', () => {
  it('reads a two-digit year as 20YY', () => {
    expect(parsePostFileName('18-09-24-retrospective-defis-eig2.md')).toEqual({
      ok: true,
      date: { year: 2018, month: 9, day: 24 },
      slug: 'retrospective-defis-eig2',
      ext: 'md',
    });
    expect(parsePostFileName('09-01-05-x.mdx')).toEqual({ ok: true, date: { year: 2009, month: 1, day: 5 }, slug: 'x', ext: 'mdx' });
  });
  it('reads a four-digit year, one-digit months and days, and a draft prefix', () => {
    expect(parsePostFileName('_2019-3-7-brouillon.md')).toEqual({
      ok: true,
      date: { year: 2019, month: 3, day: 7 },
      slug: 'brouillon',
      ext: 'md',
    });
  });
  it('rejects a day that does not exist', () => {
    expect(parsePostFileName('2018-02-30-x.md')).toEqual({ ok: false, reason: 'date', text: '2018-02-30' });
    expect(parsePostFileName('18-13-01-x.md')).toEqual({ ok: false, reason: 'date', text: '18-13-01' });
    expect(parsePostFileName('2019-02-29-x.md')).toMatchObject({ ok: false, reason: 'date' });
  });
  it('accepts 29 February of a leap year', () => {
    expect(parsePostFileName('2020-02-29-x.md')).toMatchObject({ ok: true, date: { year: 2020, month: 2, day: 29 } });
  });
  it('says when the name has no date at all', () => {
    expect(parsePostFileName('mon-article.md')).toEqual({ ok: false, reason: 'pattern' });
  });
  it('says when nothing after the date can make a slug, with the date as written', () => {
    const date = { year: 2021, month: 4, day: 6 };
    for (const name of ['2021-04-06-....md', '2021-04-06-.md', '2021-04-06--.md', '2021-04-06-_.md'])
      expect(parsePostFileName(name)).toEqual({ ok: false, reason: 'slug', date, text: '2021-04-06', ext: 'md' });
    expect(parsePostFileName('_21-4-6-!.mdx')).toEqual({ ok: false, reason: 'slug', date, text: '21-4-6', ext: 'mdx' });
    expect(parsePostFileName('2021-04-06-été.md')).toMatchObject({ ok: true, slug: 'été' });
  });
});

describe('isRealDay', () => {
  it('knows month lengths', () => {
    expect(isRealDay({ year: 2018, month: 4, day: 31 })).toBe(false);
    expect(isRealDay({ year: 2018, month: 12, day: 31 })).toBe(true);
    expect(isRealDay({ year: 2018, month: 0, day: 1 })).toBe(false);
  });
});

describe('parseFrontMatterDate', () => {
  it('reads a day alone as that day at UTC midnight', () => {
    expect(parseFrontMatterDate('2018-09-24')).toEqual({
      ok: true,
      day: { year: 2018, month: 9, day: 24 },
      instant: new Date('2018-09-24T00:00:00Z'),
      clock: { hour: 0, minute: 0, second: 0 },
      zoned: false,
    });
  });
  it('keeps the calendar day as written whatever the time and zone', () => {
    // 00:30 in Paris is the previous day in UTC; the post is still dated the 24th.
    expect(parseFrontMatterDate('2018-09-24 00:30:00 +0200')).toEqual({
      ok: true,
      day: { year: 2018, month: 9, day: 24 },
      instant: new Date('2018-09-23T22:30:00Z'),
      clock: { hour: 0, minute: 30, second: 0 },
      zoned: true,
    });
    expect(parseFrontMatterDate('2018-09-24T23:30:00-05:00')).toEqual({
      ok: true,
      day: { year: 2018, month: 9, day: 24 },
      instant: new Date('2018-09-25T04:30:00Z'),
      clock: { hour: 23, minute: 30, second: 0 },
      zoned: true,
    });
    expect(parseFrontMatterDate('2018-09-24 10:00')).toMatchObject({
      day: { year: 2018, month: 9, day: 24 },
      instant: new Date('2018-09-24T10:00:00Z'),
    });
    expect(parseFrontMatterDate('2018-09-24T10:00:00Z')).toMatchObject({ instant: new Date('2018-09-24T10:00:00Z') });
  });
  it('rejects impossible days, hours and other text', () => {
    expect(parseFrontMatterDate('2018-02-30')).toEqual({ ok: false });
    expect(parseFrontMatterDate('2018-09-24 25:00')).toEqual({ ok: false });
    expect(parseFrontMatterDate('24/09/2018')).toEqual({ ok: false });
    expect(parseFrontMatterDate(20180924)).toEqual({ ok: false });
  });
});

describe('formatFrenchDate', () => {
  it('writes the day in French', () => {
    expect(formatFrenchDate(new Date(Date.UTC(2018, 8, 24)))).toBe('24 septembre 2018');
  });
  it('writes the first of the month 1er', () => {
    expect(formatFrenchDate(new Date(Date.UTC(2019, 0, 1)))).toBe('1er janvier 2019');
    expect(formatFrenchDate(new Date(Date.UTC(2019, 0, 11)))).toBe('11 janvier 2019');
    expect(formatFrenchDate(new Date(Date.UTC(2019, 6, 21)))).toBe('21 juillet 2019');
  });
});

describe('under any TZ', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  /** Everything a page shows of a post's date, from the front matter and the file name. */
  function rendered() {
    const parsed = parsePostFileName('18-09-01-x.md');
    if (!parsed.ok) throw new Error('fixture name must parse');
    const fromName = dayToDate(parsed.date);
    const fromFrontMatter = parseFrontMatterDate('2018-09-24 00:30:00 +0200');
    const lateEvening = parseFrontMatterDate('2018-12-31 23:30');
    if (!fromFrontMatter.ok || !lateEvening.ok) throw new Error('fixture dates must parse');
    return [
      formatFrenchDate(fromName),
      isoDay(fromName),
      formatFrenchDate(dayToDate(fromFrontMatter.day)),
      isoDay(dayToDate(fromFrontMatter.day)),
      formatFrenchDate(dayToDate(lateEvening.day)),
      fromFrontMatter.instant.toISOString(),
    ];
  }

  it.each(['Pacific/Kiritimati', 'America/Los_Angeles', 'UTC', 'Europe/Paris', 'Pacific/Pago_Pago'])('gives the same days in %s', (tz) => {
    process.env.TZ = tz;
    // The zone really applies in this process: Kiritimati is UTC+14, Los Angeles UTC-7 in September.
    if (tz === 'Pacific/Kiritimati') expect(new Date('2018-09-24T00:00:00Z').getTimezoneOffset()).toBe(-840);
    if (tz === 'America/Los_Angeles') expect(new Date('2018-09-24T00:00:00Z').getTimezoneOffset()).toBe(420);
    expect(rendered()).toEqual([
      '1er septembre 2018',
      '2018-09-01',
      '24 septembre 2018',
      '2018-09-24',
      '31 décembre 2018',
      '2018-09-23T22:30:00.000Z',
    ]);
  });
});
