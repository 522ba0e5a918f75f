import { notFound } from 'next/navigation';
import { StaticPageArticle } from '@/components/StaticPageArticle';
import { pageMetadata } from '@/lib/metadata';
import { getStaticPage, getStaticPages } from '@/lib/site';
import { atLeastOne } from '@/lib/static-params';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return atLeastOne(getStaticPages().map((p) => ({ page: p.slug })), ['page']);
}

export async function generateMetadata({ params }: Props) {
  const page = getStaticPage((await params).page);
  return page ? pageMetadata({ title: page.title, description: page.description, path: page.path }) : {};
}

export default async function StaticPageRoute({ params }: Props) {
  const page = getStaticPage((await params).page);
  if (!page) notFound();
  return <StaticPageArticle page={page} />;
}
