import { SiteChrome } from '@/components/SiteChrome';

/** The English pages, under /en/: the English header and footer around them. */
export default function EnglishLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome lang="en">{children}</SiteChrome>;
}
