import { createHash } from 'node:crypto';
import { problem, problemOf } from '../messages';
import type { Problem } from '../problems';
import { AUTHOR_COMPONENTS } from '../markdown/author-components';
import { translateJekyll } from '../markdown/jekyll';
import { readBody, type BodyFormat, type BodyProblem } from '../markdown/read-body';
import { bodyReferences, type FrameReference, type ImageReference, type LinkReference } from '../markdown/references';
import type { Removal } from '../markdown/sanitize';
import { lintImages } from './body-lint';
import { isLocalPath, type FileLookup } from './images';
import { lintMdx } from './mdx-lint';
import { checkFileRef, type PostSource } from './post';
import { frameProblem, removalProblem } from './removals';

/**
 * What a body's trees say, whatever the rest of the site: the part of the body checks that only
 * depends on the text, kept apart so that it can be remembered between runs (reading the trees of
 * a thousand posts is most of the check's time). Lines are the body's, from 1; plain data only.
 */
export interface BodyAnalysis {
  problem?: BodyProblem;
  removed: Removal[];
  images: ImageReference[];
  links: LinkReference[];
  /** Frames the page embeds, raw iframes and `<VideoEmbed>`: their host is checked against the site's. */
  frames: FrameReference[];
  /** What MDX would lose, as problems of an unnamed file. */
  mdx: Problem[];
}

/** Analyses remembered by a hash of the text (see lib/content/body-cache-file.ts): a changed body is read again. */
export type BodyAnalysisCache = Map<string, BodyAnalysis>;

export function analyseBody(text: string, format: BodyFormat): BodyAnalysis {
  const read = readBody(text, format);
  if (!read.ok) return { problem: read.problem, removed: [], images: [], links: [], frames: [], mdx: [] };
  const { trees } = read;
  return {
    // An unknown component is already an error of lintMdx, which lists the components that exist.
    removed: trees.removed.filter((r) => r.attribute !== undefined || !/^[A-Z]/.test(r.tag)),
    ...bodyReferences(trees),
    mdx: format === 'mdx' ? lintMdx('', trees.mdast, 1, AUTHOR_COMPONENTS) : [],
  };
}

const analysisKey = (text: string, format: BodyFormat) => createHash('sha1').update(`${format}\0${text}`).digest('hex');

/**
 * The parser's words with the positions they quote, `(4:1-4:22)`, moved from the body's lines to the
 * file's (front matter included), the numbering of every other message. An error message, not Markdown.
 */
export function inFileLines(reason: string, bodyLine: number): string {
  const shift = (line: string) => String(Number(line) + bodyLine - 1);
  return reason.replace(/\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g, (_, l1: string, c1: string, l2?: string, c2?: string) =>
    `(${shift(l1)}:${c1}${l2 && c2 ? `-${shift(l2)}:${c2}` : ''})`,
  );
}

export interface BodyCheck {
  problems: Problem[];
  /** Local images the body shows, as written: what the image step makes variants of. */
  images: string[];
  /** The body's links, lines in the body: checked once every address of the site is known (body-lint.ts). */
  links: LinkReference[];
}

/**
 * The checks of a post's body, on the trees the renderer reads (lib/markdown): Liquid the
 * renderer would drop, a body that cannot be read (MDX syntax, a hostile shape), MDX that would
 * lose something, what the sanitiser removes, frames from other hosts, the images it shows (they
 * must exist) and, as warnings, images without alt text. Its links are returned, to be checked
 * against the whole site (lintLinks).
 */
export function checkBody(source: PostSource, files: FileLookup, cache?: BodyAnalysisCache): BodyCheck {
  const { file, bodyLine } = source;
  const problems: Problem[] = [];
  const fileLine = (line: number | undefined) => (line === undefined ? undefined : line + bodyLine - 1);
  const { text, findings } = translateJekyll(source.body, bodyLine, source.format);
  for (const f of findings) {
    problems.push(problem('liquidNotRendered', file, { text: f.text, liquid: f.liquid }, { line: f.line }));
  }
  const key = cache && analysisKey(text, source.format);
  const analysis = (key && cache.get(key)) || analyseBody(text, source.format);
  if (key) cache.set(key, analysis);
  if (analysis.problem) {
    const { line, column, spec, mdxReason } = analysis.problem;
    const where = { line: fileLine(line), column };
    problems.push(
      mdxReason === undefined ? problemOf(spec, file, where) : problem('mdxSyntax', file, { reason: inFileLines(mdxReason, bodyLine) }, where),
    );
    return { problems, images: [], links: [] };
  }
  problems.push(...analysis.mdx.map((p) => ({ ...p, file, line: fileLine(p.line) })));
  problems.push(...analysis.removed.map((r) => removalProblem(file, r, bodyLine)));
  for (const frame of analysis.frames) {
    const refused = frameProblem(file, frame.src, fileLine(frame.line));
    if (refused) problems.push(refused);
  }
  const images: string[] = [];
  for (const ref of analysis.images) {
    const line = fileLine(ref.line);
    const missing = source.knownMissing?.check(ref.src, line) ?? checkFileRef(file, ref.src, line, files, 'image');
    if (missing) problems.push(missing);
    else if (isLocalPath(ref.src)) images.push(ref.src);
  }
  if (source.knownMissing) problems.push(...source.knownMissing.unreferenced());
  problems.push(...lintImages(file, bodyLine, analysis.images));
  return { problems, images, links: analysis.links };
}
