import { resolveByline, type Author } from '../content/authors';
import { foldForMatch, slugify } from '../slug';
import { twitterHandle } from '../content/post';

/** An entry of `_data/authors.yml`, the jekyll-seo-tag convention: keyed by username. */
export interface JekyllAuthor {
  username: string;
  name?: string;
  twitter?: string;
  /** `picture`, `avatar` or `image`: a path in the site or a URL. */
  picture?: string;
}

export function parseAuthorsData(data: unknown): JekyllAuthor[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.entries(data as Record<string, unknown>).map(([username, value]) => {
    const entry = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    return {
      username,
      name: text(entry.name) ?? (typeof value === 'string' ? value : undefined),
      twitter: text(entry.twitter),
      picture: text(entry.picture) ?? text(entry.avatar) ?? text(entry.image),
    };
  });
}

/** The data entry for a byline name: by username, name or slug, ignoring case and accents. */
export function findAuthorData(name: string, data: readonly JekyllAuthor[]): JekyllAuthor | undefined {
  const folded = foldForMatch(name);
  return data.find(
    (a) => foldForMatch(a.username) === folded || (a.name !== undefined && foldForMatch(a.name) === folded) || slugify(a.username) === slugify(name),
  );
}

export interface PlannedProfile {
  slug: string;
  name: string;
  twitter?: string;
  /** As found in the data (a site path or a URL); the plan resolves it. */
  picture?: string;
  /** The Jekyll file whose byline first named this person. */
  source: string;
  /** Where the twitter handle came from, for the report. */
  twitterFrom?: 'data' | 'post';
}

/**
 * The author profiles to create: one for each person or team a byline names that no profile
 * covers yet (by name, alias or slug), in the order the posts name them. `twitter` of a post goes
 * to the first person its byline names, the one a Jekyll theme showed it beside.
 */
export function planProfiles(
  posts: readonly { source: string; byline: string; twitter?: string }[],
  existing: readonly Author[],
  data: readonly JekyllAuthor[],
): PlannedProfile[] {
  const known: Author[] = [...existing];
  const planned: PlannedProfile[] = [];
  for (const post of posts) {
    const { unknown } = resolveByline(post.byline, known);
    for (const name of unknown) {
      const slug = slugify(name);
      if (!slug || known.some((a) => a.slug === slug)) continue;
      const entry = findAuthorData(name, data);
      const fromData = twitterHandle(entry?.twitter);
      const first = unknown[0] === name && resolveByline(post.byline, []).unknown[0] === name;
      const twitter = fromData ?? (first ? twitterHandle(post.twitter) : undefined);
      planned.push({
        slug,
        name,
        twitter,
        picture: entry?.picture,
        source: post.source,
        twitterFrom: twitter ? (fromData ? 'data' : 'post') : undefined,
      });
      known.push({ slug, name, aliases: [], bio: '', hasProfile: true });
    }
  }
  return planned;
}
