import { authorMetadata, authorParams, AuthorView } from '@/app/_routes/authors';

const LANG = 'fr';
type Props = { params: Promise<{ author: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return authorParams(LANG);
}

export async function generateMetadata({ params }: Props) {
  return authorMetadata((await params).author, 1, LANG);
}

export default async function AuthorPage({ params }: Props) {
  return <AuthorView slug={(await params).author} page={1} lang={LANG} />;
}
