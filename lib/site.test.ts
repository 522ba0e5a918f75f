import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

type Site = typeof import('./site');
let site: Site;

// The end-to-end fixture: posts in two languages, several tags and authors, a draft and a scheduled post.
beforeAll(async () => {
  process.env.CONTENT_DIR = path.join(import.meta.dirname, '..', 'e2e', 'fixtures', 'content');
  process.env.PUBLIC_DIR = path.join(import.meta.dirname, '..', 'public');
  site = await import('./site');
});

describe.each(['fr', 'en'])('what pages ask for, in %s', (lang) => {
  it('finds every post at its address, and nothing at another', () => {
    const posts = site.getPosts(lang);
    expect(posts.length).toBeGreaterThan(0);
    for (const post of posts) expect(site.getPost(site.postParams(post.path, lang), lang)).toBe(post);
    expect(site.getPost({ year: '1999', month: '01', day: '01', slug: 'absent' }, lang)).toBeUndefined();
  });

  it('gives each post the posts before and after it in the list', () => {
    const posts = site.getPosts(lang);
    posts.forEach((post, i) => expect(site.getNeighbours(post)).toEqual({ newer: posts[i - 1], older: posts[i + 1] }));
  });

  it('finds every tag and every author by slug, with their posts', () => {
    expect(site.getTags(lang).length + site.getAuthors(lang).length).toBeGreaterThan(0);
    for (const tag of site.getTags(lang)) expect(site.getTag(tag.slug, 1, lang)?.tag).toBe(tag);
    for (const author of site.getAuthors(lang)) expect(site.getAuthor(author.slug, 1, lang)?.author).toBe(author);
    expect(site.getTag('absent', 1, lang)).toBeUndefined();
    expect(site.getAuthor('absent', 1, lang)).toBeUndefined();
  });
});

it('gives a post of no list no neighbours', () => {
  const post = site.getPosts('fr')[0]!;
  expect(site.getNeighbours({ ...post })).toEqual({});
});
