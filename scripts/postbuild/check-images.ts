import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getContent } from '../../lib/content';
import { publicDirFromEnv, publicFileLookup } from '../../lib/content/images';
import { listsFile } from '../../lib/content/known-missing';
import { messages, type Lang } from '../../lib/messages';
import { pageImages, possibleImageUrls, type PageImage } from '../../lib/publish/page-images';
import { responsiveImage } from '../../lib/responsive-images';
import { basePath as siteBasePath } from '../../lib/urls';
import { siteConfig } from '../../site.config';
import { imagesOfPosts } from './images';
import type { PostbuildStep } from '../postbuild';
import { htmlFiles } from './out-pages';

/**
 * The last look at out/: every image a page asks for (`src` of `<img>` and `<source>`, every
 * `srcset` candidate) is a file of out/. A variant the image step did not make, or a file name
 * spelt otherwise in the page than on disk, would otherwise reach readers as a broken image
 * that no earlier check sees.
 */
export interface MissingImage {
  /** The page, relative to out/: `blog/2018/09/24/x/index.html`. */
  page: string;
  /** The post the page shows, or whose image it is, when known: `content/posts/x.md`. */
  source?: string;
  url: string;
  attr: PageImage['attr'];
  tag: PageImage['tag'];
  line?: number;
  /** The file of public/ the variant is made from, for a variant. */
  variantOf?: string;
}

export interface CheckOptions {
  outDir: string;
  basePath?: string;
  /** The site's own origin (`https://example.org`): absolute URLs on it are checked too. */
  siteUrl?: string;
  /** The post shown at a site path (`/blog/2018/09/24/x/`). */
  postAt?: (sitePath: string) => string | undefined;
  /** What a variant's site path (`/img/variants/x-…-480.webp`) is made from: the image and the post that shows it. */
  variantOf?: (sitePath: string) => { image: string; post?: string } | undefined;
  /** Whether a post lists the file in `known_missing`: the old site never had it, and the check said so already. */
  knownMissing?: (sitePath: string) => boolean;
  /** Pages (paths from out/) not to read: kept from a build that checked them (scripts/postbuild.ts). */
  checkedBefore?: ReadonlySet<string>;
}

/** The site path of a page file: `blog/x/index.html` → `/blog/x/`, `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The site path, without base path, that an image address of a page names (`null` for a path
 * outside the base path, which names no file of out/); undefined for addresses of other sites
 * and `data:` URLs, which are not ours to check.
 */
export function siteFileOf(url: string, page: string, basePath: string, siteUrl?: string): string | null | undefined {
  let address = url;
  if (siteUrl && address.startsWith(`${siteUrl}/`)) address = address.slice(siteUrl.length);
  if (/^[a-z][a-z0-9+.-]*:/i.test(address) || address.startsWith('//')) return undefined;
  // A relative address is resolved against the page's own address, under the base path, as the browser does.
  const resolved = new URL(address, `https://site.invalid${basePath}${pagePath(page)}`);
  let pathname = resolved.pathname;
  if (basePath) {
    if (pathname !== basePath && !pathname.startsWith(`${basePath}/`)) return null;
    pathname = pathname.slice(basePath.length) || '/';
  }
  return pathname;
}

export async function checkPageImages(options: CheckOptions): Promise<MissingImage[]> {
  const { outDir, basePath = '', siteUrl } = options;
  const files = publicFileLookup(outDir);
  const missing: MissingImage[] = [];
  const pages = htmlFiles(outDir).filter((page) => !options.checkedBefore?.has(page));
  const namesFileOfOut = (url: string, page: string) => {
    try {
      const sitePath = siteFileOf(url, page, basePath, siteUrl);
      return sitePath === undefined || (sitePath !== null && files.exists(sitePath));
    } catch {
      // An address no URL can be made of, in a script or a comment perhaps: the parse decides.
      return false;
    }
  };
  // A few pages at a time: parsing waits on the disk as much as on the processor.
  const queue = [...pages];
  const worker = async () => {
    for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
      const html = await readFile(path.join(outDir, page), 'utf8');
      // A page with no image element needs no parse: most redirect pages and the search page.
      if (!html.includes('<img') && !html.includes('<source')) continue;
      // Nor does a page whose every possible image address names a file of out/, which is most pages:
      // parsing them all took seconds at 1,000 posts. Any other page is parsed, and only what it really names counts.
      if (possibleImageUrls(html)?.every((url) => namesFileOfOut(url, page))) continue;
      // Lines are read only for a page that has a problem: most pages have none, and they halve the speed.
      const missingOf = (images: PageImage[]) =>
        images.filter((image) => {
          const sitePath = siteFileOf(image.url, page, basePath, siteUrl);
          return sitePath !== undefined && (sitePath === null || (!files.exists(sitePath) && !options.knownMissing?.(sitePath)));
        });
      if (!missingOf(pageImages(html, { lines: false })).length) continue;
      for (const image of missingOf(pageImages(html))) {
        const sitePath = siteFileOf(image.url, page, basePath, siteUrl);
        const variant = sitePath ? options.variantOf?.(sitePath) : undefined;
        const source = options.postAt?.(pagePath(page)) ?? variant?.post;
        missing.push({
          page,
          url: image.url,
          attr: image.attr,
          tag: image.tag,
          ...(image.line === undefined ? {} : { line: image.line }),
          ...(source ? { source } : {}),
          ...(variant ? { variantOf: variant.image } : {}),
        });
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return missing.sort((a, b) => a.page.localeCompare(b.page) || (a.line ?? 0) - (b.line ?? 0) || a.url.localeCompare(b.url));
}

/** One paragraph per page: which images it names that out/ lacks, and where each comes from. */
export function formatMissing(missing: readonly MissingImage[], outDir = 'out', lang?: Lang): string {
  const words = messages(lang).build.missingImages;
  const byPage = new Map<string, MissingImage[]>();
  for (const m of missing) byPage.set(m.page, [...(byPage.get(m.page) ?? []), m]);
  const paragraphs = [...byPage].map(([page, list]) => {
    const sources = [...new Set(list.map((m) => m.source).filter((s): s is string => s !== undefined))];
    return [words.page(`${outDir}/${page}`, sources), ...list.map((m) => words.image(m.line, m.tag, m.attr, m.url, outDir, m.variantOf))].join('\n');
  });
  return `${words.summary(missing.length, byPage.size, outDir)}\n${paragraphs.join('\n')}`;
}

/** Which post each page shows, and which image and post each variant comes from, from the loaded content. */
function contentSources(): Pick<CheckOptions, 'postAt' | 'variantOf' | 'knownMissing'> {
  const content = getContent();
  const byPath = new Map(content.published.map((p) => [p.path, p.file]));
  const publicDir = publicDirFromEnv();
  const variants = new Map<string, { image: string; post?: string }>();
  const covers = new Map<string, string>();
  for (const post of content.published) if (post.image) covers.set(post.image.src, post.file);
  for (const src of imagesOfPosts()) {
    for (const v of responsiveImage(publicDir, src)?.variants ?? []) {
      const post = covers.get(src);
      variants.set(v.url, { image: src, ...(post ? { post } : {}) });
    }
  }
  return {
    postAt: (p) => byPath.get(p),
    variantOf: (p) => variants.get(p),
    knownMissing: (p) => listsFile(content.knownMissing, p),
  };
}

export const checkImagesStep: PostbuildStep = {
  name: 'every image a page names is in out/',
  async run(outDir, { keptPages }) {
    const sources = contentSources();
    const known = new Set<string>();
    const knownMissing = (p: string) => (sources.knownMissing?.(p) ? Boolean(known.add(p)) : false);
    const missing = await checkPageImages({ outDir, basePath: siteBasePath, siteUrl: siteConfig.url, ...sources, knownMissing, checkedBefore: keptPages });
    // The same pages, naming the same files of the same public/, passed this check in the build that rendered them.
    if (keptPages.size) console.log(`postbuild: images not checked again in the ${keptPages.size} pages kept from the last build, which checked them`);
    if (missing.length) throw new Error(formatMissing(missing, path.relative(process.cwd(), outDir) || outDir));
    if (known.size) console.log(`postbuild: ${known.size} image${known.size === 1 ? '' : 's'} listed in known_missing, shown broken as on the old site: ${[...known].sort().join(', ')}`);
  },
};
