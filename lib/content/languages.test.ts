import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './index';

const FIXTURES = path.join(import.meta.dirname, '__fixtures__');
const load = (fixture: string) =>
  loadContent({
    root: FIXTURES,
    contentDir: path.join(FIXTURES, fixture),
    publicDir: path.join(FIXTURES, 'public'),
    now: new Date('2026-01-01T00:00:00Z'),
    showUnpublished: false,
  });

describe('posts in several languages', () => {
  const content = load('languages');
  const byFile = (file: string) => content.published.find((p) => p.file === `languages/posts/${file}`)!;

  it('reads content/posts/en/ and gives its posts English and an address under /en/', () => {
    expect(content.problems).toEqual([]);
    const review = byFile('en/2018-09-24-bilan.md');
    expect(review.lang).toBe('en');
    expect(review.path).toBe('/en/blog/2018/09/24/bilan/');
    // The old site's permalink for its English posts: /en/blog/:year/:month/:day/:title.html
    expect(review.redirectFrom).toEqual(['/en/blog/2018/09/24/bilan.html']);
    expect(byFile('2018-09-24-bilan.md').path).toBe('/blog/2018/09/24/bilan/');
  });

  it('takes the language from `lang:` outside a language folder', () => {
    expect(byFile('2018-10-03-lang-key.md')).toMatchObject({ lang: 'en', path: '/en/blog/2018/10/03/lang-key/' });
  });

  it('ties the versions that share a `lang-ref`, both ways, and leaves the others without', () => {
    expect(byFile('2018-09-24-bilan.md').translations).toEqual([{ lang: 'en', path: '/en/blog/2018/09/24/bilan/', title: 'The review' }]);
    expect(byFile('en/2018-09-24-bilan.md').translations).toEqual([{ lang: 'fr', path: '/blog/2018/09/24/bilan/', title: 'Le bilan' }]);
    expect(byFile('2018-10-04-cle.md').translations.map((t) => t.path)).toEqual(['/en/blog/2018/10/03/lang-key/']);
    expect(byFile('en/2018-10-01-english-only.md').translations).toEqual([]);
    expect(byFile('2018-10-02-seulement-en-francais.md').translations).toEqual([]);
  });

  it('keeps one list per language; the default lists are French', () => {
    const files = (posts: readonly { file: string }[]) => posts.map((p) => p.file.replace('languages/posts/', '')).sort();
    expect(files(content.posts)).toEqual(['2018-09-24-bilan.md', '2018-10-02-seulement-en-francais.md', '2018-10-04-cle.md']);
    expect(files(content.byLang.en!.posts)).toEqual(['2018-10-03-lang-key.md', 'en/2018-09-24-bilan.md', 'en/2018-10-01-english-only.md']);
    expect(content.published).toHaveLength(6);
    // Tags and authors are shared: each language counts its own posts.
    expect(content.byLang.en!.tags).toEqual([{ name: 'design', slug: 'design', count: 3 }]);
    expect(content.tags).toEqual([{ name: 'design', slug: 'design', count: 3 }]);
    expect(content.byLang.en!.authors.map((a) => [a.slug, a.count])).toEqual([['mathilde-bras', 3]]);
  });
});

describe('language mistakes (npm run check)', () => {
  const content = load('languages-bad');
  const found = (code: string) =>
    content.problems.filter((p) => p.code === code).map((p) => ({ file: p.file.replace('languages-bad/posts/', ''), severity: p.severity, fix: p.fix }));

  it('warns of a `lang-ref` no post of another language shares', () => {
    expect(found('W040')).toEqual([expect.objectContaining({ file: '2018-09-24-seul.md', severity: 'warning' })]);
    expect(found('W040')[0]!.fix).toContain('lang-ref: seul');
  });

  it('refuses two posts of one language on one `lang-ref`', () => {
    expect(found('E152')).toEqual([expect.objectContaining({ file: 'en/2018-09-25-two.md', severity: 'error' })]);
  });

  it('refuses an unknown language, by `lang:` or by folder, with the code to write', () => {
    expect(found('E150').map((p) => p.file).sort()).toEqual(['2018-09-26-klingon.md', 'de']);
    expect(found('E150').find((p) => p.file === '2018-09-26-klingon.md')!.fix).toContain('lang: en');
  });

  it('refuses a `lang:` that contradicts the folder', () => {
    expect(found('E151')).toEqual([expect.objectContaining({ file: 'en/2018-09-27-mismatch.md', severity: 'error' })]);
  });

  it('still reports any other folder of content/posts/', () => {
    expect(found('E071').map((p) => p.file)).toEqual(['divers']);
  });
});
