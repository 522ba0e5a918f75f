import { notFound } from 'next/navigation';
import { TagPage } from '@/components/TagPage';
import { tagPageMetadata } from '@/lib/metadata';
import { getTag, tagLaterPages } from '@/lib/site';
import { atLeastOne } from '@/lib/static-params';

type Props = { params: Promise<{ tag: string; page: string }> };

export const dynamicParams = false;

/** Pages 2 and after of the tags with more posts than a page holds; page 1 is /tag/<slug>/. */
export function generateStaticParams() {
  return atLeastOne(tagLaterPages(), ['tag', 'page']);
}

export async function generateMetadata({ params }: Props) {
  const { tag, page } = await params;
  const found = getTag(tag, Number(page));
  return found ? tagPageMetadata(found.tag, found.posts.page) : {};
}

export default async function TagNthPage({ params }: Props) {
  const { tag, page } = await params;
  const found = getTag(tag, Number(page));
  if (!found || found.posts.page === 1) notFound();
  return <TagPage tag={found.tag} posts={found.posts} />;
}
