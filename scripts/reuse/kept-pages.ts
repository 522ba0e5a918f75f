import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../lib/atomic-file';
import { KEPT_PAGES_VERSION, type KeptPages, type RenderPlan } from '../../lib/page-reuse';

/**
 * The pages of the last build as `next build` wrote them, before the postbuild changed anything
 * (.cache/build/pages/), and what they were rendered from (.cache/build/pages.json): a rebuild
 * copies into out/ those it did not render again (lib/page-reuse.ts). Only HTML is kept: the
 * postbuild deletes the payloads of every page that does not keep Next's scripts, and those that
 * do (search, 404) have no parameter, so every build renders them. Copies, never links: the
 * postbuild rewrites pages of out/ in place.
 */
export const KEPT_DIR = path.join('.cache', 'build', 'pages');
const RECORD = path.join('.cache', 'build', 'pages.json');

export function readKeptPages(): KeptPages | undefined {
  try {
    const kept = JSON.parse(readFileSync(RECORD, 'utf8')) as KeptPages;
    return kept.version === KEPT_PAGES_VERSION && existsSync(KEPT_DIR) ? kept : undefined;
  } catch {
    return undefined;
  }
}

/** The HTML files under `dir` but its _next/, by path from it. */
function htmlFiles(dir: string, from = dir): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full === path.join(from, '_next') ? [] : htmlFiles(full, from);
    return e.isFile() && e.name.endsWith('.html') ? [path.relative(from, full)] : [];
  });
}

function copyInto(files: readonly string[], fromDir: string, toDir: string): void {
  const made = new Set<string>();
  for (const file of files) {
    const dir = path.dirname(path.join(toDir, file));
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    copyFileSync(path.join(fromDir, file), path.join(toDir, file));
  }
}

/**
 * After `next build`, before the postbuild: with a plan of some pages, copies into `outDir` the
 * kept pages it lacks; then keeps this build's pages for the next one (all of them after a whole
 * build, those Next wrote after a partial one) with what they were rendered from. Returns how
 * many pages were copied from the last build.
 */
export function keepPages(outDir: string, plan: RenderPlan, record: Omit<KeptPages, 'version'>): number {
  const written = htmlFiles(outDir);
  let restored = 0;
  // Until the pages and their record agree again, there is no record.
  rmSync(RECORD, { force: true });
  if (plan.kind === 'some') {
    const have = new Set(written);
    const missing = htmlFiles(KEPT_DIR).filter((f) => !have.has(f));
    copyInto(missing, KEPT_DIR, outDir);
    restored = missing.length;
  } else {
    rmSync(KEPT_DIR, { recursive: true, force: true });
  }
  copyInto(written, outDir, KEPT_DIR);
  writeFileAtomic(RECORD, JSON.stringify({ version: KEPT_PAGES_VERSION, ...record } satisfies KeptPages));
  return restored;
}
