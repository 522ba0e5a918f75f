import { problem } from '../messages';
import type { Problem } from '../problems';
import { slugify } from '../slug';
import { PLACEHOLDER_PARAM } from '../static-params';
import { ROUTE_SEGMENTS, staticPagePath } from '../urls';
import { frontMatterProblem, lineOfKey, parseFrontMatter } from './front-matter';
import type { PostSource } from './post';
import { expectedShape, pageFrontMatterSchema } from './schema';
import type { SiteLookup } from './site-entries';

/**
 * A static page of content/pages/ (`mentions-legales.md` → `/mentions-legales/`): a title, a
 * description and a Markdown body, read, checked and rendered as a post's body is
 * (lib/content/body-checks.ts, lib/render). No date, author, tag or feed.
 */
export interface StaticPage {
  /** Path from the project root, for messages. */
  file: string;
  slug: string;
  path: string;
  title: string;
  description: string;
  format: 'md';
  body: string;
  bodyLine: number;
}

/** A page's slug is its file name: lowercase ASCII words joined by dashes, the only addresses every host serves alike. */
const PAGE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseStaticPage(file: string, text: string): { page?: StaticPage; problems: Problem[]; source?: PostSource } {
  const problems: Problem[] = [];
  const name = file.split('/').pop() ?? file;
  const slug = name.replace(/\.md$/, '');
  if (!PAGE_SLUG.test(slug)) {
    problems.push(
      problem('pageNameNotSlug', file, { name, rename: `${slugify(slug).toLowerCase() || 'ma-page'}.md` }),
    );
  }
  const parsed = parseFrontMatter(text);
  if (!parsed.ok) {
    problems.push(frontMatterProblem(file, parsed));
    return { problems };
  }
  const { data, body, bodyLine, rawFrontMatter } = parsed.file;
  const source: PostSource = { file, format: 'md', body, bodyLine };
  const result = pageFrontMatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      const missing = data[key] === undefined;
      const shape = expectedShape[key];
      problems.push(
        missing
          ? problem('missingKey', file, { key, shape }, { line: 2 })
          : problem('badValue', file, { key, problem: issue.message.replace(/^Invalid input: /, ''), shape }, { line: lineOfKey(rawFrontMatter, key) }),
      );
    }
  }
  if (!result.success || problems.length) return { problems, source };
  const page: StaticPage = {
    file,
    slug,
    path: staticPagePath(slug),
    title: result.data.title,
    description: result.data.description,
    format: 'md',
    body,
    bodyLine,
  };
  return { page, problems, source };
}

/**
 * A page may take no address the site already answers at: the pages of the blog's own routes
 * (and every address beneath them), the files and folders the build writes, those of public/.
 * Redirects that would take a page's address are refused by the redirect checks, which name the page.
 */
export function staticPageAddressProblems(pages: readonly StaticPage[], taken: ReadonlySet<string>, entryAt: SiteLookup): Problem[] {
  const problems: Problem[] = [];
  for (const page of pages) {
    const named = { path: page.path, file: page.file, rename: `${page.slug}-infos.md` };
    const entry = entryAt(page.slug) ?? entryAt(`${page.slug}/index.html`);
    // The stand-in of a route with nothing to list is deleted after the build (lib/static-params.ts).
    if ([...ROUTE_SEGMENTS, PLACEHOLDER_PARAM].includes(page.slug) || taken.has(page.path)) {
      problems.push(problem('pageAddressReserved', page.file, named));
    } else if (entry) {
      problems.push(problem('pageAddressTaken', page.file, { ...named, taken: entry.what }));
    }
  }
  return problems;
}
