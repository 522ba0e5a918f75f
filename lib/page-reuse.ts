/**
 * Which pages a rebuild must render again, and which it may keep from the last build.
 *
 * A page's HTML is a function of the code, the build's settings, the files of public/ (image
 * sizes, and the names of their variants, which hash their content), the content every page
 * reads (front matter, profiles, static pages, tags, the lists: what lib/content/snapshot.ts's
 * `pagesDigest` hashes) and, for a post's own page alone, that post's body as rendered. When the
 * first four are those of the last build, every page but the posts whose rendered body changed
 * is the page the last build wrote. Anything else, even a change no page shows (a post's date, a
 * profile's bio), renders every page again: a page is never kept on a guess.
 */

/** What decides every page, part by part, so that a whole rebuild can say which part changed. */
export interface SiteInputs {
  code: string;
  settings: string;
  publicFiles: string;
  content: string;
}

/** What the kept pages were rendered from: the site's inputs, and each post page's body by site path. */
export interface KeptPages {
  version: typeof KEPT_PAGES_VERSION;
  site: SiteInputs;
  bodies: Record<string, string>;
}

/** Part of every record: change it when what the kept pages hold, or how, changes. */
// 2: the pages are kept as published (their scripts removed), not as `next build` wrote them.
export const KEPT_PAGES_VERSION = 2;

export type RenderPlan =
  | { kind: 'all'; why: 'none-kept' | keyof SiteInputs }
  | { kind: 'some'; pages: string[] };

/**
 * All pages, with the first reason found, or only the post pages whose body changed (possibly
 * none: the pages without a parameter are rendered in every build anyway).
 */
export function planRender(kept: KeptPages | undefined, site: SiteInputs, bodies: Readonly<Record<string, string>>): RenderPlan {
  if (kept?.version !== KEPT_PAGES_VERSION) return { kind: 'all', why: 'none-kept' };
  for (const part of ['code', 'settings', 'publicFiles', 'content'] as const) {
    if (kept.site[part] !== site[part]) return { kind: 'all', why: part };
  }
  const paths = Object.keys(bodies);
  // The content's digest covers the list of posts, so the same paths are there; checked all the same.
  if (paths.length !== Object.keys(kept.bodies).length || paths.some((p) => !(p in kept.bodies))) {
    return { kind: 'all', why: 'content' };
  }
  return { kind: 'some', pages: paths.filter((p) => kept.bodies[p] !== bodies[p]).sort() };
}
