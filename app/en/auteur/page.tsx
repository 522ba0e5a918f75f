import { authorsMetadata, AuthorsView } from '@/app/_routes/authors';

const LANG = 'en';

export const metadata = authorsMetadata(LANG);

export default function AuthorsPage() {
  return <AuthorsView lang={LANG} />;
}
