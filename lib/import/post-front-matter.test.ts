import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../content/front-matter';
import type { FileLookup } from '../content/images';
import { parsePost } from '../content/post';
import { dropEmpty } from './front-matter';
import { convertPost, type ConvertedPost } from './post';
import { siteFiles } from './site-files';

const NO_FILE: FileLookup = { exists: () => false, caseMatch: () => undefined, refused: () => undefined };
const ctx = {
  site: siteFiles([]),
  target: NO_FILE,
  siteHosts: [],
  config: { baseurl: '', permalink: 'date', sitePermalink: 'date', defaults: [], title: 'Blog', variables: {} },
  authors: [{ username: 'jdoe', name: 'Jane Doe', source: '_data/authors.yml' }],
  allowedTags: ['design', 'outil', 'open data'],
  maxTags: 4,
};

/** A Jekyll post converted, and what the checker says of the result: it must be nothing. */
function convert(frontMatter: string): ConvertedPost & { data: Record<string, unknown> } {
  const result = convertPost({ source: '_posts/2020-01-01-x.md', text: `---\n${frontMatter}---\nTexte.\n` }, ctx);
  if ('skipped' in result) throw new Error(result.skipped.message);
  const checked = parsePost(`posts/${result.fileName}`, result.text, { allowedTags: ctx.allowedTags, maxTags: 4, files: NO_FILE });
  expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  const parsed = parseFrontMatter(result.text);
  if (!parsed.ok) throw new Error(parsed.message);
  return { ...result, data: parsed.file.data };
}
const messages = (p: ConvertedPost) => p.fixes.map((f) => `${f.line ?? '-'}: [${f.code ?? ''}] ${f.message}`);

describe('front matter Jekyll accepts', () => {
  it('drops empty keys and null values, and says so with their lines', () => {
    const post = convert('title: X\ndescription: D.\nauthor: Jane Doe\nimage:\nimage_alt: ~\ntags: null\n"": orphan\nsubtitle: null\nslug: ""\n');
    expect(post.data).toMatchObject({ title: 'X', description: 'D.', author: 'Jane Doe' });
    const keys = Object.keys(post.data);
    for (const key of ['image', 'image_alt', 'tags', '', 'subtitle', 'slug', 'imported_image']) expect(keys).not.toContain(key);
    expect(messages(post)).toEqual(
      expect.arrayContaining([
        '5: [W220] image : vide (null), retiré : Jekyll le lisait comme non renseigné',
        '6: [W220] image_alt : vide (null), retiré : Jekyll le lisait comme non renseigné',
        '7: [W220] tags : vide (null), retiré : Jekyll le lisait comme non renseigné',
        '-: [W220] une clé sans nom (valeur "orphan") retirée',
        '9: [W220] subtitle : vide (null), retiré : Jekyll le lisait comme non renseigné',
        '10: [W220] slug : texte vide, retiré : Jekyll le lisait comme non renseigné',
      ]),
    );
  });

  it('reads a string of tags or categories as Jekyll does, split on spaces', () => {
    const post = convert('title: X\ndescription: D.\nauthor: Jane Doe\ntags: Design outil\ncategories: blog news\n');
    expect(post.data.tags).toEqual(['design', 'outil']);
    expect(post.data.categories).toEqual(['blog', 'news']);
    expect(messages(post)).toEqual(
      expect.arrayContaining([
        '5: [W237] tags « Design outil » écrit comme la liste [« Design », « outil »] (Jekyll le découpe aux espaces)',
        '6: [W237] categories « blog news » écrit comme la liste [« blog », « news »] (Jekyll le découpe aux espaces)',
      ]),
    );
  });

  it('writes an author list or mapping as the byline, keeping it whole in imported_author', () => {
    const list = convert('title: X\ndescription: D.\nauthor:\n  - jdoe\n  - name: Paul Martin\n    twitter: pmartin\n  - null\n');
    expect(list.byline).toBe('Jane Doe, Paul Martin');
    expect(list.data.author).toBe('Jane Doe, Paul Martin');
    expect(list.data.imported_author).toEqual(['jdoe', { name: 'Paul Martin', twitter: 'pmartin' }, null]);
    const mapping = convert('title: X\ndescription: D.\nauthor:\n  name: Paul Martin\n  twitter: "@pmartin"\n  picture: /p.jpg\n');
    expect(mapping.data).toMatchObject({ author: 'Paul Martin', twitter: 'pmartin', imported_author: { name: 'Paul Martin', twitter: '@pmartin', picture: '/p.jpg' } });
    const nameless = convert('title: X\ndescription: D.\nauthor:\n  twitter: pmartin\n');
    expect(nameless.data.author).toBe('Blog');
    expect(nameless.data.imported_author).toEqual({ twitter: 'pmartin' });
  });

  it('moves a cover that is not a path aside', () => {
    const post = convert('title: X\ndescription: D.\nauthor: Jane Doe\nimage:\n  feature: null\n');
    expect(post.data.image).toBeUndefined();
    expect(post.data.imported_image).toEqual({ feature: null });
  });

  it("keeps the keys of plugins the blog does not know, which the checker tolerates", () => {
    const post = convert('title: X\ndescription: D.\nauthor: Jane Doe\nsitemap: false\ncomments: true\nheader:\n  overlay_image: /a.jpg\n  teaser: null\nmathjax: yes\n');
    expect(post.data).toMatchObject({ sitemap: false, comments: true, header: { overlay_image: '/a.jpg', teaser: null }, mathjax: 'yes' });
  });
});

describe('dropEmpty', () => {
  it('leaves values that say something: false, 0, empty text of keys the site does not read', () => {
    const data: Record<string, unknown> = { published: false, weight: 0, excerpt_separator: '', tags: ['a', null], redirect_from: [] };
    expect(dropEmpty(data, () => undefined)).toEqual([{ code: 'W220', severity: 'warning', message: 'redirect_from : liste vide, retirée', line: undefined }]);
    expect(data).toEqual({ published: false, weight: 0, excerpt_separator: '', tags: ['a', null] });
  });
});
