import { siteConfig } from '@/site.config';
import { twitterUrl } from '@/lib/urls';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-slate-700">
        <p>
          {siteConfig.title} est un programme d&apos;Etalab.{' '}
          <a href={twitterUrl(siteConfig.twitter)} className="underline">
            @{siteConfig.twitter} sur X
          </a>
        </p>
      </div>
    </footer>
  );
}
