import { error, type Problem } from '../problems';
import { AUTHOR_COMPONENTS } from '../markdown/author-components';
import { translateJekyll } from '../markdown/jekyll';
import { readBody } from '../markdown/read-body';
import { bodyReferences } from '../markdown/references';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { lintReferences } from './body-lint';
import { checkFileRef } from './post';
import type { FileLookup } from './images';
import { isLocalPath } from './images';
import { lintMdx } from './mdx-lint';
import type { PostSource } from './post';
import { frameProblem, removalProblem } from './removals';

export interface BodyCheck {
  problems: Problem[];
  /** Local images the body shows, as written: what the image step makes variants of. */
  images: string[];
}

/**
 * The checks of a post's body, on the trees the renderer reads (lib/markdown): Liquid the
 * renderer would drop, a body that cannot be read (MDX syntax, a hostile shape), MDX that would
 * lose something, what the sanitiser removes, the images it shows (they must exist) and, as
 * warnings, images without alt text and links to posts that do not exist. `knownPaths` holds
 * every post address and old address of the site.
 */
export function checkBody(source: PostSource, knownPaths: ReadonlySet<string>, files: FileLookup): BodyCheck {
  const { file, bodyLine } = source;
  const problems: Problem[] = [];
  const fileLine = (line: number | undefined) => (line === undefined ? undefined : line + bodyLine - 1);
  const { text, findings } = translateJekyll(source.body, bodyLine);
  for (const f of findings) {
    problems.push(error(file, `Liquid code ${f.text} would not be rendered`, { line: f.line, fix: f.fix }));
  }
  const read = readBody(text, source.format);
  if (!read.ok) {
    const { line, column, message, fix } = read.problem;
    problems.push(error(file, message, { line: fileLine(line), column, fix }));
    return { problems, images: [] };
  }
  const { trees } = read;
  if (source.format === 'mdx') problems.push(...lintMdx(file, trees.mdast, bodyLine, AUTHOR_COMPONENTS));
  // An unknown component is already an error of lintMdx, which lists the components that exist.
  const removed = trees.removed.filter((r) => r.attribute !== undefined || !/^[A-Z]/.test(r.tag));
  problems.push(...removed.map((r) => removalProblem(file, r, bodyLine)));
  // Frames from other hosts become links on the page: raw iframes, and <VideoEmbed> in MDX.
  visit(trees.hast, (node) => {
    const src =
      node.type === 'element' && (node as Element).tagName === 'iframe'
        ? (node as Element).properties.src
        : node.type === 'mdxJsxFlowElement' && node.name === 'VideoEmbed'
          ? node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value
          : undefined;
    if (typeof src !== 'string') return;
    const problem = frameProblem(file, src, fileLine(node.position?.start.line));
    if (problem) problems.push(problem);
  });

  const refs = bodyReferences(trees);
  const images: string[] = [];
  for (const ref of refs.images) {
    const line = fileLine(ref.line);
    const problem = source.knownMissing?.check(ref.src, line) ?? checkFileRef(file, ref.src, line, files, 'image');
    if (problem) problems.push(problem);
    else if (isLocalPath(ref.src)) images.push(ref.src);
  }
  if (source.knownMissing) problems.push(...source.knownMissing.unreferenced());
  problems.push(...lintReferences(file, bodyLine, refs, knownPaths));
  return { problems, images };
}
