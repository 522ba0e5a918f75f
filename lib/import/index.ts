import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from '../../site.config';
import type { Author } from '../content/authors';
import { parseAuthor } from '../content/author-file';
import { publicFileLookup } from '../content/images';
import { error, type Problem } from '../problems';
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
  allowedTags?: readonly string[];
  maxTags?: number;
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
  const target = readTarget(options);
  const plan = planImport(read.site, target);

  const files: ReportedFile[] = [];
  const skipped = plan.skipped.map((p) => ({ ...p, file: `${rel(options.site)}/${p.file}` }));
  for (const file of plan.files) {
    const abs = path.join(file.kind === 'copy' ? options.publicDir : options.contentDir, file.path);
    const wanted = file.kind === 'copy' ? readFileSync(path.join(options.site, file.from)) : Buffer.from(file.text, 'utf8');
    const current = readOrUndefined(abs);
    let status: FileStatus = 'written';
    if (current?.equals(wanted)) status = 'unchanged';
    else if (current) {
      status = 'skipped';
      skipped.push(
        error(rel(abs), `differs from what the import of ${file.source} would write (edited since?): left as it is`, {
          fix: `delete ${rel(abs)} to import it again`,
        }),
      );
    } else if (!options.dryRun) {
      mkdirSync(path.dirname(abs), { recursive: true });
      if (file.kind === 'copy') copyFileSync(path.join(options.site, file.from), abs);
      else writeFileSync(abs, wanted);
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
      problems: plan.problems.map(inSite),
      imported: { posts: posts.length, drafts: posts.filter((f) => f.kind === 'post' && f.draft).length },
    },
  };
}

function readTarget(options: ImportOptions): ImportTarget {
  const publicFiles = publicFileLookup(options.publicDir);
  const posts = new Map<string, string>();
  const postsDir = path.join(options.contentDir, 'posts');
  for (const name of listDir(postsDir).filter((n) => /\.(md|mdx|markdown)$/.test(n))) {
    posts.set(name, readFileSync(path.join(postsDir, name), 'utf8'));
  }
  const profiles: Author[] = [];
  const authorsDir = path.join(options.contentDir, 'authors');
  for (const name of listDir(authorsDir).filter((n) => n.endsWith('.md'))) {
    const author = parseAuthor(`authors/${name}`, readFileSync(path.join(authorsDir, name), 'utf8'), publicFiles).author;
    if (author) profiles.push(author);
  }
  return {
    posts,
    profiles,
    publicFiles,
    allowedTags: options.allowedTags ?? siteConfig.allowedTags,
    maxTags: options.maxTags ?? siteConfig.maxTagsPerPost,
  };
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
