import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../site.config';
import type { ContentIndex } from './build-index';
import type { Post } from './post';
import { authorPath, tagPath } from '../urls';
import { exportedPaths, sitePages } from './pages';

/** Posts that only carry what the page list reads: an address and a date, newest first. */
function posts(count: number): Post[] {
  return Array.from({ length: count }, (_, i) => {
    const day = String(28 - (i % 28)).padStart(2, '0');
    return { path: `/blog/2020/01/${day}/p${i}/`, publishAt: new Date(Date.UTC(2020, 0, 28 - (i % 28))) } as Post;
  });
}

describe('sitePages', () => {
  const perPage = siteConfig.postsPerPage;
  const all = posts(perPage * 2 + 1);
  const design = all.slice(0, perPage + 1);
  const index: Pick<ContentIndex, 'posts' | 'tags' | 'authors' | 'postsByTag' | 'postsByAuthor'> = {
    posts: all,
    tags: [{ name: 'design', slug: 'design', count: design.length }],
    authors: [
      { slug: 'camille', name: 'Camille', aliases: [], bio: '', hasProfile: true, count: all.length },
      { slug: 'sans-article', name: 'Sans article', aliases: [], bio: '', hasProfile: true, count: 0 },
    ],
    postsByTag: new Map([['design', design]]),
    postsByAuthor: new Map([['camille', all]]),
  };
  const paths = sitePages(index).map((p) => p.path);

  it('lists every page of the blog, of each tag and of each author', () => {
    expect(paths.filter((p) => p.startsWith('/blog/page/') || p === '/blog/')).toEqual(['/blog/', '/blog/page/2/', '/blog/page/3/']);
    expect(paths.filter((p) => p.startsWith('/tag/'))).toEqual(['/tag/', tagPath('design'), '/tag/design/page/2/']);
    expect(paths.filter((p) => p.startsWith('/auteur/'))).toEqual([
      '/auteur/',
      authorPath('camille'),
      '/auteur/camille/page/2/',
      '/auteur/camille/page/3/',
      '/auteur/sans-article/',
    ]);
  });

  it('dates each page by its newest post', () => {
    const tagPage2 = sitePages(index).find((p) => p.path === '/tag/design/page/2/');
    expect(tagPage2?.lastmod).toEqual(design[perPage]!.publishAt);
  });

  it('counts /blog/page/1/ among the pages the export writes, not in the sitemap', () => {
    expect(paths).not.toContain('/blog/page/1/');
    expect(exportedPaths(index).has('/blog/page/1/')).toBe(true);
  });
});
