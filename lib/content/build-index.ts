import { problem } from '../messages';
import { closest, type Problem } from '../problems';
import { bylineAuthor, resolveByline, type Author } from './authors';
import type { Post, Tag } from './post';

export interface TagSummary extends Tag {
  count: number;
}

export interface AuthorSummary extends Author {
  count: number;
}

/** Everything the pages ask for, computed once from the parsed files. */
export interface ContentIndex {
  /** Posts readers see, newest first. */
  posts: Post[];
  /** Every valid post, drafts and scheduled included: what the checks look at. */
  allPosts: Post[];
  tags: TagSummary[];
  authors: AuthorSummary[];
  postsByTag: Map<string, Post[]>;
  postsByAuthor: Map<string, Post[]>;
  problems: Problem[];
}

export interface IndexOptions {
  /** Posts dated after this are scheduled. */
  now: Date;
  /** Show drafts and scheduled posts (development). */
  showUnpublished: boolean;
}

/** Whether a build publishes the post: neither a draft nor dated after the build. */
export const isPublished = (post: Post) => !post.draft && !post.scheduled;

const newestFirst = (a: Post, b: Post) =>
  b.publishAt.getTime() - a.publishAt.getTime() || a.slug.localeCompare(b.slug);

export function buildIndex(parsed: Post[], profiles: Author[], options: IndexOptions): ContentIndex {
  const problems: Problem[] = [];
  const profileBySlug = new Map(profiles.map((a) => [a.slug, a]));
  const implicit = new Map<string, Author>();

  for (const post of parsed) {
    post.scheduled = post.publishAt.getTime() > options.now.getTime();
    if (post.authorSlugs) {
      post.authors = [];
      for (const slug of post.authorSlugs) {
        const author = profileBySlug.get(slug);
        if (author) post.authors.push(author);
        else {
          const guess = closest(slug, [...profileBySlug.keys()]);
          problems.push(
            problem('unknownAuthorSlug', post.file, { slug, guess }),
          );
        }
      }
      if (!post.byline) post.byline = post.authors.map((a) => a.name).join(', ');
    } else {
      const { authors, unknown } = resolveByline(post.byline, profiles);
      post.authors = authors;
      for (const name of unknown) {
        const author = bylineAuthor(name);
        if (!author.slug) continue;
        const existing = profileBySlug.get(author.slug) ?? implicit.get(author.slug);
        if (!existing) implicit.set(author.slug, author);
        post.authors.push(existing ?? author);
      }
    }
  }

  const visible = parsed.filter((p) => options.showUnpublished || isPublished(p)).sort(newestFirst);

  // Two posts on one URL would silently overwrite each other in out/.
  const byPath = new Map<string, Post>();
  for (const post of [...parsed].sort((a, b) => a.file.localeCompare(b.file))) {
    const other = byPath.get(post.path.toLowerCase());
    if (other) {
      problems.push(
        problem('samePostUrl', post.file, { path: post.path, other: other.file }),
      );
    } else byPath.set(post.path.toLowerCase(), post);
  }

  const tagBySlug = new Map<string, TagSummary>();
  const postsByTag = new Map<string, Post[]>();
  for (const post of parsed) {
    for (const tag of post.tags) {
      const known = tagBySlug.get(tag.slug);
      if (known && known.name !== tag.name) {
        problems.push(
          problem('tagSameUrl', post.file, { tag: tag.name, slug: tag.slug, known: known.name }),
        );
      } else if (!known) tagBySlug.set(tag.slug, { ...tag, count: 0 });
    }
  }
  for (const post of visible) {
    for (const tag of post.tags) {
      const summary = tagBySlug.get(tag.slug);
      if (!summary || summary.name !== tag.name) continue;
      summary.count++;
      postsByTag.set(tag.slug, [...(postsByTag.get(tag.slug) ?? []), post]);
    }
  }

  const postsByAuthor = new Map<string, Post[]>();
  for (const post of visible) {
    for (const a of post.authors) postsByAuthor.set(a.slug, [...(postsByAuthor.get(a.slug) ?? []), post]);
  }
  const authors = [...profiles, ...implicit.values()]
    .map((a) => ({ ...a, count: postsByAuthor.get(a.slug)?.length ?? 0 }))
    // A profile with no published post still has a page; a byline of drafts only has none.
    .filter((a) => a.hasProfile || a.count > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));

  const tags = [...tagBySlug.values()].filter((t) => t.count > 0).sort((a, b) => a.name.localeCompare(b.name, 'fr'));

  return {
    posts: visible,
    allPosts: parsed,
    tags,
    authors,
    postsByTag,
    postsByAuthor,
    problems,
  };
}
