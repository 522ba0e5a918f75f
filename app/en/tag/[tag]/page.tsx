import { tagMetadata, tagParams, TagView } from '@/app/_routes/tags';

const LANG = 'en';
type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return tagParams(LANG);
}

export async function generateMetadata({ params }: Props) {
  return tagMetadata((await params).tag, 1, LANG);
}

export default async function TagFirstPage({ params }: Props) {
  return <TagView slug={(await params).tag} page={1} lang={LANG} />;
}
