import { describe, expect, it } from 'vitest';
import { siteConfig } from '../site.config';
import { publicFileLookup } from './content/images';
import { parsePost, type Post } from './content/post';
import { authorPageMetadata, pageMetadata, tagPageMetadata } from './metadata';

const SITE = siteConfig.url;

function post(frontMatter: string): Post {
  const { post: parsed, problems } = parsePost(
    'content/posts/2020-01-02-un-article.md',
    `---\ntitle: Un article\ndescription: Un résumé.\n${frontMatter}---\n\nTexte.\n`,
    { allowedTags: [], maxTags: 4, files: publicFileLookup('/nonexistent') },
  );
  expect(problems).toEqual([]);
  return parsed!;
}

const withAuthor = (p: Post, twitter?: string): Post => ({
  ...p,
  authors: [{ slug: 'camille-martin', name: 'Camille Martin', twitter, aliases: [], bio: '', hasProfile: true }],
});

describe('pageMetadata', () => {
  it('gives a post an article card with absolute URLs and the post’s own twitter as creator', () => {
    const meta = pageMetadata({ title: 'Un article', path: '/blog/2020/01/02/un-article/', post: withAuthor(post('author: Camille Martin\ntwitter: auteur_post\ntags: [design]\n'), 'camille') });
    expect(meta.alternates?.canonical).toBe(`${SITE}/blog/2020/01/02/un-article/`);
    expect(meta.openGraph).toMatchObject({ type: 'article', locale: 'fr_FR', tags: ['design'], authors: [`${SITE}/auteur/camille-martin/`] });
    expect(meta.twitter).toMatchObject({ card: 'summary_large_image', site: '@etalab', creator: '@auteur_post', images: [`${SITE}/img/cartes/blog/2020/01/02/un-article.png`] });
  });

  it('shares a post with its cover, else with its social card', () => {
    const covered = pageMetadata({ path: '/blog/2020/01/02/un-article/', post: post('author: A\nimage: https://example.org/x.jpg\nimage_alt: Une photo\n') });
    expect(covered.openGraph?.images).toEqual([{ url: 'https://example.org/x.jpg', alt: 'Une photo' }]);
    const bare = pageMetadata({ title: 'Un article', path: '/blog/2020/01/02/un-article/', post: post('author: A\n') });
    expect(bare.openGraph?.images).toEqual([{ url: `${SITE}/img/cartes/blog/2020/01/02/un-article.png`, width: 1200, height: 630, alt: 'Un article' }]);
    expect(bare.twitter?.images).toEqual([`${SITE}/img/cartes/blog/2020/01/02/un-article.png`]);
  });

  it('falls back to the first author’s twitter account for twitter:creator', () => {
    const meta = pageMetadata({ path: '/blog/2020/01/02/un-article/', post: withAuthor(post('author: Camille Martin\n'), 'camille') });
    expect(meta.twitter).toMatchObject({ creator: '@camille' });
    const anonymous = pageMetadata({ path: '/blog/2020/01/02/un-article/', post: withAuthor(post('author: Camille Martin\n')) });
    expect(anonymous.twitter).not.toHaveProperty('creator');
  });

  it('announces a page’s own feed before the site’s', () => {
    const meta = pageMetadata({ path: '/tag/design/', feed: { path: '/tag/design/feed.xml', title: 'Design (RSS)' } });
    expect(meta.alternates?.types?.['application/rss+xml']).toEqual([
      { url: '/tag/design/feed.xml', title: 'Design (RSS)' },
      { url: '/feed.xml', title: `${siteConfig.title} (RSS)` },
    ]);
  });

  it('numbers tag and author pages after the first, and keeps the tag feed on each', () => {
    const tag = { name: 'évaluation', slug: 'evaluation' };
    expect(tagPageMetadata(tag).title).toBe(`Thématique « évaluation » · ${siteConfig.title}`);
    const second = tagPageMetadata(tag, 2);
    expect(second.title).toBe(`Thématique « évaluation », page 2 · ${siteConfig.title}`);
    expect(second.alternates?.canonical).toBe(`${SITE}/tag/evaluation/page/2/`);
    expect(second.alternates?.types?.['application/rss+xml']).toEqual([
      { url: '/tag/evaluation/feed.xml', title: 'Thématique « évaluation » (RSS)' },
      { url: '/feed.xml', title: `${siteConfig.title} (RSS)` },
    ]);
    const author = { name: 'Camille Martin', slug: 'camille-martin' };
    expect(authorPageMetadata(author)).toMatchObject({ title: `Camille Martin · ${siteConfig.title}`, description: 'Les articles de Camille Martin.' });
    expect(authorPageMetadata(author, 3).alternates?.canonical).toBe(`${SITE}/auteur/camille-martin/page/3/`);
  });
});
