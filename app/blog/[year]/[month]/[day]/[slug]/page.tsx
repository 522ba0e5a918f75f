import { notFound } from 'next/navigation';
import { PostArticle } from '@/components/PostArticle';
import { JsonLd } from '@/components/JsonLd';
import { pageMetadata, postJsonLd } from '@/lib/metadata';
import { WithheldPost } from '@/components/dev/WithheldPost';
import { getNeighbours, getPost, getPostPaths, getWithheldPost } from '@/lib/site';
import { atLeastOne } from '@/lib/static-params';

type Params = { year: string; month: string; day: string; slug: string };
type Props = { params: Promise<Params> };

export const dynamicParams = false;

export function generateStaticParams(): Params[] {
  const params = getPostPaths().map((path) => {
    const [, , year = '', month = '', day = '', slug = ''] = path.split('/');
    return { year, month, day, slug };
  });
  return atLeastOne(params, ['year', 'month', 'day', 'slug']);
}

export async function generateMetadata({ params }: Props) {
  const post = getPost(await params);
  return post ? pageMetadata({ title: post.title, description: post.description, path: post.path, post }) : {};
}

export default async function PostPage({ params }: Props) {
  const post = getPost(await params);
  if (!post) {
    const withheld = getWithheldPost(await params);
    if (withheld) return <WithheldPost file={withheld.file} />;
    notFound();
  }
  const { older, newer } = getNeighbours(post);
  return (
    <>
      <JsonLd data={postJsonLd(post)} />
      <PostArticle post={post} older={older} newer={newer} />
    </>
  );
}
