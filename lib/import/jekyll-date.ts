import { pad2, parseFrontMatterDate, type DayParts } from '../dates';
import type { JekyllTime } from './permalink';

/** Whether `timeZone` is a zone name the platform knows (`Europe/Paris`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time of an instant in a time zone. */
export function wallClock(instant: Date, timeZone: string): JekyllTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

export type JekyllDate =
  | { ok: true; time: JekyllTime; day: DayParts; /** Front-matter text giving the same day here, when the written day is not Jekyll's. */ rewritten?: string }
  | { ok: false };

/**
 * The date Jekyll gave a post: the front matter's `date:` if any, else the file name's day at
 * midnight. Jekyll read it in the site's `timezone:` (the build machine's when unset, UTC here):
 * a date written with an offset moves to that zone's wall clock, and may change day; one written
 * without an offset is that zone's time already.
 */
export function jekyllDate(written: unknown, fileDay: DayParts | undefined, timeZone: string): JekyllDate {
  if (written === undefined || written === null) {
    return fileDay ? { ok: true, day: fileDay, time: { ...fileDay, hour: 0, minute: 0, second: 0 } } : { ok: false };
  }
  const d = parseFrontMatterDate(written);
  if (!d.ok) return { ok: false };
  if (!d.zoned) return { ok: true, day: d.day, time: { ...d.day, ...d.clock } };
  const time = wallClock(d.instant, timeZone);
  const day = { year: time.year, month: time.month, day: time.day };
  const moved = day.year !== d.day.year || day.month !== d.day.month || day.day !== d.day.day;
  return moved ? { ok: true, day, time, rewritten: zonedText(time, d.instant) } : { ok: true, day, time };
}

/** `2020-01-02 04:30:00 +0100`: the wall clock with its offset, read back as the same instant and day. */
function zonedText(time: JekyllTime, instant: Date): string {
  const asUtc = Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
  const offset = Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const day = `${String(time.year).padStart(4, '0')}-${pad2(time.month)}-${pad2(time.day)}`;
  return `${day} ${pad2(time.hour)}:${pad2(time.minute)}:${pad2(time.second)} ${sign}${pad2(Math.floor(abs / 60))}${pad2(abs % 60)}`;
}
