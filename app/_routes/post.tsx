import { notFound } from 'next/navigation';
import { WithheldPost } from '@/components/dev/WithheldPost';
import { JsonLd } from '@/components/JsonLd';
import { PostArticle } from '@/components/PostArticle';
import { pageMetadata, postJsonLd } from '@/lib/metadata';
import { getNeighbours, getPost, getPostPaths, getWithheldPost, postParams } from '@/lib/site';
import { atLeastOne } from '@/lib/static-params';
import { postVersions } from './versions';

export type PostRouteParams = { year: string; month: string; day: string; slug: string };

/** The posts of a language, as route parameters (without the language's prefix). */
export function postRouteParams(lang: string): PostRouteParams[] {
  const paths = getPostPaths(lang);
  return atLeastOne(
    paths.map((path) => postParams(path, lang)),
    ['year', 'month', 'day', 'slug'],
    (_, i) => paths[i]!,
  );
}

export function postMetadata(params: PostRouteParams, lang: string) {
  const post = getPost(params, lang);
  return post ? pageMetadata({ title: post.title, description: post.description, path: post.path, post, lang, versions: postVersions(post) }) : {};
}

export function PostView({ params, lang }: { params: PostRouteParams; lang: string }) {
  const post = getPost(params, lang);
  if (!post) {
    const withheld = getWithheldPost(params, lang);
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
