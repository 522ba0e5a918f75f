import { readdirSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { replaceFileAtomic } from '../../lib/atomic-file';
import path from 'node:path';
import { settledHead } from '../../lib/publish/page-policy';
import { isRscPayload, stripFrameworkJs } from '../../lib/publish/strip-js';
import { SITE_SCRIPTS } from '../../lib/search/fields';
import { withBasePath } from '../../lib/urls';
import type { PostbuildStep } from '../postbuild';

interface PageDir {
  html: string[];
  /** Full path of the folder's own page, whose choice decides for the payload files. */
  page: string;
  payloads: string[];
}

/** Every folder of out/ but _next/, with its HTML files and payload files. */
function pageDirs(outDir: string): PageDir[] {
  const dirs: PageDir[] = [];
  const walk = (dir: string) => {
    const found: PageDir = { html: [], page: path.join(dir, 'index.html'), payloads: [] };
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (full !== path.join(outDir, '_next')) walk(full);
      } else if (e.name.endsWith('.html')) found.html.push(full);
      else if (isRscPayload(e.name)) found.payloads.push(full);
    }
    dirs.push(found);
  };
  walk(outDir);
  return dirs;
}

// Files are read, written and deleted a few folders at a time: the step waits on the disk, not
// on the regular expressions, and one folder after another left the disk idle between requests.
const CONCURRENT_DIRS = 16;

// The search page's script and the 404's, at their addresses under the base path: the only scripts a page keeps.
const siteScripts = Object.values(SITE_SCRIPTS).map(withBasePath);

async function stripDir({ html, page, payloads }: PageDir, published: (file: string) => boolean): Promise<void> {
  let keepPayload = false;
  await Promise.all(
    html.map(async (file) => {
      // A page kept from the last build is as that build published it: its scripts are gone already.
      if (published(file)) return;
      const original = await readFile(file, 'utf8');
      const { html: stripped, stripped: changed } = stripFrameworkJs(original, siteScripts);
      const html = settledHead(stripped);
      // Whole or not at all: Pagefind reads the post pages at the same time (scripts/postbuild.ts).
      if (html !== original) await replaceFileAtomic(file, html);
      if (!changed && file === page) keepPayload = true;
    }),
  );
  if (!keepPayload) await Promise.all(payloads.map((file) => rm(file)));
}

/**
 * Removes the framework's scripts from every page that does not ask to keep them, and their
 * payload files; settles the two elements of every page's `<head>` that React places as timing
 * allows (lib/publish/page-policy.ts), so that two builds of a page write the same bytes.
 */
export const stripJs: PostbuildStep = {
  name: 'strip framework JavaScript',
  async run(outDir, { keptPages }) {
    const queue = pageDirs(outDir);
    const published = (file: string) => keptPages.has(path.relative(outDir, file).split(path.sep).join('/'));
    const worker = async () => {
      for (let dir = queue.pop(); dir; dir = queue.pop()) await stripDir(dir, published);
    };
    await Promise.all(Array.from({ length: CONCURRENT_DIRS }, worker));
  },
};
