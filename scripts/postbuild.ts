import { copyPublic } from './postbuild/copy-public';
import { publishFiles } from './postbuild/publish-files';
import { removePlaceholders } from './postbuild/remove-placeholders';
import { stripJs } from './postbuild/strip-js';
import { searchIndex, searchScripts } from './postbuild/search-index';
import { imagesStep } from './postbuild/images';
import { checkImagesStep } from './postbuild/check-images';
import { socialCardsStep } from './postbuild/social-cards';

/**
 * Runs after `next build`, on out/: each step is a module of scripts/postbuild/ that
 * reads the content through lib/ and writes files into out/.
 */
export interface PostbuildStep {
  name: string;
  run(outDir: string, context: PostbuildContext): Promise<void> | void;
}

export interface PostbuildContext {
  /**
   * Pages of out/ (paths from it) copied from the last build, which rendered them from the same
   * inputs and whose postbuild checked them (scripts/reuse/kept-pages.ts): none in a whole build.
   */
  keptPages: ReadonlySet<string>;
}

const WHOLE_BUILD: PostbuildContext = { keptPages: new Set() };

/**
 * The steps in order. A stage of several lanes runs them side by side, each lane's steps in order:
 * Pagefind indexes the posts in its own process while this one writes the feeds, removes the
 * scripts, makes the image variants and the social cards and checks every page's images. None of
 * those changes what Pagefind reads, and every page rewrite is atomic, so each reader meets a page
 * whole: before its rewrite or after it.
 */
const stages: PostbuildStep[][][] = [
  [[removePlaceholders]],
  [[copyPublic]],
  [[searchIndex], [publishFiles, stripJs, searchScripts, imagesStep, socialCardsStep, checkImagesStep]],
];

async function runStep(step: PostbuildStep, outDir: string, context: PostbuildContext): Promise<boolean> {
  const started = performance.now();
  try {
    await step.run(outDir, context);
  } catch (e) {
    // What a step meets in content (a damaged image, a path refused) is said in its message; its stack would only hide it.
    console.error(`postbuild: ${step.name}: error: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
  console.log(`postbuild: ${step.name} (${Math.round(performance.now() - started)} ms)`);
  return true;
}

async function runLane(lane: readonly PostbuildStep[], outDir: string, context: PostbuildContext): Promise<boolean> {
  for (const step of lane) if (!(await runStep(step, outDir, context))) return false;
  return true;
}

/** Runs `stages` on `outDir`, each after the last; false when a step failed (its message is printed), and no later stage runs. */
export async function runStages(
  stages: readonly (readonly (readonly PostbuildStep[])[])[],
  outDir: string,
  context: PostbuildContext = WHOLE_BUILD,
): Promise<boolean> {
  for (const lanes of stages) {
    const done = await Promise.all(lanes.map((lane) => runLane(lane, outDir, context)));
    if (done.includes(false)) return false;
  }
  return true;
}

/** Runs every step on `outDir`; false when one failed (its message is printed). */
export const postbuild = (outDir: string, context: PostbuildContext = WHOLE_BUILD): Promise<boolean> => runStages(stages, outDir, context);
