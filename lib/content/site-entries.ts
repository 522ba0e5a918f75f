import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { SiteThing } from '../messages';
import { VARIANTS_URL_DIR } from '../responsive-images';
import { languageCodes } from '../languages';
import { feedPath, tagFeedPath } from '../urls';

/**
 * What out/ holds besides redirects: the pages, the files the build writes, the folders it
 * writes whole and every file of public/. A redirect may take the place of none of them
 * (lib/content/redirects.ts asks here).
 */

/** Files the build writes at fixed paths, besides pages (scripts/postbuild/publish-files.ts writes most of them). */
export const BUILD_FILES = {
  notFound: '/404.html',
  rss: '/feed.xml',
  atom: '/atom.xml',
  json: '/feed.json',
  sitemap: '/sitemap.xml',
  robots: '/robots.txt',
  redirects: '/_redirects',
  headers: '/_headers',
  icon: '/icon.svg',
} as const;

/** Folders the build fills whole: Next.js's assets and error page, the image variants. */
const BUILD_FOLDERS = ['/_next/', '/_not-found/', '/404/', `${VARIANTS_URL_DIR}/`];

/**
 * What lies at a path of out/. `file`: nothing may be written there, nor beneath it (it cannot
 * become a folder); `folder`: nothing may be written there; `tree`: nothing may be written there
 * or anywhere beneath it.
 */
export interface SiteEntry {
  kind: 'file' | 'folder' | 'tree';
  /** What it is, for messages (the page /blog/, the file public/img/x.jpg), which also say how to settle a redirect that would take its place. */
  what: SiteThing;
}

/** What the site has at a path relative to out/ (`blog/index.html`, `img/x.jpg`), decoded; undefined when nothing. */
export type SiteLookup = (file: string) => SiteEntry | undefined;

export interface SiteEntriesInput {
  /** Paths of the pages the export writes (`/`, `/blog/`, `/tag/design/`). */
  pages: Iterable<string>;
  /** Slugs of the tags, each of which has its own feed. */
  tagSlugs?: Iterable<string>;
  /** The public/ folder, copied into out/ as it is. */
  publicDir?: string;
  /** The file each static page comes from (content/pages/), by address, to name it in messages. */
  pageFiles?: ReadonlyMap<string, string>;
}

/** Beside each page's index.html, Next.js writes the page's data: index.txt and `__next.*.txt` files. */
const isPageData = (name: string) => name === 'index.txt' || name.startsWith('__next.');

export function siteEntries({ pages, tagSlugs = [], publicDir, pageFiles }: SiteEntriesInput): SiteLookup {
  const pageByFolder = new Map<string, string>();
  for (const page of pages) pageByFolder.set(page.replace(/^\/+/, ''), page);
  // Every language has its feeds (`/en/feed.xml`) and its tags' (`/en/tag/design/feed.xml`).
  const slugs = [...tagSlugs];
  const feeds = languageCodes.flatMap((lang) => [
    ...(['rss', 'atom', 'json'] as const).map((kind) => feedPath(kind, lang)),
    ...slugs.map((slug) => tagFeedPath(slug, lang)),
  ]);
  const built = new Set<string>([...Object.values(BUILD_FILES), ...feeds].map((p) => p.slice(1)));
  const publicEntry = publicDir === undefined ? () => undefined : publicLookup(publicDir);

  return (file) => {
    for (const folder of BUILD_FOLDERS) {
      const dir = folder.slice(1);
      if (file === dir.slice(0, -1) || file.startsWith(dir)) {
        return { kind: 'tree', what: { thing: 'buildFolder', path: folder } };
      }
    }
    if (built.has(file)) {
      return { kind: 'file', what: { thing: 'buildFile', path: `/${file}` } };
    }
    const slash = file.lastIndexOf('/');
    const folder = file.slice(0, slash + 1);
    const name = file.slice(slash + 1);
    const page = pageByFolder.get(folder);
    if (page !== undefined && name === 'index.html') {
      const source = pageFiles?.get(page);
      return { kind: 'file', what: { thing: 'page', path: page, ...(source ? { source } : {}) } };
    }
    if (page !== undefined && isPageData(name)) {
      return { kind: 'file', what: { thing: 'pageData', path: page } };
    }
    return publicEntry(file);
  };
}

/**
 * Entries of public/, by exact case as a Linux host reads them. A symbolic link counts as a
 * file: nothing is written through it.
 */
function publicLookup(publicDir: string): (file: string) => SiteEntry | undefined {
  const listings = new Map<string, Dirent[] | null>();
  const list = (dir: string) => {
    if (!listings.has(dir)) {
      try {
        listings.set(dir, readdirSync(dir, { withFileTypes: true }));
      } catch {
        listings.set(dir, null);
      }
    }
    return listings.get(dir) ?? null;
  };
  return (file) => {
    const segments = file.split('/').filter(Boolean);
    let dir = publicDir;
    let entry: Dirent | undefined;
    for (const [i, seg] of segments.entries()) {
      entry = list(dir)?.find((e) => e.name === seg);
      if (!entry) return undefined;
      // A file met before the last segment: the path goes beneath a file, which is not there either.
      if (!entry.isDirectory() && i < segments.length - 1) return undefined;
      dir = path.join(dir, seg);
    }
    if (!entry) return undefined;
    const shown = `public/${segments.join('/')}`;
    return entry.isDirectory()
      ? { kind: 'folder', what: { thing: 'publicFolder', path: shown } }
      : { kind: 'file', what: { thing: 'publicFile', path: shown } };
  };
}
