import { describe, expect, it } from 'vitest';
import { expandPermalink, jekyllSlugify, permalinkTemplate, type PermalinkInput } from './permalink';

/** A post of `_posts/<basename>.md` at midnight of its day, as Jekyll reads one without `date:`. */
function post(basename: string, categories: string[] = [], slug?: string): PermalinkInput {
  const [, y, m, d, words] = /^(\d{4})-(\d{2})-(\d{2})-(.*)$/.exec(basename) ?? [];
  return {
    time: { year: Number(y), month: Number(m), day: Number(d), hour: 0, minute: 0, second: 0 },
    slug: slug ?? words ?? basename,
    basename,
    categories,
    path: `/${basename}`,
  };
}

/**
 * Written from Jekyll's documentation (Permalinks: placeholders and built-in formats) and checked
 * against the pages `jekyll build` 4.3.1 wrote for the same posts (the addresses of its _site/).
 */
const TABLE: [template: string, input: PermalinkInput, address: string][] = [
  // Built-in styles, with a category that holds a space (Jekyll percent-encodes it).
  ['date', post('2021-01-01-new-year', ['Tech Notes']), '/tech%20notes/2021/01/01/new-year.html'],
  ['pretty', post('2021-01-01-new-year', ['Tech Notes']), '/tech%20notes/2021/01/01/new-year/'],
  ['ordinal', post('2021-01-01-new-year', ['Tech Notes']), '/tech%20notes/2021/001/new-year.html'],
  ['weekdate', post('2021-01-01-new-year', ['Tech Notes']), '/tech%20notes/2021/W53/Fri/new-year.html'],
  ['none', post('2021-01-01-new-year', ['Tech Notes']), '/tech%20notes/new-year.html'],
  // Every date placeholder at once, on the last day of a leap year.
  [
    '/:year/:short_year/:month/:i_month/:day/:i_day/:hour:minute:second/:short_month/:long_month/:w_year/:week/:w_day/:short_day/:long_day/:y_day/:name/:slug/:title:output_ext',
    post('2020-12-31-all'),
    '/2020/20/12/12/31/31/000000/Dec/December/2020/53/4/Thu/Thursday/366/2020-12-31-all/all/all.html',
  ],
  // :path, :collection, and :slugified_categories of a post without categories (empty, slashes squeezed).
  ['/p/:path/:collection/:slugified_categories/x.html', post('2021-01-01-path'), '/p/2021-01-01-path/posts/x.html'],
  // Categories: lowercased, each once, in order; a collection permalink.
  ['/:categories/:title/', post('2020-03-04-cats', ['edge case', 'Foo', 'foo']), '/edge%20case/foo/cats/'],
  ['/news/:year/:month/:day/:title/', post('2020-01-05-Hello_World'), '/news/2020/01/05/Hello_World/'],
  // :title keeps case and `!`, :slug does not; accents are percent-encoded as browsers send them.
  ['/news/:year/:month/:day/:title/', post('2021-02-03-Été à Paris!'), '/news/2021/02/03/%C3%89t%C3%A9-%C3%A0-Paris!/'],
  ['/:title/:slug/', post('2021-02-04-sluggy', [], 'Mon Slug: Été'), '/Mon-Slug-%C3%89t%C3%A9/mon-slug-%C3%A9t%C3%A9/'],
  // `:month_` is :month followed by an underscore.
  ['/:categories/:month_:day/', post('2021-02-05-in-news', ['news', 'Extra']), '/news/extra/02_05/'],
  // A template without an extension or a final slash is the address as written.
  ['pretty-not-a-style', post('2020-03-06-style'), '/pretty-not-a-style'],
];

describe('expandPermalink', () => {
  it.each(TABLE)('%s gives the address Jekyll 4 gave', (template, input, address) => {
    expect(expandPermalink(permalinkTemplate(template), input)).toBe(address);
  });

  it('keeps the hour, minute and second of the post', () => {
    const input = { ...post('2020-01-01-late'), time: { year: 2020, month: 1, day: 1, hour: 22, minute: 5, second: 9 } };
    expect(expandPermalink('/:year/:hour/:minute/:second/:title/', input)).toBe('/2020/22/05/09/late/');
  });

  it('gives no address for a placeholder Jekyll 4 does not know (its build stopped there)', () => {
    expect(expandPermalink('/:year/:nope/:title/', post('2020-01-01-x'))).toBeUndefined();
  });

  it('makes dot segments harmless, as URL#sanitize_url does', () => {
    expect(expandPermalink('/a/../:title/', post('2020-01-01-x'))).toBe('/a/x/');
  });
});

describe('jekyllSlugify', () => {
  it('replaces what is not a letter, mark or digit with one hyphen, and trims hyphens', () => {
    expect(jekyllSlugify('  Hello, World! 2020 ')).toBe('hello-world-2020');
    expect(jekyllSlugify('Café & crème', 'pretty', true)).toBe('Café-&-crème');
  });
});
