import { siteConfig } from '@/site.config';
import { twitterUrl, withBasePath } from '@/lib/urls';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-5xl px-4 py-8 text-sm text-slate-700">
        <p>
          {siteConfig.title} est un programme d&apos;Etalab.{' '}
          <a href={twitterUrl(siteConfig.twitter)} className="underline">
            @{siteConfig.twitter} sur X
          </a>
          {' · '}
          <a href={withBasePath('/feed.xml')} className="underline">
            Flux RSS
          </a>
          {' · '}
          <a href={withBasePath('/atom.xml')} className="underline">
            Atom
          </a>
          {' · '}
          <a href={withBasePath('/feed.json')} className="underline">
            JSON Feed
          </a>
        </p>
      </div>
    </footer>
  );
}
