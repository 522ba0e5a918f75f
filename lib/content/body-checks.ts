import { error, type Problem } from '../problems';
import { AUTHOR_COMPONENTS } from '../markdown/author-components';
import { translateJekyll } from '../markdown/jekyll';
import { lintBody } from './body-lint';
import { lintMdx } from './mdx-lint';
import type { PostSource } from './post';

/**
 * The checks of a post's body: Liquid the renderer would drop, MDX that would not compile or
 * would lose something, and (as warnings) images without alt text and links to posts that do
 * not exist. `knownPaths` holds every post address and old address of the site.
 */
export function checkBody(source: PostSource, knownPaths: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const { text, findings } = translateJekyll(source.body, source.bodyLine);
  for (const f of findings) {
    problems.push(error(source.file, `Liquid code ${f.text} would not be rendered`, { line: f.line, fix: f.fix }));
  }
  if (source.format === 'mdx') problems.push(...lintMdx(source.file, text, source.bodyLine, AUTHOR_COMPONENTS));
  problems.push(...lintBody(source, knownPaths));
  return problems;
}
