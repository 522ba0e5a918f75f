import { foldWords, slugify } from '../slug';

export interface Author {
  slug: string;
  name: string;
  twitter?: string;
  avatar?: string;
  website?: string;
  aliases: string[];
  /** Markdown bio; empty when the profile has none. */
  bio: string;
  /** False for a byline that names nobody with a profile: it still gets a page. */
  hasProfile: boolean;
}

/**
 * What a byline says of someone rather than who: `Laurie Chapotte, EIG`, `X, EIG Link`,
 * `Y, mentor`. Teams (`équipe EIG`) are authors; roles are not.
 */
const ROLE = /^(?:eig|dig|eig link|entrepreneur d interet general|mentor|mentore|coach|stagiaire|designer|data scientist|developpeur|developpeuse)(?: ?\d+)?$/;

/**
 * The names a byline lists: `A et B (équipe EIG)` → A, B, équipe EIG.
 * Commas, `et`, `and`, `&`, `;` and parentheses separate names; roles are left out.
 */
export function splitByline(byline: string): string[] {
  return byline
    .replace(/[()]/g, ',')
    .split(/\s*(?:,|;|&|\bet\b|\band\b|\/)\s*/i)
    .map((s) => s.trim().replace(/^(?:par|by)\s+/i, ''))
    .filter((s) => s.length > 1 && !ROLE.test(foldWords(s)));
}

// Each profile's names as words, worked out once per list of profiles: every post's byline is
// matched against every profile at every load (the dev server loads at each save).
const namesOfProfiles = new WeakMap<readonly Author[], { author: Author; names: string[] }[]>();

function profileNames(known: readonly Author[]): { author: Author; names: string[] }[] {
  let names = namesOfProfiles.get(known);
  if (!names) {
    names = known.map((author) => ({ author, names: [author.name, ...author.aliases].map(foldWords).filter((n) => n.length > 0) }));
    namesOfProfiles.set(known, names);
  }
  return names;
}

/**
 * The authors of a byline. Each name it lists is the known author whose name or alias
 * it mentions (as whole words, ignoring case and accents), or else an author of its own
 * (so every byline links to a page).
 */
export function resolveByline(
  byline: string,
  known: readonly Author[],
): { authors: Author[]; unknown: string[] } {
  const authors: Author[] = [];
  const unknown: string[] = [];
  const add = (a: Author) => {
    if (!authors.some((x) => x.slug === a.slug)) authors.push(a);
  };
  const profiles = profileNames(known);
  for (const part of splitByline(byline)) {
    const text = ` ${foldWords(part)} `;
    const matches = profiles.filter((p) => p.names.some((n) => text.includes(` ${n} `))).map((p) => p.author);
    if (matches.length) matches.forEach(add);
    else unknown.push(part);
  }
  if (!authors.length && !unknown.length) unknown.push(byline.trim());
  return { authors, unknown };
}

export function bylineAuthor(name: string): Author {
  return { slug: slugify(name), name, aliases: [], bio: '', hasProfile: false };
}
