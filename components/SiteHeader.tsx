import { siteConfig } from '@/site.config';
import { authorsPath, blogPath, homePath, tagsPath } from '@/lib/urls';
import { AppLink } from './AppLink';

const nav = [
  { href: blogPath(), label: 'Articles' },
  { href: tagsPath(), label: 'Thématiques' },
  { href: authorsPath(), label: 'Auteurs' },
];

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-4">
        <AppLink href={homePath()} className="text-lg font-bold text-brand no-underline">
          {siteConfig.title}
          <span className="block text-sm font-normal text-slate-700">Le blog du programme</span>
        </AppLink>
        <nav aria-label="Navigation principale">
          <ul className="flex flex-wrap gap-4 p-0">
            {nav.map((item) => (
              <li key={item.href} className="list-none">
                <AppLink href={item.href} className="font-medium text-slate-900 underline-offset-4 hover:underline">
                  {item.label}
                </AppLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
