import type { TagSummary } from '@/lib/content/build-index';
import type { Post } from '@/lib/content/post';
import type { PageOf } from '@/lib/pagination';
import { tagFeedPath, tagPath, tagsPath, withBasePath } from '@/lib/urls';
import { Breadcrumb } from './Breadcrumb';
import { PageHeading } from './PageHeading';
import { Pagination } from './Pagination';
import { PostGrid } from './PostGrid';

/** One page of a tag's posts, newest first, with the pages around it and the tag's feed. */
export function TagPage({ tag, posts }: { tag: TagSummary; posts: PageOf<Post> }) {
  const count = `${tag.count} article${tag.count > 1 ? 's' : ''}`;
  return (
    <>
      <Breadcrumb parents={[{ label: 'Thématiques', href: tagsPath() }]} current={tag.name} />
      <PageHeading
        title={`Thématique « ${tag.name} »`}
        intro={posts.totalPages > 1 ? `${count}, page ${posts.page} sur ${posts.totalPages}` : count}
      />
      <PostGrid posts={posts.items} />
      <Pagination page={posts.page} totalPages={posts.totalPages} hrefOf={(p) => tagPath(tag.slug, p)} />
      <p className="mt-8 text-sm">
        {/* A plain <a>: the feed is a file, not a page of the app. */}
        <a href={withBasePath(tagFeedPath(tag.slug))} className="underline">
          Suivre cette thématique (flux RSS)
        </a>
      </p>
    </>
  );
}
