import { parseFrontMatter } from '../content/front-matter';
import { safeDecode } from '../content/images';
import { translateJekyll } from '../markdown/jekyll';
import { problem, type PageSkip } from '../messages';
import type { Problem } from '../problems';
import { slugify } from '../slug';
import { ROUTE_SEGMENTS, staticPagePath } from '../urls';
import { cleanBody } from './body';
import { deriveDescription, serializeFile, titleFromSlug } from './front-matter';
import type { JekyllConfig } from './jekyll-config';
import { decodeEntities, kramdownBody } from './kramdown';
import { expandPermalink } from './permalink';
import { findRefs, replaceRefs, resolveRef, type RefContext } from './references';

/** A page of the Jekyll site: a Markdown or HTML file with front matter, outside `_` folders. */
export interface PageInput {
  source: string;
  text: string;
}

export interface ConvertedPage {
  source: string;
  /** File name in content/pages/. */
  fileName: string;
  text: string;
  /** Its address on the old site, as Jekyll gave it. */
  oldUrl: string;
  /** Its address on the blog. */
  path: string;
  copies: string[];
  fixes: Problem[];
}

export const PAGE_FILE = /\.(md|markdown|mkd|mkdn|html?)$/i;

/**
 * The address Jekyll gave a page (Page#template): its own `permalink:`, else `/:path/:basename`
 * with the ending of the site's permalink style (a folder for a style ending in `/`, `.html` for one
 * ending in `:output_ext`); an index is its folder.
 */
export function jekyllPageUrl(source: string, permalink: unknown, sitePermalink: string): string {
  const dir = source.includes('/') ? source.replace(/\/[^/]*$/, '') : '';
  const basename = (source.split('/').pop() ?? source).replace(/\.[^.]+$/, '');
  const time = { year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  const input = { time, slug: basename, basename, categories: [], path: dir };
  if (typeof permalink === 'string' && permalink.trim()) {
    return expandPermalink(permalink.trim().replace(/:basename/g, ':name').replace(/:path/g, dir), input) ?? `/${source}`;
  }
  if (basename === 'index') return `/${dir}/`.replace(/\/{2,}/g, '/');
  const ending = sitePermalink.endsWith('/') ? '/' : sitePermalink.endsWith(':output_ext') ? '.html' : '';
  return `/${dir}/${encodeURI(basename)}${ending}`.replace(/\/{2,}/g, '/');
}

export interface PageContext extends Omit<RefContext, 'postDir'> {
  config: JekyllConfig;
}

/**
 * A page of the old site as a static page of the blog (content/pages/<slug>.md, served at
 * /<slug>/): its Liquid and kramdown read as for posts, its files copied, and its old address kept
 * by a redirect. A page whose address is the blog's own (its home, its lists), that refers to files
 * the old site did not have, or whose Liquid cannot be translated, is not imported, and says why.
 */
export function convertPage(input: PageInput, ctx: PageContext): ConvertedPage | { source: string; skipped: Problem } {
  const { source } = input;
  const skip = (why: PageSkip) => ({ source, skipped: problem('importPageSkipped', source, { why }) });
  const parsed = parseFrontMatter(input.text);
  if (!parsed.ok) return skip({ kind: 'frontMatter', reason: parsed.message });
  const { data, body, bodyLine } = parsed.file;
  const oldUrl = jekyllPageUrl(source, data.permalink, ctx.config.sitePermalink);
  const slug = slugify(safeDecode(oldUrl).replace(/\.html?$/, '').replace(/\/index$/, '').replace(/\//g, ' '));
  if (!slug || (ROUTE_SEGMENTS as readonly string[]).includes(slug.split('-')[0] ?? '') || slug === '404') {
    return skip({ kind: 'ownAddress', url: oldUrl });
  }

  const fixes: Problem[] = [];
  const cleaned = cleanBody(body, bodyLine, ctx.config.variables);
  if (cleaned.problems.length) {
    const lines = cleaned.problems.map((p) => p.line).filter((l): l is number => l !== undefined);
    return skip({ kind: 'liquid', count: cleaned.problems.length, ...(lines[0] === undefined ? {} : { line: lines[0] }) });
  }
  // Jekyll read a .html page as HTML: kept as one HTML block, which Markdown leaves as it is.
  const html = /\.html?$/i.test(source);
  const text = html ? asHtmlBlock(cleaned.text) : kramdownBody(cleaned.text).text;
  const postDir = oldUrl.replace(/[^/]*$/, '');
  const missing: string[] = [];
  const copies: string[] = [];
  const replacements = findRefs(text).flatMap((ref) => {
    const r = resolveRef(ref.url, ref.image, { ...ctx, postDir });
    if (r.copy && !copies.includes(r.copy)) copies.push(r.copy);
    if (r.missing) missing.push(r.url);
    return r.url === ref.url ? [] : [{ ref, url: r.url }];
  });
  if (missing.length) return skip({ kind: 'missingFiles', files: missing.join(', ') });
  const newBody = replaceRefs(text, replacements);
  if (translateJekyll(newBody).findings.length) return skip({ kind: 'liquidLeft' });

  const titled = typeof data.title === 'string' && data.title.trim() ? decodeEntities(data.title.trim()) : undefined;
  const title = titled ?? titleFromSlug(slug);
  const described = typeof data.description === 'string' && data.description.trim() ? decodeEntities(data.description.trim()) : undefined;
  const description = described ?? deriveDescription(newBody) ?? title;
  if (!titled) fixes.push(problem('importNoTitle', source, { title }));
  if (!described) fixes.push(problem('importNoDescription', source, { description }));
  const path = staticPagePath(slug);
  fixes.push(problem('importPageImported', source, { slug, path, ...(oldUrl === path ? {} : { oldUrl }) }));
  return { source, fileName: `${slug}.md`, text: serializeFile({ title, description }, newBody), oldUrl, path, copies, fixes };
}

/**
 * The old addresses a page's redirect must answer: its Jekyll address, unless it is the new one
 * without its final slash (hosts add it), and for an address without extension (`/contact`,
 * written as contact.html), the `.html` one hosts also served.
 */
export function pageRedirectSources(page: Pick<ConvertedPage, 'oldUrl' | 'path'>): string[] {
  const { oldUrl, path } = page;
  const bare = !oldUrl.endsWith('/') && !/\.[a-z0-9]+$/i.test(oldUrl);
  return [...(oldUrl.replace(/\/$/, '') === path.replace(/\/$/, '') ? [] : [oldUrl]), ...(bare ? [`${oldUrl}.html`] : [])];
}

/** HTML as one HTML block of Markdown: blank lines (which would end it) hold an empty comment, and text opens a `<div>`. */
function asHtmlBlock(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return '';
  const filled = trimmed.replace(/\n[ \t]*(?=\n)/g, '\n<!-- -->');
  return /^</.test(filled) ? filled : `<div>\n${filled}\n</div>`;
}
