import { createHash } from 'node:crypto';
import path from 'node:path';
import { writeFileAtomic } from '../../lib/atomic-file';
import { codeVersion } from '../../lib/code-version';
import { publicDirFromEnv } from '../../lib/content/images';
import type { LoadedContent } from '../../lib/content';
import { pagesDigest } from '../../lib/content/snapshot';
import { planRender, type KeptPages, type RenderPlan, type SiteInputs } from '../../lib/page-reuse';
import { publicFilesDigest } from './public-files';
import { readKeptPages } from './kept-pages';

/** Everything `next build` compiles or reads as code: an edit of any of it renders every page again. */
const pagesCodeVersion = () =>
  codeVersion(
    ['app', 'components', 'lib', 'fonts', 'scripts'],
    ['site.config.ts', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'package.json'],
    true,
  );

/** The environment the pages' code reads (and Node's version, which runs it). */
const settings = () =>
  createHash('sha256')
    .update(JSON.stringify([process.version, process.env.BASE_PATH ?? '', process.env.TZ ?? '', process.env.SHOW_UNPUBLISHED ?? '']))
    .digest('hex');

export interface PlannedPages {
  plan: RenderPlan;
  /** What to record with this build's pages once written. */
  record: Omit<KeptPages, 'version'>;
  /** The last build's kept pages, by path from out/, as their record lists them; none when there is no usable record. */
  keptFiles: readonly string[];
}

/**
 * Which pages this build renders (lib/page-reuse.ts), from the content it publishes and the inputs
 * of each post's rendered body (scripts/prerender/run.ts, by post file). Written to `renderOnlyFile`
 * for the routes of `next build` (lib/static-params.ts), whole build or not.
 */
export function planRendering(content: LoadedContent, bodyInputs: ReadonlyMap<string, string>, renderOnlyFile: string): PlannedPages {
  const site: SiteInputs = {
    code: pagesCodeVersion(),
    settings: settings(),
    publicFiles: publicFilesDigest(publicDirFromEnv(), path.join('.cache', 'build', 'public-files.json')),
    content: pagesDigest(content),
  };
  const bodies = Object.fromEntries(content.published.map((p) => [p.path, bodyInputs.get(p.file) ?? '']));
  const kept = readKeptPages();
  const plan = planRender(kept, site, bodies);
  writeFileAtomic(renderOnlyFile, JSON.stringify({ pages: plan.kind === 'some' ? plan.pages : null }));
  return { plan, record: { site, bodies }, keptFiles: kept?.files ?? [] };
}
