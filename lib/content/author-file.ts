import { problem, problemOf } from '../messages';
import type { Problem } from '../problems';
import { isUrlSafeSlug, slugify } from '../slug';
import { translateJekyll } from '../markdown/jekyll';
import { readBody } from '../markdown/read-body';
import { checkPictureRef } from './post';
import { removalProblem } from './removals';
import type { Author } from './authors';
import { frontMatterProblem, lineOfKey, parseFrontMatter } from './front-matter';
import type { FileLookup } from './images';
import { authorFrontMatterSchema, expectedShape } from './schema';

/**
 * A bio is Markdown, rendered like a post body (Jekyll remains dropped, then the one sanitiser):
 * read here as the page will read it, so that a bio the page could not render is an error now.
 */
function checkBio(file: string, body: string, bodyLine: number): Problem[] {
  if (!body.trim()) return [];
  const read = readBody(translateJekyll(body).text, 'md');
  if (!read.ok) {
    const { line, column, spec } = read.problem;
    return [problemOf(spec, file, { line: line === undefined ? undefined : line + bodyLine - 1, column })];
  }
  return read.trees.removed.map((r) => removalProblem(file, r, bodyLine));
}

/** Parses one `content/authors/<slug>.md` profile. */
export function parseAuthor(file: string, text: string, files: FileLookup): { author?: Author; problems: Problem[] } {
  const problems: Problem[] = [];
  const slug = (file.split('/').pop() ?? '').replace(/\.md$/, '');
  if (!isUrlSafeSlug(slug)) {
    problems.push(
      problem('authorFileName', file, { slug, rename: `${slugify(slug)}.md` }),
    );
  }
  const parsed = parseFrontMatter(text);
  if (!parsed.ok) {
    problems.push(frontMatterProblem(file, parsed));
    return { problems };
  }
  const { data, body, bodyLine, rawFrontMatter } = parsed.file;
  const result = authorFrontMatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      const where = { line: lineOfKey(rawFrontMatter, key) ?? 2 };
      const shape = expectedShape[key];
      problems.push(
        data[key] === undefined
          ? problem('missingKey', file, { key, shape }, where)
          : problem('badValue', file, { key, problem: issue.message.replace(/^Invalid input: /, ''), shape }, where),
      );
    }
    return { problems };
  }
  const fm = result.data;
  if (fm.twitter && !/^[A-Za-z0-9_]{1,15}$/.test(fm.twitter)) {
    problems.push(
      problem('twitterNotHandle', file, { value: fm.twitter, handle: fm.twitter.replace(/^@/, '').replace(/^.*\//, '') }, { line: lineOfKey(rawFrontMatter, 'twitter') }),
    );
  }
  if (fm.avatar) {
    const p = checkPictureRef(file, fm.avatar, lineOfKey(rawFrontMatter, 'avatar'), files, 'avatar');
    if (p) problems.push(p);
  }
  if (problems.length) return { problems };
  problems.push(...checkBio(file, body, bodyLine));
  if (problems.some((p) => p.severity === 'error')) return { problems };
  return {
    author: {
      slug,
      name: fm.name,
      twitter: fm.twitter,
      avatar: fm.avatar,
      website: fm.website,
      aliases: fm.aliases ?? [],
      bio: body.trim(),
      hasProfile: true,
    },
    problems,
  };
}
