import { createHash } from 'node:crypto';
import { siteConfig } from '../../site.config';
import type { AuthorSummary, TagSummary } from '../content/build-index';
import type { Post } from '../content/post';
import { dictionary, formatDate } from '../i18n';
import { defaultLang } from '../languages';
import { frenchSpacing, typeset } from '../typography';
import { authorPath, homePath, tagPath } from '../urls';

/**
 * Social cards: a 1200 × 630 picture for every post, shown by social networks and chat apps when
 * a page is shared (`og:image`, `twitter:image`), made at build time (scripts/postbuild/social-cards.ts,
 * drawn by lib/publish/social-card-image.tsx). A post with a cover is shared with its cover; the home,
 * tag and author pages have a card of their own. This module says which cards exist, where, and
 * what each shows: a pure function of the content, which the pages' metadata and the build share.
 */

/** Where the cards are, in out/: under img/, which no static page can take as its address. */
export const SOCIAL_CARDS_URL_DIR = '/img/cartes';
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Everything a card shows: its key is a hash of this and of the code that draws it. */
export interface CardInput {
  /** Above the title: what the page is (`Article`, `Thématique`). */
  kicker: string;
  title: string;
  /** Under the title: date and byline, or a count of posts. */
  meta?: string;
  /** The programme, beside the "République française" block. */
  site: string;
}

export interface SocialCard {
  /** Site path of the PNG, without the base path: `/img/cartes/blog/2018/09/24/slug.png`. */
  path: string;
  input: CardInput;
}

/** The card of a page, from the page's path: `/tag/evaluation/` → `/img/cartes/tag/evaluation.png`. */
export function cardPath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '');
  return `${SOCIAL_CARDS_URL_DIR}/${trimmed || 'index'}.png`;
}

const count = (n: number) => `${n} article${n > 1 ? 's' : ''}`;

/** A post's card, in its language (`lang` missing: the site's own). */
export const postCard = (post: Pick<Post, 'path' | 'title' | 'date' | 'byline'> & { lang?: string }): SocialCard => {
  const lang = post.lang ?? defaultLang;
  return {
    path: cardPath(post.path),
    input: { kicker: dictionary(lang).post.card, title: typeset(post.title, lang), meta: typeset(`${formatDate(post.date, lang)} · ${post.byline}`, lang), site: siteConfig.title },
  };
};

export const homeCard = (): SocialCard => ({
  path: cardPath(homePath()),
  input: { kicker: 'Le blog', title: frenchSpacing(siteConfig.description), site: siteConfig.title },
});

export const tagCard = (tag: Pick<TagSummary, 'name' | 'slug' | 'count'>): SocialCard => ({
  path: cardPath(tagPath(tag.slug)),
  input: { kicker: 'Thématique', title: frenchSpacing(tag.name), meta: count(tag.count), site: siteConfig.title },
});

export const authorCard = (author: Pick<AuthorSummary, 'name' | 'slug' | 'count'>): SocialCard => ({
  path: cardPath(authorPath(author.slug)),
  input: { kicker: 'Les articles de', title: frenchSpacing(author.name), meta: count(author.count), site: siteConfig.title },
});

/**
 * The picture a post is shared with: its cover, else its card. Cards of posts with a cover are
 * not made.
 */
export const postShareImage = (post: Pick<Post, 'path' | 'image'>): string => post.image?.src ?? cardPath(post.path);

/** Every card the site needs: posts without a cover, the home page, each tag and each author. */
export function socialCards(content: {
  posts: readonly Pick<Post, 'path' | 'title' | 'date' | 'byline' | 'image'>[];
  tags: readonly Pick<TagSummary, 'name' | 'slug' | 'count'>[];
  authors: readonly Pick<AuthorSummary, 'name' | 'slug' | 'count'>[];
}): SocialCard[] {
  return [
    homeCard(),
    ...content.posts.filter((p) => !p.image).map(postCard),
    ...content.tags.map(tagCard),
    ...content.authors.map(authorCard),
  ];
}

/** The name of a card in the cache: a hash of what it shows and of the code and fonts that draw it. */
export function cardKey(input: CardInput, codeHash: string): string {
  return createHash('sha256')
    .update(JSON.stringify([codeHash, input.kicker, input.title, input.meta ?? null, input.site]))
    .digest('hex')
    .slice(0, 32);
}
