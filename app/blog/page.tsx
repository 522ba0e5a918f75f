import { BlogPage } from '@/components/BlogPage';
import { pageMetadata } from '@/lib/metadata';
import { getBlogPage, getTags } from '@/lib/site';
import { blogPath } from '@/lib/urls';

export const metadata = pageMetadata({ title: 'Articles', description: 'Tous les articles du blog, du plus récent au plus ancien.', path: blogPath() });

export default function BlogFirstPage() {
  const { items, page, totalPages } = getBlogPage(1)!;
  return <BlogPage posts={items} page={page} totalPages={totalPages} tags={getTags()} />;
}
