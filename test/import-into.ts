import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { importJekyll, type ImportReport } from '../lib/import';

/** The report of importing a Jekyll site into `<target>/content` and `<target>/public`, as `--target` does; tests only. */
export function importInto(site: string, target: string, options: { root: string; dryRun?: boolean; pages?: boolean }): ImportReport {
  const result = importJekyll({
    site,
    contentDir: path.join(target, 'content'),
    publicDir: path.join(target, 'public'),
    dryRun: options.dryRun ?? false,
    root: options.root,
    pages: options.pages ?? false,
  });
  if ('notASite' in result) throw new Error(result.notASite);
  return result.report;
}

/** Writes one file of a Jekyll site under test, its folders made as needed; tests only. */
export function writeSiteFile(site: string, rel: string, text: string): void {
  mkdirSync(path.dirname(path.join(site, rel)), { recursive: true });
  writeFileSync(path.join(site, rel), text);
}
