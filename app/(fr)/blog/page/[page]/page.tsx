import { blogMetadata, blogPageParams, BlogView } from '@/app/_routes/blog';

const LANG = 'fr';
type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return blogPageParams(LANG);
}

// /blog/page/1/ repeats /blog/, its canonical address.
export async function generateMetadata({ params }: Props) {
  return blogMetadata(LANG, Number((await params).page));
}

export default async function BlogNthPage({ params }: Props) {
  return <BlogView lang={LANG} page={Number((await params).page)} />;
}
