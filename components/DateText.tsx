import { isoDay } from '@/lib/dates';
import { formatDate } from '@/lib/i18n';
import { defaultLang } from '@/lib/languages';

/** A calendar day, read in the page's language: `24 septembre 2018`, `24 September 2018`. */
export function DateText({ date, lang = defaultLang }: { date: Date; lang?: string }) {
  return <time dateTime={isoDay(date)}>{formatDate(date, lang)}</time>;
}
