import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import { ContentErrors } from '@/components/dev/ContentErrors';
import { ContentReload } from '@/components/dev/ContentReload';
import { PageHtml } from '@/components/PageHtml';
import { defaultLang, languageCodes } from '@/lib/languages';
import { contentErrorsInDev, renderedContentVersion } from '@/lib/content';
import { contentSecurityPolicy } from '@/lib/publish/csp';
import { pageMetadata } from '@/lib/metadata';
import { siteConfig } from '@/site.config';
import './globals.css';

export const metadata: Metadata = { metadataBase: new URL(siteConfig.url), ...pageMetadata({ path: '/' }) };

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#000091' },
    { media: '(prefers-color-scheme: dark)', color: '#161616' },
  ],
};

/**
 * Marianne, the State's font, self-hosted (fonts/marianne/README.md says where it comes from): the
 * three styles pages use, preloaded, shown with `font-display: swap`. Next names the family and adds
 * a fallback sized like it, so that text does not move when the font arrives.
 */
const marianne = localFont({
  src: [
    { path: '../fonts/marianne/Marianne-Regular.woff2', weight: '400', style: 'normal' },
    { path: '../fonts/marianne/Marianne-Regular_Italic.woff2', weight: '400', style: 'italic' },
    { path: '../fonts/marianne/Marianne-Bold.woff2', weight: '700', style: 'normal' },
  ],
  display: 'swap',
  variable: '--font-marianne',
  fallback: ['arial', 'sans-serif'],
});

export default function RootLayout({ children }: { children: React.ReactNode }) {
  // First, before the page reads content: the page shows this version or a later one.
  const devVersion = process.env.NODE_ENV === 'development' ? renderedContentVersion() : '';
  return (
    <PageHtml className={marianne.variable} siteLang={defaultLang} prefixed={languageCodes.filter((code) => code !== defaultLang)}>
      {/*
        The policy of lib/publish/csp as a <meta http-equiv>, in the exported site only: `next dev` runs
        on scripts it would block. `metadata.other` can only write <meta name>, which browsers do not
        read as a policy, so the root layout's <head> holds it. React hoists it among the head's tags,
        after the ones Next renders first (charset, viewport, the stylesheet, then the metadata: title,
        description, Open Graph, icon), before anything of the body; of those, only the site's own
        stylesheet and icon load anything, which the policy allows anyway.
      */}
      <head>{process.env.NODE_ENV !== 'development' && <meta httpEquiv="Content-Security-Policy" content={contentSecurityPolicy()} />}</head>
      <body className="flex min-h-screen flex-col bg-page font-sans text-body antialiased">
        {process.env.NODE_ENV === 'development' && (
          <>
            <ContentErrors problems={contentErrorsInDev()} />
            <ContentReload rendered={devVersion} />
          </>
        )}
        {/* Each language's layout (app/(fr)/layout.tsx, app/en/layout.tsx) puts its header and footer around its pages. */}
        {children}
      </body>
    </PageHtml>
  );
}
