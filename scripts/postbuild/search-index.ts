import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import ts from 'typescript';
import { writeFileAtomic } from '../../lib/atomic-file';
import { getContent } from '../../lib/content';
import { contentSecurityPolicy, type PolicyKind } from '../../lib/publish/csp';
import { withPagePolicy } from '../../lib/publish/page-policy';
import { PAGEFIND_DIR, SITE_SCRIPTS } from '../../lib/search/fields';
import { inLang, languageCodes } from '../../lib/languages';
import { searchPath } from '../../lib/urls';
import type { PostbuildStep } from '../postbuild';
import { outPath } from './out-path';

/** The source of each script the site ships, transpiled alone: neither imports anything at run time. */
const SOURCES: Record<keyof typeof SITE_SCRIPTS, string> = {
  search: 'lib/search/client.ts',
  notFound: 'lib/search/not-found-client.ts',
};

/** The pages that run a script, and the policy each gets instead of the reading pages'. */
const PAGE_POLICIES: [file: string, kind: PolicyKind][] = [
  // Every language's search page (`/recherche/`, `/en/recherche/`): the same script, which searches the index of its page's language.
  ...languageCodes.map((lang): [string, PolicyKind] => [`${searchPath(lang).slice(1)}index.html`, 'search']),
  ['404.html', 'notFound'],
  ['404/index.html', 'notFound'],
  ['_not-found/index.html', 'notFound'],
];

async function writeScripts(outDir: string) {
  for (const [name, source] of Object.entries(SOURCES) as [keyof typeof SITE_SCRIPTS, string][]) {
    const { outputText } = ts.transpileModule(await readFile(source, 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext, removeComments: true },
      fileName: source,
    });
    const file = outPath(outDir, SITE_SCRIPTS[name].slice(1));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, outputText);
  }
}

async function setPolicies(outDir: string) {
  for (const [file, kind] of PAGE_POLICIES) {
    const full = outPath(outDir, file);
    if (!existsSync(full)) {
      if (kind === 'search' || file === '404.html') throw new Error(`${file} is missing from ${outDir}/`);
      continue;
    }
    // Whole or not at all: the image check reads the pages at the same time (scripts/postbuild.ts).
    writeFileAtomic(full, withPagePolicy(await readFile(full, 'utf8'), contentSecurityPolicy(undefined, kind)));
  }
}

/**
 * The post pages of out/ in every language (`blog/2018/09/24/x/index.html`, `en/blog/…`): only those can
 * hold what is indexed, and Pagefind read all the others too (tags, authors, redirect pages), 2,788 files
 * instead of 1,011 at 1,000 posts (3.0 s instead of 2.0 to 2.4 s).
 */
const POST_PAGES = `{${languageCodes.map((lang) => inLang(lang, '/blog').slice(1)).join(',')}}/[0-9]*/**/index.html`;

/**
 * Pagefind's index of the published posts, written to out/pagefind/: only pages marked
 * `data-pagefind-body` (a published post's article, components/PostArticle.tsx) are indexed, read
 * from out/ as a host serves it, so nothing unpublished can be found. The number of pages indexed
 * must be the number of published posts, or the build stops.
 */
async function indexPosts(outDir: string) {
  const target = outPath(outDir, PAGEFIND_DIR.replace(/^\/|\/$/g, ''));
  await rm(target, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: POST_PAGES });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // addDirectory counts the HTML files it read; the entry file, the pages indexed in each language.
    const entry = JSON.parse(await readFile(path.join(target, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    const published = getContent().published.length;
    if (indexed !== published) throw new Error(`Pagefind indexed ${indexed} pages of ${added.page_count}, but ${published} posts are published`);
    return indexed;
  } finally {
    await pagefind.close();
  }
}

/**
 * The full-text index. It reads only what Next wrote of the post pages, which the later steps do
 * not change for Pagefind (they remove scripts and settle the `<head>`, atomically), so it runs
 * beside them (scripts/postbuild.ts).
 */
export const searchIndex: PostbuildStep = {
  name: 'search index',
  async run(outDir) {
    const pages = await indexPosts(outDir);
    console.log(`postbuild: search index of ${pages} posts`);
  },
};

/** The search page's script and the 404's, and those pages' policies: after the scripts step, which rewrites every page. */
export const searchScripts: PostbuildStep = {
  name: 'search: scripts and policies',
  async run(outDir) {
    await writeScripts(outDir);
    await setPolicies(outDir);
  },
};
