import { notFound } from 'next/navigation';
import { BlogPage } from '@/components/BlogPage';
import { pageMetadata } from '@/lib/metadata';
import { blogPageCount, getBlogPage, getTags } from '@/lib/site';
import { blogPath } from '@/lib/urls';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

// Page 1 is /blog/; /blog/page/1/ is written too (canonical /blog/), so that every
// number in the series works and the export never sees an empty parameter list.
export function generateStaticParams() {
  return Array.from({ length: blogPageCount() }, (_, i) => ({ page: String(i + 1) }));
}

export async function generateMetadata({ params }: Props) {
  const page = Number((await params).page);
  // /blog/page/1/ repeats /blog/, its canonical address.
  return pageMetadata({ title: page > 1 ? `Articles, page ${page}` : 'Articles', path: blogPath(page) });
}

export default async function BlogNthPage({ params }: Props) {
  const data = getBlogPage(Number((await params).page));
  if (!data) notFound();
  return <BlogPage posts={data.items} page={data.page} totalPages={data.totalPages} tags={getTags()} />;
}
