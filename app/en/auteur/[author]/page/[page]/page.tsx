import { authorLaterParams, authorMetadata, AuthorView } from '@/app/_routes/authors';

const LANG = 'en';
type Props = { params: Promise<{ author: string; page: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return authorLaterParams(LANG);
}

export async function generateMetadata({ params }: Props) {
  const { author, page } = await params;
  return authorMetadata(author, Number(page), LANG);
}

export default async function AuthorNthPage({ params }: Props) {
  const { author, page } = await params;
  return <AuthorView slug={author} page={Number(page)} lang={LANG} later />;
}
