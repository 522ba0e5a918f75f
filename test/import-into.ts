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
