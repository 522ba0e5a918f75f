import { homeMetadata, HomeView } from '@/app/_routes/home';

const LANG = 'en';

export const metadata = homeMetadata(LANG);

export default function HomePage() {
  return <HomeView lang={LANG} />;
}
