import { resolveByline, type Author } from '../content/authors';
import { parseFrontMatter } from '../content/front-matter';
import { twitterHandle } from '../content/post';
import type { BylineMatch } from '../messages';
import { foldForMatch, slugify } from '../slug';

/**
 * A person of the old site: an entry of `_data/authors.yml` (the jekyll-seo-tag convention, keyed
 * by username), or a document of its people collection (`_people/`, `_authors/`, `_team/`…),
 * whose username is its file name.
 */
export interface JekyllAuthor {
  username: string;
  /** Its username in _data/authors.yml, when the people collection names it otherwise. */
  otherUsernames?: string[];
  name?: string;
  twitter?: string;
  /** `picture`, `photo`, `avatar` or `image`: a path in the site or a URL. */
  picture?: string;
  /** Markdown: a collection document's body, or its `bio:`. */
  bio?: string;
  /** The line of the Jekyll file on which the bio starts (its body's, or its `bio:` key's). */
  bioLine?: number;
  /** A web address of the person's own (`website`, `url`, `homepage`, `linkedin`). */
  website?: string;
  github?: string;
  /** Where it was read: `_data/authors.yml` or `_people/jane.md`. */
  source?: string;
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);

export function parseAuthorsData(data: unknown): JekyllAuthor[] {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.entries(data as Record<string, unknown>).map(([username, value]) => {
    const entry = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
    return {
      username,
      name: text(entry.name) ?? (typeof value === 'string' ? value : undefined),
      twitter: text(entry.twitter),
      picture: text(entry.picture) ?? text(entry.avatar) ?? text(entry.image),
    };
  });
}

/** Collections whose documents are people, by the names themes give them. */
const PEOPLE = /^(?:people|persons|authors?|team|teams?members?|members?|staff|contributors?|speakers?|equipe|auteurs?|membres?|personnes?)$/i;

/**
 * Whether a collection holds people: its name says so (`people`, `authors`, `team`…), or every
 * one of its documents has a `name:` and something only a person has (a photo, a bio, a handle).
 */
export function isPeopleCollection(name: string, docs: readonly { data: Record<string, unknown> }[]): boolean {
  if (name === 'posts' || !docs.length) return false;
  if (PEOPLE.test(name.replace(/[-_]/g, ''))) return true;
  return docs.every((d) => text(d.data.name) !== undefined && ['photo', 'avatar', 'picture', 'bio', 'twitter', 'github'].some((k) => d.data[k] !== undefined));
}

const httpUrl = (v: unknown) => {
  const t = text(v);
  return t && /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(t) ? t : undefined;
};

/** `@jane`, `jane`, `https://github.com/jane` → jane. */
const githubUser = (v: unknown) => {
  const t = text(v)?.replace(/^@/, '').replace(/^https?:\/\/(?:www\.)?github\.com\//i, '').replace(/\/+$/, '');
  return t && /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(t) ? t : undefined;
};

/**
 * One document of the people collection: `name` (or `title`), a photo, a bio (its `bio:` or its
 * body) and links. Undefined when it has no front matter (Jekyll did not read it as a document).
 */
export function parsePersonDoc(source: string, raw: string): JekyllAuthor | undefined {
  const parsed = parseFrontMatter(raw);
  if (!parsed.ok) return undefined;
  const { data, body, bodyLine, rawFrontMatter } = parsed.file;
  const username = (source.split('/').pop() ?? source).replace(/\.[^.]+$/, '');
  const ownBio = text(data.bio);
  const bioKeyLine = rawFrontMatter.replace(/^\r?\n/, '').split('\n').findIndex((l) => /^bio\s*:/.test(l));
  const links = (data.links && typeof data.links === 'object' ? data.links : {}) as Record<string, unknown>;
  const social = (key: string) => data[key] ?? links[key];
  const github = githubUser(social('github'));
  return {
    username,
    name: text(data.name) ?? text(data.title) ?? undefined,
    twitter: text(social('twitter')),
    picture: text(data.photo) ?? text(data.picture) ?? text(data.avatar) ?? text(data.image) ?? text(data.portrait),
    bio: ownBio ?? (body.trim() ? body : undefined),
    bioLine: ownBio !== undefined ? (bioKeyLine === -1 ? undefined : bioKeyLine + 2) : bodyLine,
    website: httpUrl(social('website')) ?? httpUrl(social('url')) ?? httpUrl(social('homepage')) ?? httpUrl(social('linkedin')),
    github,
    source,
  };
}

/** The person a byline name names: by username (file name), name or slug, ignoring case and accents. */
export function findAuthorData(name: string, data: readonly JekyllAuthor[]): JekyllAuthor | undefined {
  const folded = foldForMatch(name);
  return data.find(
    (a) =>
      [a.username, ...(a.otherUsernames ?? [])].some((u) => foldForMatch(u) === folded) ||
      (a.name !== undefined && (foldForMatch(a.name) === folded || (slugify(a.name) !== '' && slugify(a.name) === slugify(name)))) ||
      slugify(a.username) === slugify(name),
  );
}

export interface PlannedProfile {
  slug: string;
  name: string;
  /** Other spellings met in bylines, merged into this profile. */
  aliases: string[];
  twitter?: string;
  /** As found in the data (a site path or a URL); the plan resolves it. */
  picture?: string;
  bio?: string;
  bioLine?: number;
  website?: string;
  github?: string;
  /** The Jekyll file whose byline first named this person. */
  source: string;
  /** Where the profile's name, picture and bio came from, when a person of the old site was found. */
  from?: string;
  /** Where the twitter handle came from, for the report. */
  twitterFrom?: 'data' | 'post';
  /** How each alias was merged, for the report: a person may undo it. */
  merges: { alias: string; posts: number; why: BylineMatch }[];
  /** Posts whose byline names this person under its name. */
  posts: number;
}

/** A profile the site already has that a byline spells nearly the same: the byline's spelling should be an alias. */
export interface NearProfile {
  name: string;
  profile: Author;
  source: string;
  why: BylineMatch;
}

/** A name as bylines are compared when merging: folded, and without spaces or punctuation. */
const compact = (name: string) => foldForMatch(name).replace(/[^a-z0-9]+/g, '');
/** How resolveByline compares names: folded, punctuation as spaces. */
const spaced = (name: string) => foldForMatch(name).replace(/[^a-z0-9]+/g, ' ').trim();

/** The one edit that turns `a` into `b`, if there is exactly one: a transposition, a missing or an extra letter, or a substitution. */
function oneEdit(a: string, b: string): 'transposition' | 'missing' | 'extra' | 'substitution' | undefined {
  if (a === b || Math.abs(a.length - b.length) > 1) return undefined;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return 'substitution';
    if (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) return 'transposition';
    return undefined;
  }
  if (a.length < b.length) return a.slice(i) === b.slice(i + 1) ? 'extra' : undefined;
  return a.slice(i + 1) === b.slice(i) ? 'missing' : undefined;
}

/** Below this, one letter is too much of a short name to tell a typo from another person. */
export const MERGE_MIN_LETTERS = 10;

/**
 * Why two bylines name the same person, if they do. The rule, as the report states it:
 * - the same letters once case, accents, spaces and punctuation are set aside
 *   (`sophie miljkovic`, `Sophie  Miljkovič`, `Jean-Marc Dupont`/`Jean Marc Dupont`);
 * - or one letter swapped with its neighbour, missing or extra (`Sophie Milkjovic`), when both are
 *   names of two words or more and of at least MERGE_MIN_LETTERS letters. A letter replaced by
 *   another is never merged: `Jean Dupont` and `Jean Dupond` are as likely two people as one typo.
 */
export function sameByline(a: string, b: string): BylineMatch | undefined {
  const [ca, cb] = [compact(a), compact(b)];
  if (!ca || !cb) return undefined;
  if (ca === cb) return 'case';
  const words = (n: string) => spaced(n).split(' ').filter(Boolean).length;
  if (Math.min(ca.length, cb.length) < MERGE_MIN_LETTERS || words(a) < 2 || words(b) < 2) return undefined;
  const edit = oneEdit(ca, cb);
  if (edit === 'transposition') return 'swapped';
  if (edit === 'missing' || edit === 'extra') return 'oneLetter';
  return undefined;
}

/** Near enough to be worth a look, not enough to merge: reported, never merged. */
export function lookAlike(a: string, b: string): boolean {
  const [ca, cb] = [compact(a), compact(b)];
  return ca.length >= 6 && cb.length >= 6 && ca !== cb && oneEdit(ca, cb) !== undefined;
}

interface Group {
  names: { name: string; posts: number; why?: BylineMatch }[];
  source: string;
  entry?: JekyllAuthor;
  twitter?: string;
}

/**
 * The author profiles to create: one for each person or team a byline names that no profile
 * covers yet (by name, alias or slug), in the order the posts name them. Bylines that spell one
 * person nearly the same way (sameByline) are one profile: the old site's spelling of the person
 * (people collection, `_data/authors.yml`), else the most used, is its name; the others are aliases.
 * `twitter` of a post goes to the first person its byline names, the one a Jekyll theme showed it beside.
 */
export function planProfiles(
  posts: readonly { source: string; byline: string; twitter?: string }[],
  existing: readonly Author[],
  data: readonly JekyllAuthor[],
  near: NearProfile[] = [],
): PlannedProfile[] {
  const groups: Group[] = [];
  const profileOf = (g: Group): Author => ({ slug: slugify(g.names[0]!.name), name: g.names[0]!.name, aliases: g.names.slice(1).map((n) => n.name), bio: '', hasProfile: true });
  for (const post of posts) {
    const { unknown } = resolveByline(post.byline, existing);
    const firstPart = resolveByline(post.byline, []).unknown[0];
    for (const name of unknown) {
      if (!slugify(name)) continue;
      const entry = findAuthorData(name, data);
      const nearProfile = entry ? undefined : existing.find((a) => [a.name, ...a.aliases].some((n) => sameByline(n, name)));
      if (nearProfile) {
        if (!near.some((n) => n.name === name)) near.push({ name, profile: nearProfile, source: post.source, why: sameByline(nearProfile.name, name) ?? 'near' });
        continue;
      }
      const twitter = name === firstPart ? twitterHandle(post.twitter) : undefined;
      // A name that mentions one already met (`M. Pierre Camilleri`, `sophie miljkovic`) is that person,
      // as the site will read it: no alias needed.
      const mentioned = groups.find((g) => resolveByline(name, [profileOf(g)]).authors.length > 0);
      if (mentioned) {
        mentioned.twitter ??= twitter;
        const spelling = mentioned.names.find((n) => n.name === name);
        if (spelling) spelling.posts++;
        // Another spelling of the same name (case, accents, spacing) counts on its own, for the most used one to win.
        else if (mentioned.names.some((n) => compact(n.name) === compact(name))) mentioned.names.push({ name, posts: 1, why: 'case' });
        // A longer name that mentions it (`M. Pierre Camilleri`) is that person.
        else {
          const member = mentioned.names.find((n) => resolveByline(name, [{ ...profileOf(mentioned), name: n.name, aliases: [] }]).authors.length > 0) ?? mentioned.names[0]!;
          member.posts++;
        }
        continue;
      }
      let group: Group | undefined;
      let why: BylineMatch | undefined;
      for (const g of groups) {
        // Two different people of the old site are never merged, however alike their names.
        if (entry && g.entry && entry !== g.entry) continue;
        why = entry && g.entry === entry ? 'samePerson' : g.names.map((n) => sameByline(n.name, name)).find(Boolean);
        if (why) {
          group = g;
          break;
        }
      }
      if (!group) {
        group = { names: [], source: post.source, entry };
        groups.push(group);
      }
      group.entry ??= entry;
      group.twitter ??= twitter;
      group.names.push({ name, posts: 1, why });
    }
  }
  return groups.flatMap((g) => planGroup(g, existing));
}

function planGroup(g: Group, existing: readonly Author[]): PlannedProfile[] {
  // The old site's spelling of the person, else the most used, else the first met.
  const byUse = [...g.names].sort((a, b) => b.posts - a.posts);
  const name = g.entry?.name ?? byUse[0]!.name;
  const slug = slugify(name);
  if (!slug || existing.some((a) => a.slug === slug)) return [];
  const merges = g.names
    .filter((n) => n.name !== name)
    .map((n) => ({ alias: n.name, posts: n.posts, why: n.why ?? sameByline(name, n.name) ?? (g.entry ? ('samePerson' as const) : ('sameName' as const)) }));
  // resolveByline already ignores case and accents: only other spellings need an alias.
  const aliases = [...new Set(merges.map((m) => m.alias).filter((a) => spaced(a) !== spaced(name)))];
  const fromData = twitterHandle(g.entry?.twitter);
  const twitter = fromData ?? g.twitter;
  const e = g.entry;
  return [
    {
      slug,
      name,
      aliases,
      twitter,
      picture: e?.picture,
      bio: e?.bio,
      bioLine: e?.bioLine,
      website: e?.website ?? (e?.github ? `https://github.com/${e.github}` : undefined),
      github: e?.github,
      source: g.source,
      from: e?.source,
      twitterFrom: twitter ? (fromData ? 'data' : 'post') : undefined,
      merges,
      posts: g.names.reduce((n, x) => n + x.posts, 0),
    },
  ];
}
