import { dictionary } from '@/lib/i18n';
import { defaultLang } from '@/lib/languages';
import { homePath } from '@/lib/urls';
import { AppLink } from './AppLink';

export interface Crumb {
  label: string;
  href: string;
}

/**
 * Where the page stands, as the DSFR breadcrumb shows it: the home page, the listings above the
 * page (all the tags, all the authors), then the page itself, marked as the current one.
 */
export function Breadcrumb({ parents = [], current, lang = defaultLang }: { parents?: readonly Crumb[]; current: string; lang?: string }) {
  const t = dictionary(lang).breadcrumb;
  const trail: Crumb[] = [{ label: t.home, href: homePath(lang) }, ...parents];
  return (
    <nav aria-label={t.label} className="mb-6" data-pagefind-ignore="">
      <ol className="flex flex-wrap items-center gap-y-1 p-0 text-xs text-mention sm:text-sm">
        {trail.map((c) => (
          <li key={c.href} className="list-none after:mx-2 after:content-['›']">
            <AppLink href={c.href} className="underline decoration-1 hover:decoration-2">
              {c.label}
            </AppLink>
          </li>
        ))}
        {/* A long title keeps to one line here: the page's heading shows it whole just below. */}
        <li className="min-w-0 max-w-full list-none">
          <span aria-current="page" className="block truncate text-body">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
