import { filePathOf } from '../content/images';
import { parseFrontMatter } from '../content/front-matter';
import { BUILD_FILES } from '../content/site-entries';
import { problem } from '../messages';
import type { Problem } from '../problems';
import { findRefs, replaceRefs } from './references';

/**
 * Links of imported posts to pages of the old site that the blog does not serve (`/a-propos.html`,
 * `/defis/2018/x.html`): on the new site they would answer 404. Each becomes an absolute link to
 * where the old site still answers, or, when nobody said where that is, is reported.
 *
 * Where the old pages live: `--old-site-url` when given, else `url` (and `baseurl`) of
 * _config.yml. When that is the blog's own address (the blog replaces the old site at its
 * domain), an absolute link there would lead back to the blog: the links are reported instead,
 * and `--old-site-url` names where the old pages live now (an archive, another domain).
 */
export interface OldSiteLinks {
  /** Where a root-relative path of the old site answers: `https://old.example` (with its baseurl); undefined when unknown. */
  base?: string;
  /** Why `base` is unknown or unusable, for the report. */
  unknown?: 'no-url' | 'same-as-blog';
  /** The old site's url as read from _config.yml, for the report's hint. */
  configUrl?: string;
  /** Hosts of the old site: absolute links to them are links to its pages too. */
  hosts: readonly string[];
  /** Whether the new blog answers at a site path (decoded, without query): a post, a file, a page, a redirect. */
  answers(sitePath: string): boolean;
}

/** The old site's address for its pages, from the option or _config.yml, unless it is the blog's own. */
export function oldSiteBase(options: { option?: string; configUrl?: string; baseurl?: string; blogUrl?: string }): Pick<OldSiteLinks, 'base' | 'unknown'> {
  const origin = (url: string) => /^(https?:\/\/[^/?#]+)/i.exec(url)?.[1]?.toLowerCase().replace('://www.', '://');
  const base = options.option?.replace(/\/+$/, '') ?? (options.configUrl ? `${options.configUrl.replace(/\/+$/, '')}${options.baseurl ?? ''}` : undefined);
  if (!base) return { unknown: 'no-url' };
  // Given explicitly, it is trusted; read from _config.yml, it is refused when it is the blog's own address.
  if (options.option === undefined && options.blogUrl && origin(base) === origin(options.blogUrl)) return { unknown: 'same-as-blog' };
  return { base };
}

/** Pages and files every build of the blog has, whatever its posts, and the routes it generates pages under. */
const BLOG_PAGES = new Set(['/', '/blog/', '/tag/', '/auteur/', ...Object.values(BUILD_FILES)]);
const BLOG_ROUTES = /^\/(blog\/page\/\d+|tag\/[^/]+(\/page\/\d+)?|tag\/[^/]+\/feed\.xml|auteur\/[^/]+(\/page\/\d+)?)\/?$/;

/** Whether the blog itself serves a path, whatever the content: its list pages, feeds and generated routes. */
export function blogServes(sitePath: string): boolean {
  const withSlash = sitePath.endsWith('/') || /\.[a-z0-9]+$/i.test(sitePath) ? sitePath : `${sitePath}/`;
  return BLOG_PAGES.has(withSlash) || BLOG_ROUTES.test(sitePath);
}

/**
 * The post's text with its links to pages of the old site made absolute on `ctx.base`, each a fix
 * with its line in the Jekyll file (`source.line` maps a 0-based line of the written body to it); without a base, each is a problem. Images are left to the file copy (references.ts),
 * code is never read (findRefs reads the parsed body).
 */
export function linkOldSite(
  text: string,
  source: { file: string; line: (writtenBody: string, index: number) => number },
  ctx: OldSiteLinks,
): { text: string; fixes: Problem[]; problems: Problem[] } {
  const parsed = parseFrontMatter(text);
  if (!parsed.ok) return { text, fixes: [], problems: [] };
  const { body } = parsed.file;
  const data = parsed.file.data as Record<string, unknown>;
  const knownMissing = new Set((Array.isArray(data.known_missing) ? data.known_missing : []).map((m) => filePathOf(String(m))));
  const fixes: Problem[] = [];
  const problems: Problem[] = [];
  const replacements = findRefs(body).flatMap((ref) => {
    if (ref.image) return [];
    const sitePath = oldSitePath(ref.url, ctx.hosts);
    if (sitePath === undefined) return [];
    const decoded = filePathOf(sitePath);
    // A file found nowhere is listed in known_missing, and reported there already.
    if (decoded === '' || knownMissing.has(decoded) || ctx.answers(decoded)) return [];
    const line = source.line(body, ref.index);
    if (ctx.base === undefined) {
      problems.push(problem('importOldPageLink', source.file, { url: ref.url, sameAsBlog: ctx.unknown === 'same-as-blog' }, { line }));
      return [];
    }
    const url = absoluteOn(ctx.base, sitePath);
    if (url === ref.url) return [];
    fixes.push(problem('importOldPageLinked', source.file, { url: ref.url, to: url }, { line }));
    return [{ ref, url }];
  });
  if (!replacements.length) return { text, fixes, problems };
  return { text: text.slice(0, text.length - body.length) + replaceRefs(body, replacements), fixes, problems };
}


/** The path of a link on the old site: a root-relative link, or an absolute one on its hosts; undefined for any other. */
function oldSitePath(url: string, hosts: readonly string[]): string | undefined {
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  const absolute = /^(?:https?:)?\/\/([^/?#]+)(.*)$/i.exec(url);
  if (!absolute || !hosts.includes((absolute[1] ?? '').toLowerCase())) return undefined;
  const rest = absolute[2] ?? '';
  return rest.startsWith('/') ? rest : `/${rest}`;
}

/** `https://old.example/site` + `/site/a.html` → `https://old.example/site/a.html`: a path that holds the base's own path already keeps it once. */
function absoluteOn(base: string, sitePath: string): string {
  const basePath = /^https?:\/\/[^/]+(\/.*)?$/i.exec(base)?.[1] ?? '';
  if (basePath && (sitePath === basePath || sitePath.startsWith(`${basePath}/`))) return `${base.slice(0, base.length - basePath.length)}${sitePath}`;
  return `${base}${sitePath}`;
}
