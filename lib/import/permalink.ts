import { pad2 } from '../dates';

/**
 * Jekyll 4's addresses of posts, computed as it computes them (lib/jekyll/url.rb,
 * drops/url_drop.rb, utils.rb#slugify), so that every old address keeps answering.
 */

/** A post's date as Jekyll formatted it: the wall-clock time in the site's time zone. */
export interface JekyllTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Jekyll's named permalink styles (Configuration::STYLE_TO_PERMALINK); `date` is its default. */
const STYLES: Readonly<Record<string, string>> = {
  none: '/:categories/:title:output_ext',
  date: '/:categories/:year/:month/:day/:title:output_ext',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
};

/** A `permalink:` value as a template: a style name becomes its pattern, anything else is one. */
export const permalinkTemplate = (permalink: string) => STYLES[permalink] ?? permalink;

export interface PermalinkInput {
  time: JekyllTime;
  /** The front matter's `slug`, else the file name's words after the date, as written. */
  slug: string;
  /** The file name without its extension, date included (Jekyll's `basename_without_ext`). */
  basename: string;
  /** The post's categories in Jekyll's order: folders above `_posts/`, then the front matter's. */
  categories: readonly string[];
  /** The file's path without its extension, `_posts` taken out (Jekyll's `:path`). */
  path: string;
}

type SlugMode = 'default' | 'pretty';
const SLUG_SEPARATORS: Record<SlugMode, RegExp> = {
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
};

/** Jekyll's `Utils.slugify` in its default and pretty modes. */
export function jekyllSlugify(text: string, mode: SlugMode = 'default', cased = false): string {
  const slug = text.replace(SLUG_SEPARATORS[mode], '-').replace(/^-|-$/g, '');
  return cased ? slug : slug.toLowerCase();
}

const SHORT_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The ISO 8601 week and its year (`%V`, `%G`): the week that holds the Thursday of the date's week. */
function isoWeek(y: number, m: number, d: number): { week: number; year: number } {
  const date = new Date(Date.UTC(y, m - 1, d));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return { week, year };
}

/** The values of every placeholder Jekyll 4 knows for a post (Drops::UrlDrop). */
function placeholders(input: PermalinkInput): Record<string, string> {
  const { year, month, day, hour, minute, second } = input.time;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const yearDay = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
  const iso = isoWeek(year, month, day);
  const longMonth = LONG_MONTHS[month - 1] ?? '';
  return {
    collection: 'posts',
    path: input.path,
    name: jekyllSlugify(input.basename),
    title: jekyllSlugify(input.slug, 'pretty', true),
    slug: jekyllSlugify(input.slug),
    categories: [...new Set(input.categories.map((c) => c.toLowerCase()))].join('/'),
    slugified_categories: [...new Set(input.categories.map((c) => jekyllSlugify(c)))].join('/'),
    year: String(year).padStart(4, '0'),
    month: pad2(month),
    day: pad2(day),
    hour: pad2(hour),
    minute: pad2(minute),
    second: pad2(second),
    i_day: String(day),
    i_month: String(month),
    short_month: longMonth.slice(0, 3),
    long_month: longMonth,
    short_year: pad2(year % 100),
    w_year: String(iso.year),
    week: pad2(iso.week),
    w_day: String(weekday || 7),
    short_day: SHORT_DAYS[weekday] ?? '',
    long_day: LONG_DAYS[weekday] ?? '',
    y_day: String(yearDay).padStart(3, '0'),
    output_ext: '.html',
  };
}

/** `URL.escape_path`: a value as it is written in the address, spaces and accents percent-encoded. */
function escapePath(value: string): string {
  if (!value || /^[a-zA-Z0-9./-]+$/.test(value)) return value;
  return encodeURI(value).replace('#', '%23');
}

/**
 * The address Jekyll gave a post under a permalink template (the post's own `permalink:`, or
 * its collection's; a style name is a template only in _config.yml's `permalink:`, see permalinkTemplate), relative to the site's `baseurl` as Jekyll's `page.url` is. Undefined for a
 * placeholder Jekyll 4 does not know: it stopped the build there, so no address existed.
 */
export function expandPermalink(template: string, input: PermalinkInput): string | undefined {
  const values = placeholders(input);
  let unknown = false;
  const expanded = template.replace(/:([a-z_]+)/g, (match, name: string) => {
    // `/:month_:day` means :month then `_`: Jekyll tries the name without one trailing underscore.
    const winner = [name, ...(name.endsWith('_') ? [name.slice(0, -1)] : [])].find((k) => k in values);
    if (winner === undefined) {
      unknown = true;
      return match;
    }
    return match.replace(`:${winner}`, escapePath(values[winner] ?? ''));
  });
  if (unknown) return undefined;
  // URL#sanitize_url: a leading slash, `..` made harmless, `./` dropped, slashes squeezed.
  return `/${expanded}`.replaceAll('..', '/').replaceAll('./', '').replace(/\/{2,}/g, '/');
}
