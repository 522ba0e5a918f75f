import { analyseBody } from '../content/body-checks';
import type { PostSource } from '../content/post';
import { frameProblem, removalProblem } from '../content/removals';
import { translateJekyll } from '../markdown/jekyll';
import { error, type Problem } from '../problems';

/**
 * What the blog will not show of an imported post's body, at the lines of the Jekyll file (the
 * body keeps its lines one for one after its first text): what the sanitiser removes (scripts, forms, styles, embeds
 * of other hosts) and frames it shows as links, as the check will say; and a body it cannot read.
 * So that nothing of the old site vanishes without a line in the import's report.
 */
export function renderingLosses(jekyllFile: string, source: PostSource, firstTextLine: number): Problem[] {
  const analysis = analyseBody(translateJekyll(source.body).text, source.format);
  // The written body may start with other blank lines than the Jekyll one: lines are counted from its first text.
  const jekyllBodyLine = firstTextLine - (/^\n*/.exec(source.body)?.[0].length ?? 0);
  const line = (l: number | undefined) => (l === undefined ? undefined : l + jekyllBodyLine - 1);
  if (analysis.problem) {
    const { message, fix } = analysis.problem;
    return [error(jekyllFile, `the imported post would fail npm run check: ${message}`, { line: line(analysis.problem.line), fix })];
  }
  return [
    ...analysis.removed.map((r) => removalProblem(jekyllFile, r, jekyllBodyLine)),
    ...analysis.frames.flatMap((f) => frameProblem(jekyllFile, f.src, line(f.line)) ?? []),
  ];
}
