import { loadContent, type LoadOptions } from './content';
import { isPublished } from './content/build-index';
import type { Post } from './content/post';
import { isDescriptionPlaceholder } from './new-post';
import { messages, problem } from './messages';
import { errorsOf, formatProblems, type Problem } from './problems';

export interface CheckReport {
  /** Errors and warnings: what the summary line counts. */
  problems: Problem[];
  /** Information (code I…): printed with the problems, counted by neither, since nothing is wrong. */
  information: Problem[];
  posts: number;
  drafts: string[];
  scheduled: { file: string; publishAt: Date }[];
  /** The posts a build publishes, so that the build reads content/ once for its checks and its bodies. */
  published: Post[];
  /** The local images the published posts' bodies show, read from their trees: the image step's list. */
  bodyImages: string[];
  /** The same images, by the file of the body that shows them. */
  bodyImagesByFile: ReadonlyMap<string, readonly string[]>;
}

/**
 * Every check of `npm run check` and of the build, in one pass over the content:
 * front matter, files, URLs and authors, then each body: Liquid left over, MDX that would
 * not compile, and (as warnings) images without alt text and dead post links.
 */
export function checkContent(options: LoadOptions = {}): CheckReport {
  const content = loadContent({ ...options, showUnpublished: true, bodies: 'report' });
  const problems = [...content.problems];
  const information: Problem[] = [];
  for (const post of content.allPosts) {
    if (isDescriptionPlaceholder(post.description)) {
      problems.push(problem('placeholderDescription', post.file, undefined));
    }
    // A byline name with no profile still gets a page, but a bare one: said once per post, as information.
    if (!post.authorSlugs) {
      for (const author of post.authors.filter((a) => !a.hasProfile)) {
        information.push(problem('bylineWithoutProfile', post.file, { byline: author.name, slug: author.slug }, { line: post.bylineLine }));
      }
    }
  }
  return {
    problems,
    information,
    posts: content.allPosts.length,
    drafts: content.allPosts.filter((p) => p.draft).map((p) => p.file),
    scheduled: content.allPosts.filter((p) => p.scheduled && !p.draft).map((p) => ({ file: p.file, publishAt: p.publishAt })),
    published: content.allPosts.filter(isPublished),
    bodyImagesByFile: content.bodyImages,
    bodyImages: [...new Set([...content.allPosts.filter(isPublished), ...content.pages].flatMap((p) => content.bodyImages.get(p.file) ?? []))],
  };
}

/** What `npm run check` and the build print: every problem and information, the scheduled posts and drafts, a total. */
export function formatCheckReport(report: CheckReport, seconds: number): { text: string; errors: number } {
  const errors = errorsOf(report.problems).length;
  const warnings = report.problems.length - errors;
  const t = messages().format;
  const lines = [
    ...(report.problems.length || report.information.length ? [formatProblems([...report.problems, ...report.information])] : []),
    ...report.scheduled.map((s) => t.scheduled(s.file, s.publishAt)),
    ...report.drafts.map(t.draft),
    t.summary(report.posts, seconds, errors, warnings),
  ];
  return { text: lines.join('\n'), errors };
}
