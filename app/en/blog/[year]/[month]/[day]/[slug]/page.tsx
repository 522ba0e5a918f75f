import { postMetadata, postRouteParams, PostView, type PostRouteParams } from '@/app/_routes/post';

const LANG = 'en';
type Props = { params: Promise<PostRouteParams> };

export const dynamicParams = false;

export function generateStaticParams() {
  return postRouteParams(LANG);
}

export async function generateMetadata({ params }: Props) {
  return postMetadata(await params, LANG);
}

export default async function PostPage({ params }: Props) {
  return <PostView params={await params} lang={LANG} />;
}
