import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { languageCodes } from '../languages';
import { siteConfig } from '../../site.config';
import type { Author } from '../content/authors';
import { parseAuthor } from '../content/author-file';
import { publicFileLookup } from '../content/images';
import { inspect, listFolder, refusedProblem, writableInside } from '../content/safe-files';
import { readAllowedTags, TAGS_FILE } from '../content/tags-file';
import { readContentText } from '../content/text-file';
import type { SiteTag } from './tags';
import { problem } from '../messages';
import type { Problem } from '../problems';
import { planImport, type ImportTarget, type PlannedFile } from './plan';
import { readJekyllSite } from './read-site';

export interface ImportOptions {
  /** The Jekyll site's folder. */
  site: string;
  contentDir: string;
  publicDir: string;
  dryRun?: boolean;
  /** Paths in the report are relative to this folder (the project root). */
  root?: string;
  /** Instead of the target's tags.yml (or the project's). */
  allowedTags?: readonly string[];
  maxTags?: number;
  /** `--add-tags`: the old site's tags that the allowed list lacks are added to the target's tags.yml. */
  addTags?: boolean;
  /** `--pages`: the old site's pages become static pages of content/pages/. */
  pages?: boolean;
  /** Where the old site's pages still answer, for links to those the blog does not serve; by default, `url` of _config.yml. */
  oldSiteUrl?: string;
  /** The blog's own address; by default site.config.ts `url`. */
  blogUrl?: string;
}

/** What happened to a planned file: `written` (or would be, in a dry run), already identical, or left alone. */
export type FileStatus = 'written' | 'unchanged' | 'skipped';

export type ReportedFile = PlannedFile & { status: FileStatus; target: string };

export interface ImportReport {
  site: string;
  dryRun: boolean;
  files: ReportedFile[];
  /** Jekyll files not imported, and files of the target left alone because they differ. */
  skipped: Problem[];
  fixes: Problem[];
  problems: Problem[];
  /** The old site's tags, with their counts and what became of each. */
  tags: SiteTag[];
  /** Where the allowed tags are read from, and added to with --add-tags. */
  tagsFile: string;
  /** Posts in the target after the import (written or already identical); drafts among them. */
  imported: { posts: number; drafts: number };
}

/**
 * `npm run import:jekyll`: reads a Jekyll site, plans the import (lib/import/plan.ts), then
 * writes what differs from the target. A file of the target that differs from what the import
 * would write is never overwritten: someone may have edited it since the last import.
 */
export function importJekyll(options: ImportOptions): { report: ImportReport } | { notASite: string } {
  const read = readJekyllSite(options.site);
  if ('notASite' in read) return read;
  const root = options.root ?? process.cwd();
  const rel = (p: string) => path.relative(root, p) || '.';
  const targetProblems: Problem[] = [];
  const target = readTarget(options, root, rel, targetProblems);
  const plan = planImport(read.site, target, { addTags: options.addTags, pages: options.pages, ...(options.oldSiteUrl === undefined ? {} : { oldSiteUrl: options.oldSiteUrl }) });

  const files: ReportedFile[] = [];
  const skipped = plan.skipped.map((p) => ({ ...p, file: `${rel(options.site)}/${p.file}` }));
  for (const file of plan.files) {
    const dir = file.kind === 'copy' ? options.publicDir : options.contentDir;
    // Resolved, then checked to stay inside its folder, links on the way included: nothing is written elsewhere.
    const abs = writableInside(dir, file.path);
    if (abs === undefined) {
      const where = rel(path.join(dir, file.path));
      skipped.push(problem('importOutsideTarget', where, { dir: rel(dir) }));
      files.push({ ...file, status: 'skipped', target: where });
      continue;
    }
    let wanted: Buffer;
    if (file.kind === 'copy') {
      // Listed through no link that leaves the site; looked at again, since the site may have changed since.
      const source = inspect(options.site, path.join(options.site, file.from));
      if (source.kind !== 'file') {
        skipped.push(problem('importCopyGone', `${rel(options.site)}/${file.from}`, undefined));
        files.push({ ...file, status: 'skipped', target: rel(abs) });
        continue;
      }
      wanted = readFileSync(source.real);
    } else wanted = Buffer.from(file.text, 'utf8');
    const current = readOrUndefined(abs);
    let status: FileStatus = 'written';
    if (current?.equals(wanted)) status = 'unchanged';
    // What only adds to the end of a file (redirects.yml) loses nothing of it, edited or not.
    else if (current && !((file.kind === 'redirects' || file.kind === 'tags') && wanted.subarray(0, current.length).equals(current))) {
      status = 'skipped';
      skipped.push(problem('importTargetEdited', rel(abs), { source: file.source, file: rel(abs) }));
    }
    if (status === 'written' && !options.dryRun) {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, wanted);
    }
    files.push({ ...file, status, target: rel(abs) });
  }

  const inSite = (p: Problem) => ({ ...p, file: `${rel(options.site)}/${p.file}` });
  const posts = files.filter((f) => f.kind === 'post' && f.status !== 'skipped');
  return {
    report: {
      site: rel(options.site),
      dryRun: options.dryRun === true,
      files,
      skipped,
      fixes: plan.fixes.map(inSite),
      problems: [...plan.problems.map(inSite), ...targetProblems, ...plan.targetProblems.map((p) => ({ ...p, file: rel(path.join(options.contentDir, p.file)) }))],
      tags: plan.tags,
      tagsFile: rel(path.join(options.contentDir, TAGS_FILE)),
      imported: { posts: posts.length, drafts: posts.filter((f) => f.kind === 'post' && f.draft).length },
    },
  };
}

/** What the target holds, read like the loader reads it: through no link that leaves content/, bytes checked. */
function readTarget(options: ImportOptions, root: string, rel: (p: string) => string, problems: Problem[]): ImportTarget {
  const publicFiles = publicFileLookup(options.publicDir);
  const texts = (sub: string, pattern: RegExp) => {
    const dir = path.join(options.contentDir, sub);
    const out: { name: string; text: string }[] = [];
    for (const { name, entry } of listFolder(dir, options.contentDir) ?? []) {
      if (!pattern.test(name)) continue;
      if (entry.kind === 'refused') problems.push(refusedProblem(rel(entry.path), entry, `${rel(options.contentDir)}/`));
      if (entry.kind !== 'file') continue;
      const read = readContentText(entry.real, rel(entry.path));
      if ('problem' in read) problems.push(read.problem);
      else out.push({ name, text: read.text });
    }
    return out;
  };
  // The posts of content/posts/ and of its language folders (`en/x.md`), as the loader reads them.
  const posts = new Map(
    ['', ...languageCodes.map((code) => `${code}/`)].flatMap((dir) =>
      texts(`posts/${dir}`, /\.(md|mdx|markdown)$/).map(({ name, text }) => [`${dir}${name}`, text] as const),
    ),
  );
  const profiles: Author[] = [];
  for (const { name, text } of texts('authors', /\.md$/)) {
    const author = parseAuthor(`authors/${name}`, text, publicFiles).author;
    if (author) profiles.push(author);
  }
  const tags = readAllowedTags(options.contentDir, root);
  problems.push(...tags.problems);
  const redirects = inspect(options.contentDir, path.join(options.contentDir, 'redirects.yml'));
  const redirectsText = redirects.kind === 'file' ? readContentText(redirects.real, rel(redirects.path)) : undefined;
  if (redirectsText && 'problem' in redirectsText) problems.push(redirectsText.problem);
  return {
    posts,
    profiles,
    publicFiles,
    ...(redirectsText && 'text' in redirectsText ? { redirects: redirectsText.text } : {}),
    ...(options.allowedTags ? {} : tags.text === undefined ? {} : { tagsText: tags.text }),
    allowedTags: options.allowedTags ?? tags.tags,
    maxTags: options.maxTags ?? siteConfig.maxTagsPerPost,
    blogUrl: options.blogUrl ?? siteConfig.url,
  };
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
