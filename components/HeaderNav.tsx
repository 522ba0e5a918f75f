'use client';

import { usePathname } from 'next/navigation';
import { AppLink } from './AppLink';

export interface Section {
  href: string;
  label: string;
  /** Paths the section holds beside its own page: a post is in "Articles". */
  within: readonly string[];
}

/**
 * The sections of the site, the reader's own marked with `aria-current`: `page` on the section's
 * own page, `true` anywhere in it (a post is in "Articles"). A client component only to know the
 * address while each page is exported: pages ship no JavaScript (scripts/postbuild/strip-js.ts),
 * the mark is in the HTML.
 */
export function HeaderNav({ sections, label }: { sections: readonly Section[]; label: string }) {
  const path = usePathname();
  return (
    <nav aria-label={label} className="mx-auto max-w-6xl px-2.5 sm:px-0 md:px-2">
      <ul className="flex flex-wrap p-0">
        {sections.map((s) => {
          const current = path === s.href ? 'page' : s.within.some((w) => path.startsWith(w)) ? 'true' : undefined;
          return (
            <li key={s.href} className="list-none">
              <AppLink
                href={s.href}
                aria-current={current}
                className="block px-1.5 py-3 text-[0.8125rem] font-medium min-[22.5rem]:text-sm text-title no-underline hover:bg-alt aria-[current]:text-action aria-[current]:shadow-[inset_0_-2px_0_0_currentColor] sm:px-4 sm:text-base"
              >
                {s.label}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
