import { notFound } from 'next/navigation';
import { AuthorProfile } from '@/components/AuthorProfile';
import { authorPageMetadata } from '@/lib/metadata';
import { authorLaterPages, getAuthor } from '@/lib/site';
import { atLeastOne } from '@/lib/static-params';

type Props = { params: Promise<{ author: string; page: string }> };

export const dynamicParams = false;

/** Pages 2 and after of the authors with more posts than a page holds; page 1 is /auteur/<slug>/. */
export function generateStaticParams() {
  return atLeastOne(authorLaterPages(), ['author', 'page']);
}

export async function generateMetadata({ params }: Props) {
  const { author, page } = await params;
  const found = getAuthor(author, Number(page));
  return found ? authorPageMetadata(found.author, found.posts.page) : {};
}

export default async function AuthorNthPage({ params }: Props) {
  const { author, page } = await params;
  const found = getAuthor(author, Number(page));
  if (!found || found.posts.page === 1) notFound();
  return <AuthorProfile author={found.author} posts={found.posts} />;
}
