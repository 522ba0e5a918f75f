import slugifyLib from 'slugify';

/**
 * ASCII slug for tags, authors and new posts: `évaluation` → `evaluation`,
 * `Sophie Miljkovic` → `sophie-miljkovic`. Route parameters must be ASCII
 * because Next's static export mishandles the others.
 */
export function slugify(text: string): string {
  return slugifyLib(text.replace(/['’]/g, ' '), { lower: true, strict: true, locale: 'fr', trim: true });
}

/** Lower-case, accents removed: how bylines and aliases are compared. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name as whole words: folded (case, accents), every run of other characters one space; how names are matched. */
export const foldWords = (text: string): string => foldForMatch(text).replace(/[^a-z0-9]+/g, ' ').trim();

/** A slug that is safe as a URL segment as written (case kept, for old links). */
export const isUrlSafeSlug = (slug: string) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(slug);
