import { tagLaterParams, tagMetadata, TagView } from '@/app/_routes/tags';

const LANG = 'en';
type Props = { params: Promise<{ tag: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return tagLaterParams(LANG);
}

export async function generateMetadata({ params }: Props) {
  const { tag, page } = await params;
  return tagMetadata(tag, Number(page), LANG);
}

export default async function TagNthPage({ params }: Props) {
  const { tag, page } = await params;
  return <TagView slug={tag} page={Number(page)} lang={LANG} later />;
}
