import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../site.config';
import { authorPageMetadata, pageMetadata, tagPageMetadata } from '../metadata';
import { CARD_HEIGHT, CARD_WIDTH, cardKey, cardPath, postCard, socialCards, type CardInput } from './social-cards';

const SITE = siteConfig.url;
const post = {
  path: '/blog/2018/09/24/retrospective-defis-eig2/',
  title: 'Rétrospective : les défis EIG 2',
  date: new Date(Date.UTC(2018, 8, 24)),
  byline: 'Sophie Miljkovic, équipe EIG',
};
const tag = { name: 'évaluation', slug: 'evaluation', count: 3 };
const author = { name: 'Mathilde Bras', slug: 'mathilde-bras', count: 1 };

describe('social cards: which, where, showing what', () => {
  it('puts each card under /img/cartes/, named after its page', () => {
    expect(cardPath('/')).toBe('/img/cartes/index.png');
    expect(cardPath(post.path)).toBe('/img/cartes/blog/2018/09/24/retrospective-defis-eig2.png');
    expect(cardPath('/tag/evaluation/')).toBe('/img/cartes/tag/evaluation.png');
  });

  it("shows a post's title, date and byline, in French typography, with the programme's name", () => {
    expect(postCard(post)).toEqual({
      path: '/img/cartes/blog/2018/09/24/retrospective-defis-eig2.png',
      input: { kicker: 'Article', title: 'Rétrospective\u202f: les défis EIG 2', meta: '24 septembre 2018 · Sophie Miljkovic, équipe EIG', site: siteConfig.title },
    });
  });

  it('makes one for the home page, each post without a cover, each tag and each author', () => {
    const covered = { ...post, path: '/blog/2020/01/01/x/', image: { src: '/img/blog/x.jpg', alt: 'x', width: 10, height: 10 } };
    const cards = socialCards({ posts: [post, covered], tags: [tag], authors: [author] });
    expect(cards.map((c) => c.path)).toEqual([
      '/img/cartes/index.png',
      '/img/cartes/blog/2018/09/24/retrospective-defis-eig2.png',
      '/img/cartes/tag/evaluation.png',
      '/img/cartes/auteur/mathilde-bras.png',
    ]);
    expect(cards[2]!.input).toMatchObject({ kicker: 'Thématique', title: 'évaluation', meta: '3 articles' });
    expect(cards[3]!.input).toMatchObject({ kicker: 'Les articles de', title: 'Mathilde Bras', meta: '1 article' });
  });

  // A post's (its cover, else its card) is checked in lib/metadata.test.ts.
  it('are what the home, tag and author pages announce as og:image and twitter:image', () => {
    const home = pageMetadata({ path: '/', card: cardPath('/') });
    expect(home.openGraph?.images).toEqual([{ url: `${SITE}/img/cartes/index.png`, width: 1200, height: 630, alt: siteConfig.title }]);
    expect(tagPageMetadata(tag, 2).twitter?.images).toEqual([`${SITE}/img/cartes/tag/evaluation.png`]);
    expect(authorPageMetadata(author).twitter?.images).toEqual([`${SITE}/img/cartes/auteur/mathilde-bras.png`]);
  });
});

describe('the cache key of a card', () => {
  const input: CardInput = { kicker: 'Article', title: 'Un titre', meta: '1er janvier 2020 · A', site: 'EIG' };

  it('is the same for the same inputs and code', () => {
    expect(cardKey(input, 'code1')).toBe(cardKey({ ...input }, 'code1'));
    expect(cardKey(input, 'code1')).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each<[string, Partial<CardInput>]>([
    ['title', { title: 'Un autre titre' }],
    ['date or byline', { meta: '2 janvier 2020 · A' }],
    ['kicker', { kicker: 'Thématique' }],
    ['programme', { site: 'Autre' }],
    ['meta left out', { meta: undefined }],
  ])('changes with the %s', (_, change) => {
    expect(cardKey({ ...input, ...change }, 'code1')).not.toBe(cardKey(input, 'code1'));
  });

  it('changes with the code that draws the card', () => {
    expect(cardKey(input, 'code2')).not.toBe(cardKey(input, 'code1'));
  });

  it('keeps fields apart: moving text from one to the next is another card', () => {
    expect(cardKey({ ...input, kicker: 'a', title: 'bc' }, 'x')).not.toBe(cardKey({ ...input, kicker: 'ab', title: 'c' }, 'x'));
  });

  it('names a card of the size social networks ask for', () => {
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });
});
