import { describe, problem } from '../messages';
import { analyseBody } from '../content/body-checks';
import type { PostSource } from '../content/post';
import { frameProblem, removalProblem } from '../content/removals';
import { translateJekyll } from '../markdown/jekyll';
import type { Problem } from '../problems';

/**
 * What the blog will not show of an imported post's body, at the lines of the Jekyll file
 * (`jekyllLine` maps a line of the written body, from 1, to it): what the sanitiser removes (scripts, forms, styles, embeds
 * of other hosts) and frames it shows as links, as the check will say; and a body it cannot read.
 * So that nothing of the old site vanishes without a line in the import's report.
 */
export function renderingLosses(jekyllFile: string, source: PostSource, jekyllLine: (bodyLine: number) => number): Problem[] {
  const analysis = analyseBody(translateJekyll(source.body, 1, source.format).text, source.format);
  const line = (l: number | undefined) => (l === undefined ? undefined : jekyllLine(l));
  if (analysis.problem) {
    const { message, fix } = describe(analysis.problem.spec);
    return [problem('importWouldFail', jekyllFile, { message, ...(fix ? { fix } : {}) }, { line: line(analysis.problem.line) })];
  }
  return [
    ...analysis.removed.map((r) => removalProblem(jekyllFile, { ...r, line: line(r.line) }, 1)),
    ...analysis.frames.flatMap((f) => frameProblem(jekyllFile, f.src, line(f.line)) ?? []),
  ];
}
