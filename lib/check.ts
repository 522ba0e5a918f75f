import { loadContent, type LoadOptions } from './content';
import { lintMdx } from './content/mdx-lint';
import { error, type Problem } from './problems';
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
 * front matter, files, URLs and authors (the loader), then each body.
 */
export function checkContent(options: LoadOptions = {}): CheckReport {
  const content = loadContent({ ...options, showUnpublished: true });
  const problems = [...content.problems];
  // Every body whose front matter could be read, so that a file's front-matter mistakes
  // do not hide the mistakes of its body.
  for (const post of content.sources) {
    const { text, findings } = translateJekyll(post.body, post.bodyLine);
    for (const f of findings) {
      problems.push(error(post.file, `Liquid code ${f.text} would not be rendered`, { line: f.line, fix: f.fix }));
    }
    if (post.format === 'mdx') problems.push(...lintMdx(post.file, text, post.bodyLine, AUTHOR_COMPONENTS));
  }
  return {
    problems,
    posts: content.allPosts.length,
    drafts: content.allPosts.filter((p) => p.draft).map((p) => p.file),
    scheduled: content.allPosts.filter((p) => p.scheduled && !p.draft).map((p) => ({ file: p.file, publishAt: p.publishAt })),
  };
}
