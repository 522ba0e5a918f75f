import { loadContent, type LoadOptions } from './content';
import { DESCRIPTION_PLACEHOLDER } from './new-post';
import { warning, type Problem } from './problems';

export interface CheckReport {
  problems: Problem[];
  posts: number;
  drafts: string[];
  scheduled: { file: string; publishAt: Date }[];
}

/**
 * Every check of `npm run check` and of the build, in one pass over the content:
 * front matter, files, URLs and authors, then each body: Liquid left over, MDX that would
 * not compile, and (as warnings) images without alt text and dead post links.
 */
export function checkContent(options: LoadOptions = {}): CheckReport {
  const content = loadContent({ ...options, showUnpublished: true, bodies: 'report' });
  const problems = [...content.problems];
  for (const post of content.allPosts) {
    if (post.description === DESCRIPTION_PLACEHOLDER) {
      problems.push(
        warning(post.file, 'the description is still the placeholder of `npm run new`', {
          fix: 'write one or two sentences that sum the post up: cards, feeds and search engines show them',
        }),
      );
    }
  }
  return {
    problems,
    posts: content.allPosts.length,
    drafts: content.allPosts.filter((p) => p.draft).map((p) => p.file),
    scheduled: content.allPosts.filter((p) => p.scheduled && !p.draft).map((p) => ({ file: p.file, publishAt: p.publishAt })),
  };
}
