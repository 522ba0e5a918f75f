import type { Author } from '../content/authors';
import { filePathOf, type FileLookup } from '../content/images';
import { parsePost } from '../content/post';
import { messages, problem } from '../messages';
import type { Problem } from '../problems';
import { postPath } from '../urls';
import { findAuthorData, lookAlike, planProfiles, type JekyllAuthor, type NearProfile, type PlannedProfile } from './authors';
import { splitByline } from '../content/authors';
import { checkProfile, nearProfileProblems, profileFile } from './profiles';
import { convertPost, folderLangOf, langFile, writtenLine, type ConvertedPost, type PostInput } from './post';
import type { JekyllConfig } from './jekyll-config';
import { findRefs, replaceRefs, resolveRef, type RefContext } from './references';
import { blogServes, linkOldSite, oldSiteBase, type OldSiteLinks } from './old-site-links';
import { parseRedirectsFile } from '../content/redirects-file';
import { parseFrontMatter } from '../content/front-matter';
import { renderingLosses } from './rendering-losses';
import { convertPage, pageRedirectSources, type ConvertedPage, type PageContext, type PageInput } from './pages';
import { redirectSourceProblem } from '../content/redirects';
import { planSiteRedirects, withSiteRedirects, type SiteRedirect } from './site-redirects';
import type { SiteFiles } from './site-files';
import { siteTags, withAddedTags, type SiteTag } from './tags';
import { TAGS_FILE } from '../content/tags-file';

/** A Jekyll site, read: what the plan needs, and no file system. */
export interface JekyllSite {
  config: JekyllConfig;
  authors: JekyllAuthor[];
  /** `_posts/**` and `_drafts/**` files, sorted. */
  posts: PostInput[];
  /** Pages Jekyll rendered from Markdown or HTML files with front matter (about.md, contact.html). */
  pages: PageInput[];
  files: SiteFiles;
  /** Problems met while reading the site (a bad _config.yml). */
  problems: Problem[];
  /** Files of _posts/ or _drafts/ that are not posts. */
  skipped: Problem[];
  /** The text of its `_redirects` (Netlify's rules), when it has one. */
  redirects?: string;
}

/** What the target already holds. */
export interface ImportTarget {
  /** content/posts/ files, by name. */
  posts: ReadonlyMap<string, string>;
  profiles: readonly Author[];
  publicFiles: FileLookup;
  /** Empty: every tag is allowed. */
  allowedTags: readonly string[];
  maxTags: number;
  /** content/redirects.yml as it is, if there is one: the import only adds to it. */
  redirects?: string;
  /** The tags.yml the list was read from, as it is (the target's, or the project's when it has none): `--add-tags` adds to it. */
  tagsText?: string;
  /** The blog's own address (site.config.ts `url`): links of the old site must not lead back to it. */
  blogUrl?: string;
}

export interface PlanOptions {
  /** Add the old site's tags that the allowed list lacks to content/tags.yml, so that the posts keep them. */
  addTags?: boolean;
  /** Where the old site's pages still answer (`--old-site-url`); by default, `url` of its _config.yml. */
  oldSiteUrl?: string;
  /** Import the old site's pages as static pages of content/pages/ (`--pages`). */
  pages?: boolean;
}

/** A file to put in content/ (text) or public/ (a copy of a site file). */
export type PlannedFile =
  | { kind: 'post' | 'page' | 'author' | 'redirects' | 'tags'; path: string; text: string; source: string; draft?: boolean }
  | { kind: 'copy'; path: string; from: string; source: string };

export interface ImportPlan {
  files: PlannedFile[];
  /** Sources not imported, with why. */
  skipped: Problem[];
  fixes: Problem[];
  problems: Problem[];
  /** The tags of the old site's posts, with their counts and what became of each. */
  tags: SiteTag[];
  /** Problems of files of the target, by their path in content/. */
  targetProblems: Problem[];
}

/**
 * Everything an import would do, decided without touching the disk: the posts and author
 * profiles to write in content/, the files to copy into public/, and what the report says.
 * Paths of planned files are relative to content/ (posts/, authors/) and to public/.
 */
export function planImport(site: JekyllSite, target: ImportTarget, options: PlanOptions = {}): ImportPlan {
  const plan: ImportPlan = { files: [], skipped: [...site.skipped], fixes: [], problems: [...site.problems], tags: [], targetProblems: [] };
  // Without a url in _config.yml, an --old-site-url that is a bare origin is the site's url: absolute links to it are links to the site.
  const siteHosts = hostsOf(site.config.url ?? (options.oldSiteUrl && /^https?:\/\/[^/]+\/?$/i.test(options.oldSiteUrl) ? options.oldSiteUrl : undefined));
  const tags = planTags(site, target, options, plan);
  const ctx = {
    site: site.files,
    target: target.publicFiles,
    siteHosts,
    config: site.config,
    authors: site.authors,
    allowedTags: tags.allowed,
    maxTags: target.maxTags,
  };

  // The address of each post already in content/, so that a post imported under another file name is not a duplicate.
  const existingAt = new Map<string, string>();
  for (const [name, text] of target.posts) {
    const p = parsePost(`posts/${name}`, text, { allowedTags: [], maxTags: Infinity, files: ANY_FILE, folderLang: folderLangOf(`posts/${name}`) }).post;
    if (p) existingAt.set(p.path, `posts/${name}`);
  }

  const converted: ConvertedPost[] = [];
  const byName = new Map<string, string>();
  for (const input of site.posts) {
    const result = convertPost(input, ctx);
    if ('skipped' in result) {
      plan.skipped.push(result.skipped);
      continue;
    }
    // A post and its translation share a file name: each language has its folder.
    const file = langFile(result);
    const other = byName.get(file);
    if (other) {
      plan.skipped.push(problem('importSameFileName', input.source, { other, fileName: result.fileName }));
      continue;
    }
    const address = postPath(result.day, result.slug, result.lang);
    const existing = existingAt.get(address);
    if (existing && existing !== file) {
      plan.skipped.push(problem('importAddressTaken', input.source, { existing, address }));
      continue;
    }
    byName.set(file, input.source);
    existingAt.set(address, file);
    converted.push(result);
  }

  const copies = new Map<string, string>();
  const near: NearProfile[] = [];
  const profiles = planProfiles(converted, target.profiles, site.authors, near);
  const out = { copies, fixes: plan.fixes, problems: plan.problems };
  const refCtx = { site: site.files, target: target.publicFiles, siteHosts, variables: site.config.variables };
  const profileFiles = profiles.map((p) => ({ file: profileFile(p, refCtx, out), from: p.from ?? p.source }));
  plan.problems.push(...nearProfileProblems(near));
  plan.problems.push(...lookAlikeProblems(profiles));
  plan.skipped.push(...unusedPeople(site.authors, converted));

  for (const post of converted) for (const c of post.copies) if (!copies.has(c)) copies.set(c, post.source);
  const addresses = postAddresses(converted);
  const pages = options.pages ? planPages(site.pages, ctx, copies, plan) : [];
  const pageRedirects = pages.flatMap((p) => pageRedirectSources(p).flatMap((from) => (redirectSourceProblem(from) ? [] : [{ from, to: p.path, line: 1 }])));
  const redirects = site.redirects === undefined ? undefined : planRedirects(site.redirects, addresses, copies, { ...ctx, postDir: '/' }, plan);
  const planned = new Set([...copies.keys()].map((c) => `/${c}`.normalize('NFC')));
  const files: FileLookup = {
    exists: (p) => target.publicFiles.exists(p) || planned.has(filePathOf(p).normalize('NFC')),
    caseMatch: (p) => target.publicFiles.caseMatch(p),
    refused: (p) => (planned.has(filePathOf(p).normalize('NFC')) ? undefined : target.publicFiles.refused(p)),
  };

  const oldSite = oldSiteLinks(site, target, options, { addresses, files, redirects: [...(redirects ?? []), ...pageRedirects, ...pages.map((p) => ({ from: p.path, to: p.path, line: 1 }))], siteHosts });
  for (const original of converted) {
    const relinked = relinkPosts(original, addresses);
    const linked = linkOldSite(relinked.text, { file: original.source, line: (body, index) => writtenLine(original, body, index) }, oldSite);
    const post = { ...original, text: linked.text };
    plan.fixes.push(...relinked.fixes, ...linked.fixes);
    plan.problems.push(...linked.problems);
    const file = langFile(post);
    const check = parsePost(file, post.text, { allowedTags: tags.allowed, maxTags: target.maxTags, files, folderLang: folderLangOf(file) });
    plan.fixes.push(...post.fixes);
    plan.problems.push(...post.problems);
    const written = check.source;
    if (written) plan.problems.push(...renderingLosses(post.source, written, (line) => writtenLine(post, written.body, line - 1)));
    // Anything the checker would still refuse is a bug of the importer or a case it does not know: say so.
    for (const p of check.problems.filter((x) => x.severity === 'error')) {
      plan.problems.push(problem('importWouldFail', post.source, { message: p.message, ...(p.fix ? { fix: p.fix } : {}) }));
    }
    plan.files.push({ kind: 'post', path: file, text: post.text, source: post.source, draft: post.draft });
  }
  for (const { file, from } of profileFiles) {
    plan.problems.push(...checkProfile(file, files, from));
    plan.files.push(file);
  }
  if (tags.file) plan.files.push(tags.file);
  for (const page of pages) plan.files.push({ kind: 'page', path: `pages/${page.fileName}`, text: page.text, source: page.source });
  if (redirects || pageRedirects.length) {
    const fromRules = redirects ? withSiteRedirects(target.redirects, redirects, messages().templates.addedFrom.redirectRules) : target.redirects;
    const text = withSiteRedirects(fromRules, pageRedirects, messages().templates.addedFrom.pages);
    if (text !== undefined && text !== target.redirects) plan.files.push({ kind: 'redirects', path: 'redirects.yml', text, source: redirects ? '_redirects' : 'pages' });
  }
  for (const [from, source] of [...copies].sort(([a], [b]) => a.localeCompare(b))) plan.files.push({ kind: 'copy', path: from, from, source });
  return plan;
}

/**
 * The old site's tags, counted, and with `--add-tags` those the allowed list lacks added to it:
 * the list the posts are then converted with, and the tags.yml to write.
 */
function planTags(site: JekyllSite, target: ImportTarget, options: PlanOptions, plan: ImportPlan): { allowed: readonly string[]; file?: PlannedFile } {
  plan.tags = siteTags(
    site.posts.map((p) => p.text),
    target.allowedTags,
  );
  const wanted = plan.tags.filter((t) => t.status === 'not allowed');
  if (!options.addTags || !wanted.length) return { allowed: target.allowedTags };
  const text = withAddedTags(target.tagsText, target.allowedTags, wanted.map((t) => t.name), messages().templates.addedFrom.addTags);
  if (text === undefined) {
    plan.targetProblems.push(
      problem('importTagsNotAdded', TAGS_FILE, { file: TAGS_FILE }),
    );
    return { allowed: target.allowedTags };
  }
  for (const t of wanted) t.status = 'added';
  return {
    allowed: [...target.allowedTags, ...wanted.map((t) => t.name)],
    file: { kind: 'tags', path: TAGS_FILE, text, source: '_posts' },
  };
}

/** People of the old site's collection whom no imported byline names: no profile, and said so. */
function unusedPeople(people: readonly JekyllAuthor[], posts: readonly ConvertedPost[]): Problem[] {
  const named = new Set(posts.flatMap((p) => splitByline(p.byline).map((n) => findAuthorData(n, people))));
  return people
    .filter((p) => p.source && p.source !== '_data/authors.yml' && !named.has(p))
    .map((p) => problem('importProfileUnused', p.source ?? '', { name: p.name ?? p.username }));
}

/** New profiles whose names are close but not merged (sameByline's rule): a person decides. */
function lookAlikeProblems(profiles: readonly PlannedProfile[]): Problem[] {
  const out: Problem[] = [];
  profiles.forEach((a, i) => {
    for (const b of profiles.slice(i + 1)) {
      if (!lookAlike(a.name, b.name)) continue;
      out.push(problem('importLookAlikeProfiles', b.source, { name: b.name, other: a.name, slug: a.slug, otherSlug: b.slug }));
    }
  });
  return out;
}

/** A post's addresses as one key: decoded, any case, without `.html` or the final slash. */
const addressKey = (p: string) => filePathOf(p).normalize('NFC').toLowerCase().replace(/(\.html?|\/)$/, '');

/**
 * Every address an imported post answers to, by key: its new address, its Jekyll one and its
 * `redirect_from`, as the loader will give them; a link or a rule that names one leads to the post.
 */
interface PostAddresses {
  /** The post's new address, by key of any of its addresses. */
  byKey: Map<string, string>;
  /** Every address exactly as the site will answer it (the new ones, and the old ones it redirects). */
  exact: Set<string>;
}

function postAddresses(posts: readonly ConvertedPost[]): PostAddresses {
  const byKey = new Map<string, string>();
  const exact = new Set<string>();
  for (const post of posts) {
    const address = postPath(post.day, post.slug, post.lang);
    const loaded = parsePost(langFile(post), post.text, { allowedTags: [], maxTags: Infinity, files: ANY_FILE, folderLang: folderLangOf(langFile(post)) }).post;
    for (const a of [address, ...(loaded?.redirectFrom ?? [])]) {
      byKey.set(addressKey(a), address);
      exact.add(a);
    }
  }
  return { byKey, exact };
}

const OLD_POST_LINK = /^\/blog\/\d{4}\/\d{2}\/\d{2}\/[^/?#]+/;

/**
 * Links between posts of the old site that named a post in another case, or without `.html` (which
 * Jekyll's server forgave and a static host does not), rewritten to the post's address here.
 */
function relinkPosts(post: ConvertedPost, { byKey, exact }: PostAddresses): { text: string; fixes: Problem[] } {
  const parsed = parseFrontMatter(post.text);
  if (!parsed.ok) return { text: post.text, fixes: [] };
  const { body } = parsed.file;
  const fixes: Problem[] = [];
  const replacements = findRefs(body).flatMap((ref) => {
    const [, pathPart = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(ref.url) ?? [];
    if (ref.image || !OLD_POST_LINK.test(pathPart)) return [];
    const to = byKey.get(addressKey(pathPart));
    // An address the site answers as written (the post's, or an old one it redirects) is left as it is.
    if (!to || exact.has(pathPart)) return [];
    fixes.push(problem('importPostRelinked', post.source, { url: ref.url, to: `${to}${suffix}` }, { line: writtenLine(post, body, ref.index) }));
    return [{ ref, url: `${to}${suffix}` }];
  });
  if (!replacements.length) return { text: post.text, fixes };
  return { text: post.text.slice(0, post.text.length - body.length) + replaceRefs(body, replacements), fixes };
}

/** What the links to the old site's pages need: where they live, and what the new blog answers at. */
function oldSiteLinks(
  site: JekyllSite,
  target: ImportTarget,
  options: PlanOptions,
  known: { addresses: PostAddresses; files: FileLookup; redirects: readonly SiteRedirect[]; siteHosts: string[] },
): OldSiteLinks {
  const redirected = new Set([
    ...known.redirects.map((r) => r.from),
    ...(target.redirects === undefined ? [] : parseRedirectsFile('redirects.yml', target.redirects).redirects.map((r) => r.from)),
  ].map((p) => filePathOf(p)));
  const { addresses, files } = known;
  return {
    ...oldSiteBase({ option: options.oldSiteUrl, configUrl: site.config.url, baseurl: site.config.baseurl, blogUrl: target.blogUrl }),
    hosts: known.siteHosts,
    answers: (p) =>
      addresses.exact.has(p) ||
      addresses.byKey.has(addressKey(p)) ||
      files.exists(p) ||
      blogServes(p) ||
      [p, `${p}/`, p.replace(/\/$/, ''), `${p}index.html`].some((a) => redirected.has(a)),
  };
}

/** The kept rules of the site's `_redirects`, each leading to a post's new address or to what the blog serves. */
function planRedirects(text: string, postAt: PostAddresses, copies: Map<string, string>, ctx: RefContext, plan: ImportPlan): SiteRedirect[] {
  const { kept, left } = planSiteRedirects(text, {
    postAt: (p) => postAt.byKey.get(addressKey(p)),
    serves: (p) => {
      if (LIST_PAGES.includes(p)) return true;
      // A file of the old site that a rule leads to is copied, so that the rule still leads somewhere.
      const r = resolveRef(p, false, ctx);
      if (r.copy) copies.set(r.copy, '_redirects');
      return r.copy !== undefined || (!r.missing && ctx.target.exists(p));
    },
    siteHosts: ctx.siteHosts,
  });
  plan.problems.push(...left);
  if (kept.length) plan.fixes.push(problem('importRulesKept', '_redirects', { count: kept.length }));
  return kept;
}

/** The old site's pages as static pages; the files they use join the copies, and what was left out is said. */
function planPages(inputs: readonly PageInput[], ctx: PageContext, copies: Map<string, string>, plan: ImportPlan): ConvertedPage[] {
  return inputs.flatMap((input) => {
    const page = convertPage(input, ctx);
    if ('skipped' in page) {
      plan.skipped.push(page.skipped);
      return [];
    }
    plan.fixes.push(...page.fixes);
    for (const c of page.copies) if (!copies.has(c)) copies.set(c, page.source);
    return [page];
  });
}

/** A lookup that finds every file: for reading a post's addresses, whatever its images. */
const ANY_FILE: FileLookup = { exists: () => true, caseMatch: () => undefined, refused: () => undefined };

/** The list pages every build of the blog has, whatever its posts. */
const LIST_PAGES = ['/', '/blog/', '/tag/', '/auteur/'];

/** `https://example.org` → example.org and www.example.org, for absolute links to the old site. */
function hostsOf(url: string | undefined): string[] {
  const host = url ? /^(?:https?:)?\/\/([^/:]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
  if (!host) return [];
  const bare = host.replace(/^www\./, '');
  return [bare, `www.${bare}`];
}

