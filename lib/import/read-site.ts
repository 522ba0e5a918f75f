import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { error, warning, type Problem } from '../problems';
import { parseAuthorsData } from './authors';
import type { JekyllSite } from './plan';
import type { JekyllConfig } from './post';
import { isSiteContentPath, siteFiles } from './site-files';

/** The entries of one folder of `dir` (`rel` from it), with their kind; nothing for a missing folder. */
function entries(dir: string, rel: string): { name: string; child: string; isDirectory: boolean; isFile: boolean }[] {
  let names: string[];
  try {
    names = readdirSync(path.join(dir, rel));
  } catch {
    return [];
  }
  return names.map((name) => {
    const child = rel ? `${rel}/${name}` : name;
    const stat = statSync(path.join(dir, child), { throwIfNoEntry: false });
    return { name, child, isDirectory: stat?.isDirectory() ?? false, isFile: stat?.isFile() ?? false };
  });
}

/** Every file under `dir`, as paths relative to it with `/`, sorted; nothing for a missing folder. */
export function walk(dir: string, keep: (rel: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    for (const e of entries(dir, rel)) {
      if (!keep(e.child)) continue;
      if (e.isDirectory) visit(e.child);
      else if (e.isFile) out.push(e.child);
    }
  };
  visit('');
  return out.sort();
}

const POST_FILE = /\.(md|markdown|mkd|mkdn)$/i;

/**
 * The `_posts` folders under `dir`, found through the folders that `keep` accepts, as paths
 * relative to it, at most three levels down (where Jekyll sites keep category folders).
 */
function postFolders(dir: string, keep: (rel: string) => boolean, depth = 3): string[] {
  const out: string[] = [];
  const visit = (rel: string, level: number) => {
    for (const e of entries(dir, rel)) {
      if (!e.isDirectory) continue;
      if (e.name === '_posts') out.push(e.child);
      else if (level < depth && keep(e.child)) visit(e.child, level + 1);
    }
  };
  visit('', 1);
  return out.sort();
}

/**
 * Reads a Jekyll site: its _config.yml, _data/authors.yml, _posts/ and _drafts/, and the
 * list of its other files. Returns a message instead when the folder is not a Jekyll site.
 */
export function readJekyllSite(root: string): { site: JekyllSite } | { notASite: string } {
  const stat = statSync(root, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return { notASite: `${root} is not a folder` };
  // `_posts/` at the root, and `<category>/_posts/` folders, whose names Jekyll gives the posts as categories.
  const postDirs = postFolders(root, isSiteContentPath);
  if (!postDirs.length) {
    return { notASite: `${root} is not a Jekyll site: it has no _posts/ folder` };
  }
  const problems: Problem[] = [];
  const config = readYaml(root, '_config.yml', problems);
  const data = readYaml(root, '_data/authors.yml', problems);

  const posts = [];
  const skipped: Problem[] = [];
  for (const dir of [...postDirs, '_drafts']) {
    const folderCategories = dir.split('/').slice(0, -1);
    for (const rel of walk(path.join(root, dir), (r) => !path.basename(r).startsWith('.'))) {
      const source = `${dir}/${rel}`;
      if (!POST_FILE.test(rel)) {
        skipped.push(warning(source, 'not imported: only Markdown posts are', { fix: 'convert it to Markdown to import it, or copy it by hand' }));
        continue;
      }
      const text = readFileSync(path.join(root, source), 'utf8');
      posts.push(folderCategories.length ? { source, text, folderCategories } : { source, text });
    }
  }
  return {
    site: {
      config: configOf(config),
      authors: parseAuthorsData(data),
      posts,
      files: siteFiles(walk(root, isSiteContentPath)),
      problems,
      skipped,
    },
  };
}

function readYaml(root: string, rel: string, problems: Problem[]): unknown {
  let text: string;
  try {
    text = readFileSync(path.join(root, rel), 'utf8');
  } catch {
    return undefined;
  }
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (e) {
    const line = e instanceof yaml.YAMLException ? (e.mark as { line?: number } | undefined)?.line : undefined;
    problems.push(error(rel, `unreadable YAML, ignored: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`, { line: line !== undefined ? line + 1 : undefined }));
    return undefined;
  }
}

function configOf(raw: unknown): JekyllConfig {
  const c = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const author = c.author && typeof c.author === 'object' ? str((c.author as Record<string, unknown>).name) : str(c.author);
  const baseurl = str(c.baseurl) ?? '';
  return {
    url: str(c.url)?.replace(/\/+$/, ''),
    baseurl: baseurl === '/' ? '' : baseurl.replace(/\/+$/, ''),
    permalink: str(c.permalink),
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
