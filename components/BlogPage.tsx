import type { Post } from '@/lib/content/post';
import type { TagSummary } from '@/lib/content/build-index';
import { blogJsonLd } from '@/lib/metadata';
import { blogPath } from '@/lib/urls';
import { JsonLd } from './JsonLd';
import { PageHeading } from './PageHeading';
import { Pagination } from './Pagination';
import { PostGrid } from './PostGrid';
import { TagList } from './TagList';

/** One page of the blog: its own cards only, the tags, and the way to the others. */
export function BlogPage({ posts, page, totalPages, tags }: { posts: readonly Post[]; page: number; totalPages: number; tags: readonly TagSummary[] }) {
  return (
    <>
      <JsonLd data={blogJsonLd(blogPath(page))} />
      <PageHeading title={page > 1 ? `Articles, page ${page}` : 'Articles'} intro={totalPages > 1 ? `Page ${page} sur ${totalPages}` : undefined} />
      <section aria-label="Thématiques" className="mb-8">
        <TagList tags={tags} />
      </section>
      <PostGrid posts={posts} />
      <Pagination page={page} totalPages={totalPages} hrefOf={blogPath} />
    </>
  );
}
