import { slugify } from './slug';

/**
 * Dates are calendar days. They are held as UTC midnight and always formatted
 * in UTC, so the build machine's time zone never shifts a post by a day.
 */

export interface DayParts {
  year: number;
  month: number;
  day: number;
}

const FILE_NAME = /^_?(\d{2}|\d{4})-(\d{1,2})-(\d{1,2})-(.*)\.(md|mdx|markdown)$/;

/**
 * `18-09-24-x.md` is 24 September 2018: a two-digit year means 20YY, as on the old site.
 * A name whose slug has no letter or digit (`2021-04-06-.md`, `2021-04-06-....md`) gives no
 * address: `slug` reason, with the date, so that the caller can say which name to give.
 */
export function parsePostFileName(fileName: string):
  | { ok: true; date: DayParts; slug: string; ext: string }
  | { ok: false; reason: 'pattern' }
  | { ok: false; reason: 'date'; text: string }
  | { ok: false; reason: 'slug'; date: DayParts; text: string; ext: string } {
  const m = FILE_NAME.exec(fileName);
  if (!m) return { ok: false, reason: 'pattern' };
  const [, y, mo, d, slug, ext] = m as unknown as [string, string, string, string, string, string];
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  const date = { year, month: Number(mo), day: Number(d) };
  if (!isRealDay(date)) return { ok: false, reason: 'date', text: `${y}-${mo}-${d}` };
  if (!slugify(slug)) return { ok: false, reason: 'slug', date, text: `${y}-${mo}-${d}`, ext };
  return { ok: true, date, slug, ext };
}

export function isRealDay({ year, month, day }: DayParts): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const t = new Date(Date.UTC(year, month - 1, day));
  return t.getUTCFullYear() === year && t.getUTCMonth() === month - 1 && t.getUTCDate() === day;
}

export const dayToDate = ({ year, month, day }: DayParts) => new Date(Date.UTC(year, month - 1, day));

/**
 * Reads a front-matter date, as Jekyll accepts it: `2018-09-24`, `2018-09-24 10:00`,
 * `2018-09-24T10:00:00+02:00`, `2018-09-24 10:00:00 +0200`. Front matter is parsed without
 * YAML timestamps, so the value is the text as written and its calendar day is the one the
 * author wrote, whatever zone the time is in.
 */
export function parseFrontMatterDate(
  value: unknown,
): { ok: true; day: DayParts; instant: Date; clock: Clock; zoned: boolean } | { ok: false } {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false };
    const clock = { hour: value.getUTCHours(), minute: value.getUTCMinutes(), second: value.getUTCSeconds() };
    return { ok: true, day: dayOf(value), instant: value, clock, zoned: true };
  }
  if (typeof value !== 'string') return { ok: false };
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    value.trim(),
  );
  if (!m) return { ok: false };
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  const day = { year: Number(y), month: Number(mo), day: Number(d) };
  if (!isRealDay(day) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return { ok: false };
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  const utc = Date.UTC(day.year, day.month - 1, day.day, Number(h), Number(mi), Number(s)) - offsetMinutes * 60_000;
  const clock = { hour: Number(h), minute: Number(mi), second: Number(s) };
  return { ok: true, day, instant: new Date(utc), clock, zoned: zone !== undefined };
}

/** A time of day, as written. */
export interface Clock {
  hour: number;
  minute: number;
  second: number;
}

/** The calendar day of an instant, in UTC. */
export function dayOf(date: Date): DayParts {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const frenchDate = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `24 septembre 2018`; `1er` for the first of the month, as French typography wants. */
export function formatFrenchDate(date: Date): string {
  const text = frenchDate.format(date);
  return date.getUTCDate() === 1 ? text.replace(/^1 /, '1er ') : text;
}

/** `2018-09-24`, for `<time datetime>` and sitemaps. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export const pad2 = (n: number) => String(n).padStart(2, '0');
