import { describe, expect, it } from 'vitest';
import { languageCodes, langOfPath } from '../languages';
import { blogPath, feedPath, postPath, tagPath } from '../urls';
import { dictionaries, dictionary, formatDate, languagesWithoutDictionary } from './index';

describe('reader dictionaries', () => {
  it('exist for every language of site.config.ts', () => {
    expect(languagesWithoutDictionary()).toEqual([]);
    for (const code of languageCodes) expect(dictionaries[code]).toBeDefined();
  });

  it('read dates in their language, on the UTC calendar day', () => {
    const day = new Date(Date.UTC(2018, 8, 24));
    expect(formatDate(day, 'fr')).toBe('24 septembre 2018');
    expect(formatDate(day, 'en')).toBe('24 September 2018');
    // French writes the first of the month `1er`; English does not.
    expect(formatDate(new Date(Date.UTC(2018, 9, 1)), 'fr')).toBe('1er octobre 2018');
    expect(formatDate(new Date(Date.UTC(2018, 9, 1)), 'en')).toBe('1 October 2018');
  });

  it('apply French typography to French only', () => {
    expect(dictionary('fr').frenchTypography).toBe(true);
    expect(dictionary('en').frenchTypography).toBe(false);
  });

  it('count in their language', () => {
    expect(dictionary('fr').posts(2)).toBe('2 articles');
    expect(dictionary('en').posts(1)).toBe('1 post');
    expect(dictionary('en').post.readingTime(3)).toBe('3 min read');
  });
});

describe('addresses in a language', () => {
  it('have no prefix in the site’s language and /en/ in English', () => {
    expect(blogPath(1)).toBe('/blog/');
    expect(blogPath(2, 'en')).toBe('/en/blog/page/2/');
    expect(tagPath('design', 1, 'en')).toBe('/en/tag/design/');
    expect(postPath({ year: 2018, month: 9, day: 24 }, 'x', 'en')).toBe('/en/blog/2018/09/24/x/');
    expect(feedPath('rss')).toBe('/feed.xml');
    expect(feedPath('json', 'en')).toBe('/en/feed.json');
  });

  it('tell the language of a page from its address', () => {
    expect(langOfPath('/en/blog/')).toBe('en');
    expect(langOfPath('/en')).toBe('en');
    expect(langOfPath('/blog/')).toBe('fr');
    expect(langOfPath('/english/')).toBe('fr');
    expect(langOfPath('/')).toBe('fr');
  });
});
