import { notFound } from 'next/navigation';
import { TagPage } from '@/components/TagPage';
import { tagPageMetadata } from '@/lib/metadata';
import { getTag, getTags } from '@/lib/site';
import { atLeastOne } from '@/lib/static-params';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne(getTags().map((t) => ({ tag: t.slug })), ['tag']);
}

export async function generateMetadata({ params }: Props) {
  const found = getTag((await params).tag);
  return found ? tagPageMetadata(found.tag) : {};
}

export default async function TagFirstPage({ params }: Props) {
  const found = getTag((await params).tag);
  if (!found) notFound();
  return <TagPage tag={found.tag} posts={found.posts} />;
}
