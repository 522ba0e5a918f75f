import { homeMetadata, HomeView } from '@/app/_routes/home';

const LANG = 'fr';

export const metadata = homeMetadata(LANG);

export default function HomePage() {
  return <HomeView lang={LANG} />;
}
