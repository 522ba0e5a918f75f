import { pad2, type DayParts } from '../dates';

/** Jekyll's named permalink styles; `date` is its default. */
const STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

export interface PermalinkInput {
  day: DayParts;
  /** Jekyll's `:title`: the front-matter `slug`, else the file name's. */
  title: string;
  categories: readonly string[];
  baseurl: string;
}

/**
 * The address Jekyll gave a post under a permalink pattern (`_config.yml` or the post's own),
 * so that the importer can keep it alive as a redirect when it is not the one this site
 * already redirects. Undefined for placeholders it does not know: better no redirect than a wrong one.
 */
export function expandPermalink(pattern: string, input: PermalinkInput): string | undefined {
  const template = STYLES[pattern] ?? pattern;
  const { day } = input;
  const values: Record<string, string> = {
    year: String(day.year),
    short_year: pad2(day.year % 100),
    month: pad2(day.month),
    i_month: String(day.month),
    day: pad2(day.day),
    i_day: String(day.day),
    title: input.title,
    slug: input.title,
    categories: input.categories.map((c) => c.toLowerCase().replace(/\s+/g, '-')).join('/'),
    output_ext: '.html',
  };
  let unknown = false;
  const path = template.replace(/:([a-z_]+)/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) unknown = true;
    return value ?? whole;
  });
  if (unknown) return undefined;
  const base = input.baseurl.replace(/\/+$/, '');
  return `${base}/${path}`.replace(/\/{2,}/g, '/');
}
