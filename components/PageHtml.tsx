'use client';

import { usePathname } from 'next/navigation';

/**
 * The root `<html>` with the language of the page being rendered, read from its address
 * (`/en/…` is English): one root layout serves every language, and its `lang` is right in the
 * exported HTML as in `next dev`. A client component only to know the address while each page is
 * exported, like HeaderNav: pages ship no JavaScript (scripts/postbuild/strip-js.ts).
 *
 * The languages come as props (lib/languages.ts `langOfPath` is the same rule, unit-tested): a
 * client component that imported the site's configuration would put it in the dev server's
 * client module graph, where a rebuild of it reloads the whole page instead of refreshing it.
 */
export function PageHtml({ className, siteLang, prefixed, children }: { className: string; siteLang: string; prefixed: readonly string[]; children: React.ReactNode }) {
  const first = (usePathname() ?? '/').split('/')[1] ?? '';
  return (
    <html lang={prefixed.includes(first) ? first : siteLang} className={className}>
      {children}
    </html>
  );
}
