import { loadContent, type LoadOptions } from './content';
import { lintBody } from './content/body-lint';
import { lintMdx } from './content/mdx-lint';
import { DESCRIPTION_PLACEHOLDER } from './new-post';
import { error, warning, type Problem } from './problems';
import { AUTHOR_COMPONENTS } from './render/author-components';
import { translateJekyll } from './render/jekyll';

export interface CheckReport {
  problems: Problem[];
  posts: number;
  drafts: string[];
  scheduled: { file: string; publishAt: Date }[];
}

/**
 * Every check of `npm run check` and of the build, in one pass over the content:
 * front matter, files, URLs and authors (the loader), then each body: Liquid left over,
 * MDX that would not compile, and (as warnings) images without alt text and dead post links.
 */
export function checkContent(options: LoadOptions = {}): CheckReport {
  const content = loadContent({ ...options, showUnpublished: true });
  const problems = [...content.problems];
  const knownPaths = new Set([...content.allPosts.map((p) => p.path), ...content.redirects.map((r) => r.from)]);
  // Every body whose front matter could be read, so that a file's front-matter mistakes
  // do not hide the mistakes of its body.
  for (const post of content.sources) {
    const { text, findings } = translateJekyll(post.body, post.bodyLine);
    for (const f of findings) {
      problems.push(error(post.file, `Liquid code ${f.text} would not be rendered`, { line: f.line, fix: f.fix }));
    }
    if (post.format === 'mdx') problems.push(...lintMdx(post.file, text, post.bodyLine, AUTHOR_COMPONENTS));
    problems.push(...lintBody(post, knownPaths));
  }
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
