import { problem } from '../messages';
import { lastingSuggester, type Problem } from '../problems';
import type { ImageReference, LinkReference } from '../markdown/references';
import { ownSitePath } from '../urls';
import { filePathOf } from './images';
import { redirectFile, type Redirect } from './redirects';
import type { SiteLookup } from './site-entries';

/**
 * Warnings about a post body that do not stop a build but hurt readers: images without a
 * text alternative, and links to addresses of this site where nothing answers. They read the
 * references the parsed tree holds (lib/markdown/references.ts), so code is never mistaken for them.
 */

/** `line` is the line in the body; `bodyLine` the file line the body starts on. */
export function lintImages(file: string, bodyLine: number, images: readonly ImageReference[]): Problem[] {
  const lineOf = (line: number | undefined) => (line === undefined ? undefined : line + bodyLine - 1);
  const problems: Problem[] = [];
  for (const image of images) {
    if (image.syntax === 'markdown' && !image.alt?.trim()) {
      problems.push(problem('imageWithoutAlt', file, { src: image.src }, { line: lineOf(image.line) }));
    } else if (image.syntax !== 'markdown' && image.alt === undefined) {
      // `alt=""` is a deliberate choice for a decorative image; no alt at all is an omission.
      problems.push(problem('htmlImageWithoutAlt', file, { tag: image.syntax, src: image.src }, { line: lineOf(image.line) }));
    }
  }
  return problems;
}

/** What answers at the addresses of the site once built: pages, files, redirects. */
export interface SiteAddresses {
  /** Whether a link's target answers; true for addresses of other sites, which are not ours to check. */
  answers(href: string): boolean;
  /** The address a link to nothing may have meant, for "did you mean". */
  suggest(local: string): string | undefined;
}

export function siteAddresses(pages: Iterable<string>, redirects: readonly Redirect[], entryAt: SiteLookup): SiteAddresses {
  const redirectFiles = new Set(redirects.map((r) => redirectFile(r.from)));
  // Only a file answers: a folder of public/ without a page has nothing to show, and the folders the build
  // fills whole (`/_next/`, `/img/variants/`) hold files no post can count on.
  const exists = (file: string) => entryAt(file)?.kind === 'file' || redirectFiles.has(file);
  return {
    answers(href) {
      const local = ownSitePath(href) ?? href;
      if (!local.startsWith('/') || local.startsWith('//')) return true;
      const target = filePathOf(local).slice(1);
      // A static host serves a folder's index.html for the folder's address, with or without its final slash.
      if (target === '' || target.endsWith('/')) return exists(`${target}index.html`);
      return exists(target) || exists(`${target}/index.html`);
    },
    suggest: lastingSuggester([...pages, ...redirects.map((r) => r.from)]),
  };
}

/** Links to addresses of this site where nothing answers once built: a page, a file or a redirect. */
export function lintLinks(file: string, bodyLine: number, links: readonly LinkReference[], site: SiteAddresses): Problem[] {
  const problems: Problem[] = [];
  for (const link of links) {
    if (site.answers(link.href)) continue;
    const local = ownSitePath(link.href) ?? link.href;
    const guess = site.suggest(local.split(/[?#]/)[0] ?? local);
    problems.push(problem('deadLink', file, { href: link.href, guess }, { line: link.line === undefined ? undefined : link.line + bodyLine - 1 }));
  }
  return problems;
}
