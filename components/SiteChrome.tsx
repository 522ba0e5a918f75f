import { dictionary } from '@/lib/i18n';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** What every page of a language has around its content: the skip link, the header, the main region, the footer. */
export function SiteChrome({ lang, children }: { lang: string; children: React.ReactNode }) {
  return (
    <>
      <a href="#contenu" className="sr-only z-50 bg-page p-3 focus:not-sr-only focus:absolute focus:left-2 focus:top-2">
        {dictionary(lang).skipToContent}
      </a>
      <SiteHeader lang={lang} />
      <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-10 md:px-6">
        {children}
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
