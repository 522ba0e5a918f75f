import { blogMetadata, BlogView } from '@/app/_routes/blog';

const LANG = 'en';

export const metadata = blogMetadata(LANG);

export default function BlogFirstPage() {
  return <BlogView lang={LANG} page={1} />;
}
