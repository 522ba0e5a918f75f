import { notFound } from 'next/navigation';
import { AuthorProfile } from '@/components/AuthorProfile';
import { authorPageMetadata } from '@/lib/metadata';
import { getAuthor, getAuthors } from '@/lib/site';
import { atLeastOne } from '@/lib/static-params';

type Props = { params: Promise<{ author: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne(getAuthors().map((a) => ({ author: a.slug })), ['author']);
}

export async function generateMetadata({ params }: Props) {
  const found = getAuthor((await params).author);
  return found ? authorPageMetadata(found.author) : {};
}

export default async function AuthorPage({ params }: Props) {
  const found = getAuthor((await params).author);
  if (!found) notFound();
  return <AuthorProfile author={found.author} posts={found.posts} />;
}
