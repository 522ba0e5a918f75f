import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './index';
import { intendedPostPath } from './post';

const FIXTURES = path.join(import.meta.dirname, '__fixtures__');
const now = new Date('2026-01-01T00:00:00Z');

describe('posts withheld for an error (the dev preview keeps their address)', () => {
  it('gives the address from the file name, or from the front matter’s own date and slug', () => {
    expect(intendedPostPath('2018-09-24-mon-article.md')).toBe('/blog/2018/09/24/mon-article/');
    expect(intendedPostPath('18-09-24-mon-article.md')).toBe('/blog/2018/09/24/mon-article/');
    expect(intendedPostPath('2018-09-24-été.md')).toBe('/blog/2018/09/24/ete/');
    expect(intendedPostPath('2018-09-24-x.md', { date: '2019-01-02', slug: 'autre' })).toBe('/blog/2019/01/02/autre/');
    expect(intendedPostPath('2018-02-31-x.md')).toBeUndefined();
    expect(intendedPostPath('notes.md')).toBeUndefined();
  });

  it('lists every post left out, with its address, front matter, YAML and body errors alike', () => {
    const content = loadContent({
      root: FIXTURES,
      contentDir: path.join(FIXTURES, 'many-bad'),
      publicDir: path.join(FIXTURES, 'public'),
      now,
      showUnpublished: true,
      bodies: 'exclude',
    });
    expect(content.posts.map((p) => p.file)).toEqual(['many-bad/posts/2018-09-24-good.md']);
    expect(content.withheld).toEqual(
      expect.arrayContaining([
        { file: 'many-bad/posts/2018-09-25-bad-front-matter.md', path: '/blog/2018/09/25/bad-front-matter/' },
        { file: 'many-bad/posts/2018-09-26-bad-yaml.md', path: '/blog/2018/09/26/bad-yaml/' },
        { file: 'many-bad/posts/2018-09-27-bad-body.md', path: '/blog/2018/09/27/bad-body/' },
        { file: 'many-bad/posts/2018-09-28-bad.mdx', path: '/blog/2018/09/28/bad/' },
      ]),
    );
    // A file name with no real date gives no address: nothing to keep.
    expect(content.withheld.some((w) => w.file.endsWith('2018-02-31-bad-name.md'))).toBe(false);
  });
});
