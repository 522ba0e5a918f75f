import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../../lib/atomic-file';
import { KEPT_PAGES_VERSION, type KeptPages, type RenderPlan } from '../../lib/page-reuse';
import { htmlFiles } from '../postbuild/out-pages';

/**
 * The pages of the last build as it published them, once the postbuild had removed their scripts
 * (.cache/build/pages/), and what they were rendered from (.cache/build/pages.json): a rebuild
 * copies into out/ those it did not render again (lib/page-reuse.ts), and the postbuild leaves them
 * as they are. Only HTML is kept: the postbuild deletes the payloads of every page that does not
 * keep Next's scripts, and those that do (search, 404) have no parameter, so every build renders
 * them. Copies, never links: a page of out/ and its kept copy must never be one file.
 */
export const KEPT_DIR = path.join('.cache', 'build', 'pages');
const RECORD = path.join('.cache', 'build', 'pages.json');

/** The record, with the pages it was written for (sorted, as htmlFiles lists them): a folder restored in part from a cache is not used. */
export type KeptRecord = KeptPages & { files: string[] };

/** What the kept pages were rendered from, and which they are, when they are all there as recorded; undefined otherwise. */
export function readKeptPages(): KeptRecord | undefined {
  let kept: KeptRecord;
  try {
    kept = JSON.parse(readFileSync(RECORD, 'utf8')) as KeptRecord;
  } catch {
    return undefined;
  }
  if (kept.version !== KEPT_PAGES_VERSION || !existsSync(KEPT_DIR) || !Array.isArray(kept.files)) return undefined;
  const files = htmlFiles(KEPT_DIR);
  return files.length === kept.files.length && files.every((f, i) => f === kept.files[i]) ? kept : undefined;
}

// Copies wait on the disk: a few at a time keep it busy.
const CONCURRENT_COPIES = 16;

async function copyInto(files: readonly string[], fromDir: string, toDir: string): Promise<void> {
  for (const dir of new Set(files.map((f) => path.dirname(path.join(toDir, f))))) mkdirSync(dir, { recursive: true });
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.pop(); file !== undefined; file = queue.pop()) await copyFile(path.join(fromDir, file), path.join(toDir, file));
  };
  await Promise.all(Array.from({ length: CONCURRENT_COPIES }, worker));
}

export interface KeptThisTime {
  /** The pages, by path from out/, copied from the last build: published by it, so already through the postbuild. */
  restored: ReadonlySet<string>;
  /**
   * Keeps the pages this build rendered, as the postbuild left them, and records what the kept
   * pages were rendered from: call once the build has succeeded.
   */
  commit(): Promise<void>;
}

/**
 * After `next build`, before the postbuild: with a plan of some pages, copies into `outDir` the
 * kept pages it lacks (`keptFiles`, the pages the record that allowed the plan lists, as readKeptPages
 * found them). `commit` then keeps this build's pages for the next one (all of them after a whole
 * build, those Next wrote after a partial one) and writes their record, once the postbuild has
 * passed: a next build keeps no page of a build that failed.
 */
export async function keepPages(outDir: string, plan: RenderPlan, record: Omit<KeptPages, 'version'>, keptFiles: readonly string[]): Promise<KeptThisTime> {
  const written = htmlFiles(outDir);
  let restored: string[] = [];
  // Until the pages and their record agree again, there is no record.
  rmSync(RECORD, { force: true });
  if (plan.kind === 'some') {
    const have = new Set(written);
    restored = keptFiles.filter((f) => !have.has(f));
    await copyInto(restored, KEPT_DIR, outDir);
  } else {
    rmSync(KEPT_DIR, { recursive: true, force: true });
  }
  return {
    restored: new Set(restored),
    async commit() {
      // Those the postbuild left: it deletes the stand-ins of empty lists (scripts/postbuild/remove-placeholders.ts).
      const published = written.filter((f) => existsSync(path.join(outDir, f)));
      await copyInto(published, outDir, KEPT_DIR);
      // The folder now holds the kept pages it had and this build's: those copied back and those published.
      const files = [...published, ...restored].sort();
      writeFileAtomic(RECORD, JSON.stringify({ version: KEPT_PAGES_VERSION, ...record, files } satisfies KeptRecord));
    },
  };
}
