import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { messages, problem } from '../messages';
import type { Problem } from '../problems';
import { findAuthorData, isPeopleCollection, parseAuthorsData, parsePersonDoc, type JekyllAuthor } from './authors';
import { parseFrontMatter } from '../content/front-matter';
import type { JekyllSite } from './plan';
import type { FrontMatterDefault, JekyllConfig } from './jekyll-config';
import { permalinkTemplate } from './permalink';
import { PAGE_FILE } from './pages';
import { isTimeZone } from './jekyll-date';
import { inspect, refusedProblem, type RefusedEntry } from '../content/safe-files';
import { readContentText } from '../content/text-file';
import { isSiteContentPath, siteFiles } from './site-files';

interface SiteEntry {
  name: string;
  child: string;
  isDirectory: boolean;
  isFile: boolean;
  /** Real path of a folder, to tell a link back to one of its ancestors (a loop). */
  real?: string;
}

const SITE = { jekyllSite: true } as const;

/**
 * Lists the files of a folder tree through no symbolic link that leaves it: a link that leaves,
 * loops (itself, or back to a folder it is in) or leads nowhere is not followed and becomes a
 * problem, by its path from the folder; a link that stays inside is followed.
 */
function siteLister(root: string) {
  const problems = new Map<string, Problem>();
  const rootReal = inspect(root, root);
  const refuse = (child: string, entry: RefusedEntry) => problems.set(child, refusedProblem(child, entry, SITE));

  /** The entries of one folder (`rel` from the root), with their kind; nothing for a missing folder. */
  const entries = (rel: string, keep: (rel: string) => boolean): SiteEntry[] => {
    let names: string[];
    try {
      names = readdirSync(path.join(root, rel));
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      const child = rel ? `${rel}/${name}` : name;
      // What is left out is not looked at: a link in .git/ or _site/ is none of the import's business.
      if (!keep(child)) return [];
      const entry = inspect(root, path.join(root, child));
      if (entry.kind === 'refused') {
        refuse(child, entry);
        return [];
      }
      if (entry.kind === 'missing') return [];
      return [{ name, child, isDirectory: entry.kind === 'directory', isFile: entry.kind === 'file', real: 'real' in entry ? entry.real : undefined }];
    });
  };

  /** Visits the folders below `rel`, never one already on the way down (a link back up is a loop). */
  const descend = (e: SiteEntry, ancestors: ReadonlySet<string>, visit: (rel: string, ancestors: ReadonlySet<string>) => void) => {
    if (e.real && ancestors.has(e.real)) {
      refuse(e.child, { kind: 'refused', path: path.join(root, e.child), reason: 'loop', target: e.real });
      return;
    }
    visit(e.child, new Set([...ancestors, ...(e.real ? [e.real] : [])]));
  };
  const start = new Set(rootReal.kind === 'directory' ? [rootReal.real] : []);

  return {
    problems: () => [...problems.values()],
    /** Every file below the root, as paths relative to it with `/`, sorted. */
    walk(keep: (rel: string) => boolean): string[] {
      const out: string[] = [];
      const visit = (rel: string, ancestors: ReadonlySet<string>) => {
        for (const e of entries(rel, keep)) {
          if (e.isDirectory) descend(e, ancestors, visit);
          else if (e.isFile) out.push(e.child);
        }
      };
      visit('', start);
      return out.sort();
    },
    /**
     * The `_posts` folders, found through the folders that `keep` accepts, as paths relative to
     * the root, at most three levels down (where Jekyll sites keep category folders).
     */
    postFolders(keep: (rel: string) => boolean, depth = 3): string[] {
      const out: string[] = [];
      const visit = (rel: string, ancestors: ReadonlySet<string>, level: number) => {
        for (const e of entries(rel, (r) => path.posix.basename(r) === '_posts' || (level < depth && keep(r)))) {
          if (!e.isDirectory) continue;
          if (e.name === '_posts') out.push(e.child);
          else descend(e, ancestors, (r, a) => visit(r, a, level + 1));
        }
      };
      visit('', start, 1);
      return out.sort();
    },
  };
}

/**
 * Every file under `dir`, as paths relative to it with `/`, sorted; nothing for a missing folder.
 * Symbolic links that leave `dir` or loop are not followed.
 */
export function walk(dir: string, keep: (rel: string) => boolean = () => true): string[] {
  return siteLister(dir).walk(keep);
}

const POST_FILE = /\.(md|markdown|mkd|mkdn)$/i;

/**
 * Reads a Jekyll site: its _config.yml, _data/authors.yml, _posts/ and _drafts/, and the
 * list of its other files. Returns a message instead when the folder is not a Jekyll site.
 */
export function readJekyllSite(root: string): { site: JekyllSite } | { notASite: string } {
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return { notASite: messages().report.notAFolder(root) };
  // `_posts/` at the root, and `<category>/_posts/` folders, whose names Jekyll gives the posts as categories.
  const lister = siteLister(root);
  const postDirs = lister.postFolders(isSiteContentPath);
  if (!postDirs.length) {
    return { notASite: messages().report.notASite(root) };
  }
  const problems: Problem[] = [];
  const rawConfig = readYaml(root, '_config.yml', problems);
  const config = configOf(rawConfig);
  if (config.timezone && !isTimeZone(config.timezone)) {
    problems.push(problem('importBadTimezone', '_config.yml', { zone: config.timezone }));
    config.timezone = undefined;
  }
  if (config.baseurl) {
    // Jekyll's page.url leaves baseurl out; readers' links hold it. Posts keep both (see convertPost).
    problems.push(problem('importBaseurl', '_config.yml', { baseurl: config.baseurl }));
  }
  const data = readYaml(root, '_data/authors.yml', problems);
  // Netlify's redirect rules, which Jekyll copies as they are: old addresses the new site must keep.
  const redirects = readText(root, '_redirects', problems);

  const posts = [];
  const skipped: Problem[] = [];
  for (const dir of [...postDirs, '_drafts']) {
    // Folders above _posts/ are categories, except collections_dir, which only holds the collections.
    const inCollections = config.collectionsDir && dir.startsWith(`${config.collectionsDir}/`) ? dir.slice(config.collectionsDir.length + 1) : dir;
    const folderCategories = inCollections.split('/').slice(0, -1);
    // Listed from the site's root, so that a link may lead anywhere in the site, never out of it.
    const inDir = (r: string) => r === dir || dir.startsWith(`${r}/`) || (r.startsWith(`${dir}/`) && !path.posix.basename(r).startsWith('.'));
    for (const source of lister.walk(inDir)) {
      if (!POST_FILE.test(source)) {
        skipped.push(problem('importNotMarkdown', source, undefined));
        continue;
      }
      const read = readContentText(path.join(root, source), source);
      if ('problem' in read) {
        skipped.push({ ...read.problem, message: messages().report.notImported(read.problem.message) });
        continue;
      }
      posts.push(folderCategories.length ? { source, text: read.text, folderCategories } : { source, text: read.text });
    }
  }
  // Files with front matter are pages Jekyll renders (`about.html`, `feed.xml`), not files it copies: never copied as they are.
  const contentPaths = lister.walk(isSiteContentPath);
  const rendered = new Set(contentPaths.filter((rel) => rendersByJekyll(path.join(root, rel))));
  const files = siteFiles(contentPaths.filter((rel) => !rendered.has(rel)));
  // Pages Jekyll rendered from Markdown or HTML (about.md, contact.html), for `--pages`.
  const pages = [...rendered].filter((rel) => PAGE_FILE.test(rel)).flatMap((rel) => {
    const read = readContentText(path.join(root, rel), rel);
    return 'problem' in read ? [] : [{ source: rel, text: read.text }];
  });
  const people = readPeople(root, rawConfig, lister, problems);
  return {
    site: {
      config,
      authors: mergePeople(parseAuthorsData(data).map((a) => ({ ...a, source: '_data/authors.yml' })), people),
      posts,
      pages,
      files,
      problems: [...lister.problems(), ...problems],
      skipped,
      ...(redirects === undefined ? {} : { redirects }),
    },
  };
}

/**
 * The documents of the site's people collections (`collections:` of _config.yml, in
 * `collections_dir`): `_people/`, `_authors/`, `_team/`… or any collection whose documents all
 * look like people (isPeopleCollection).
 */
function readPeople(root: string, config: unknown, lister: ReturnType<typeof siteLister>, problems: Problem[]): JekyllAuthor[] {
  const c = config && typeof config === 'object' && !Array.isArray(config) ? (config as Record<string, unknown>) : {};
  const declared = Array.isArray(c.collections)
    ? c.collections.filter((n): n is string => typeof n === 'string')
    : c.collections && typeof c.collections === 'object'
      ? Object.keys(c.collections)
      : [];
  const base = typeof c.collections_dir === 'string' ? c.collections_dir.replace(/^\/+|\/+$/g, '') : '';
  const people: JekyllAuthor[] = [];
  for (const name of declared) {
    if (name === 'posts' || !/^[\w.-]+$/.test(name)) continue;
    const dir = base ? `${base}/_${name}` : `_${name}`;
    const inDir = (r: string) => r === dir || dir.startsWith(`${r}/`) || (r.startsWith(`${dir}/`) && !path.posix.basename(r).startsWith('.'));
    const docs = lister
      .walk(inDir)
      .filter((f) => /\.(md|markdown|html)$/i.test(f))
      .flatMap((source) => {
        const read = readContentText(path.join(root, source), source);
        if ('problem' in read) {
          problems.push({ ...read.problem, severity: 'warning', message: messages().report.ignored(read.problem.message) });
          return [];
        }
        const parsed = parseFrontMatter(read.text);
        return parsed.ok ? [{ source, text: read.text, data: parsed.file.data }] : [];
      });
    if (!isPeopleCollection(name, docs)) continue;
    for (const doc of docs) {
      const person = parsePersonDoc(doc.source, doc.text);
      if (person?.name) people.push(person);
    }
  }
  return people;
}

/** A person of the collection and their entry of _data/authors.yml are one: the collection's values first. */
function mergePeople(data: JekyllAuthor[], people: JekyllAuthor[]): JekyllAuthor[] {
  const rest = [...data];
  const merged = people.map((p) => {
    const i = rest.findIndex((d) => d.username === p.username || (d.name !== undefined && p.name !== undefined && findAuthorData(p.name, [d]) !== undefined));
    if (i === -1) return p;
    const [d] = rest.splice(i, 1);
    const usernames = d && d.username !== p.username ? [d.username] : [];
    return { ...p, name: p.name ?? d?.name, twitter: p.twitter ?? d?.twitter, picture: p.picture ?? d?.picture, otherUsernames: usernames };
  });
  return [...merged, ...rest];
}

/** Whether Jekyll renders a file instead of copying it: it starts with a front matter line (`---`), as Jekyll reads it. */
function rendersByJekyll(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = Buffer.alloc(8);
    const read = readSync(fd, head, 0, head.length, 0);
    return /^(\uFEFF)?---[ \t]*\r?\n/.test(head.subarray(0, read).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A text file of the site, read through no link that leaves it; undefined when absent or unreadable (reported). */
function readText(root: string, rel: string, problems: Problem[]): string | undefined {
  const entry = inspect(root, path.join(root, rel));
  if (entry.kind === 'refused') {
    problems.push(refusedProblem(rel, entry, SITE));
    return undefined;
  }
  if (entry.kind !== 'file') return undefined;
  const read = readContentText(entry.real, rel);
  if ('problem' in read) {
    problems.push({ ...read.problem, message: messages().report.ignored(read.problem.message) });
    return undefined;
  }
  return read.text;
}

function readYaml(root: string, rel: string, problems: Problem[]): unknown {
  const text = readText(root, rel, problems);
  if (text === undefined) return undefined;
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (e) {
    const line = e instanceof yaml.YAMLException ? (e.mark as { line?: number } | undefined)?.line : undefined;
    problems.push(problem('importYamlUnreadable', rel, { reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) }, { line: line !== undefined ? line + 1 : undefined }));
    return undefined;
  }
}

function configOf(raw: unknown): JekyllConfig {
  const c = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const author = c.author && typeof c.author === 'object' ? str((c.author as Record<string, unknown>).name) : str(c.author);
  const baseurl = str(c.baseurl) ?? '';
  const collections = objectOf(c.collections);
  return {
    url: str(c.url)?.replace(/\/+$/, ''),
    baseurl: baseurl === '/' ? '' : baseurl.replace(/\/+$/, ''),
    // Configuration#add_default_collections: the posts collection's own permalink wins over the site's.
    permalink: str(objectOf(collections.posts).permalink) ?? permalinkTemplate(str(c.permalink) ?? 'date'),
    sitePermalink: permalinkTemplate(str(c.permalink) ?? 'date'),
    timezone: str(c.timezone),
    defaults: defaultsOf(c.defaults),
    collectionsDir: str(c.collections_dir)?.replace(/^\/+|\/+$/g, ''),
    author,
    title: str(c.title),
    // url and baseurl are not values to print: the translation makes addresses root-relative.
    variables: Object.fromEntries(
      Object.entries(c).flatMap(([k, v]) =>
        k === 'url' || k === 'baseurl' || !['string', 'number'].includes(typeof v) ? [] : [[`site.${k}`, String(v).trim()]],
      ),
    ),
  };
}

const objectOf = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** `defaults:` of _config.yml, the entries that may apply to posts. */
function defaultsOf(raw: unknown): FrontMatterDefault[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const scope = objectOf(objectOf(entry).scope);
    const values = objectOf(objectOf(entry).values);
    const type = typeof scope.type === 'string' ? scope.type : undefined;
    if (type !== undefined && type !== 'posts' && type !== 'drafts') return [];
    return [{ path: typeof scope.path === 'string' ? scope.path : '', ...(type ? { type } : {}), values }];
  });
}
