import { formatFrenchDate, isoDay } from '@/lib/dates';

export function DateText({ date }: { date: Date }) {
  return <time dateTime={isoDay(date)}>{formatFrenchDate(date)}</time>;
}
