import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/PageHeading';
import { PostGrid } from '@/components/PostGrid';
import { pageMetadata } from '@/lib/metadata';
import { getTag, getTags } from '@/lib/site';
import { atLeastOne } from '@/lib/static-params';
import { tagFeedPath, tagPath, withBasePath } from '@/lib/urls';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne(getTags().map((t) => ({ tag: t.slug })), ['tag']);
}

export async function generateMetadata({ params }: Props) {
  const found = getTag((await params).tag);
  if (!found) return {};
  const title = `Thématique « ${found.tag.name} »`;
  return pageMetadata({ title, path: tagPath(found.tag.slug), feed: { path: tagFeedPath(found.tag.slug), title: `${title} (RSS)` } });
}

export default async function TagPage({ params }: Props) {
  const found = getTag((await params).tag);
  if (!found) notFound();
  const { tag, posts } = found;
  return (
    <>
      <PageHeading title={`Thématique « ${tag.name} »`} intro={`${posts.length} article${posts.length > 1 ? 's' : ''}`} />
      <PostGrid posts={posts} />
      <p className="mt-8 text-sm">
        {/* A plain <a>: the feed is a file, not a page of the app. */}
        <a href={withBasePath(tagFeedPath(tag.slug))} className="underline">
          Suivre cette thématique (flux RSS)
        </a>
      </p>
    </>
  );
}
