'use client';

import { usePathname } from 'next/navigation';
import { langOfPath } from '@/lib/languages';

/**
 * The root `<html>` with the language of the page being rendered, read from its address
 * (`/en/…` is English): one root layout serves every language, and its `lang` is right in the
 * exported HTML as in `next dev`. A client component only to know the address while each page is
 * exported, like HeaderNav: pages ship no JavaScript (scripts/postbuild/strip-js.ts).
 */
export function PageHtml({ className, children }: { className: string; children: React.ReactNode }) {
  return (
    <html lang={langOfPath(usePathname() ?? '/')} className={className}>
      {children}
    </html>
  );
}
