import { SiteChrome } from '@/components/SiteChrome';
import { defaultLang } from '@/lib/languages';

/**
 * The site's own language's pages, at their addresses of always (`/blog/…`, `/tag/…`): the route
 * group `(fr)` adds nothing to them. Its layout gives them the French header and footer.
 */
export default function SiteLanguageLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome lang={defaultLang}>{children}</SiteChrome>;
}
