import { siteConfig } from '@/site.config';
import { getStaticPage } from '@/lib/site';
import { dictionary } from '@/lib/i18n';
import { feedPath, homePath, twitterUrl, withBasePath } from '@/lib/urls';
import { AppLink } from './AppLink';

/** The State's sites every public site links to, as the DSFR footer lists them. */
const stateSites = ['info.gouv.fr', 'service-public.gouv.fr', 'legifrance.gouv.fr', 'data.gouv.fr'];

/**
 * The links every public site must carry, the accessibility one with the site's conformity status
 * (content/pages/accessibilite.md says why), to the pages of content/pages/ that exist; their
 * words are the dictionary's (`footer.mandatory`).
 */
const mandatory = ['accessibilite', 'mentions-legales', 'donnees-personnelles', 'a-propos'] as const;

/** The DSFR footer: the "République française" block, the State's sites, the mandatory links, the licence. */
export function SiteFooter({ lang }: { lang: string }) {
  const t = dictionary(lang);
  const links = mandatory.flatMap((slug) => {
    const page = getStaticPage(slug);
    return page ? [{ href: page.path, label: t.footer.mandatory[slug] }] : [];
  });
  const link = 'text-sm text-mention underline decoration-1 hover:decoration-2';
  return (
    <footer className="mt-16 border-t-2 border-action bg-page">
      <div className="mx-auto max-w-6xl px-4 pt-8 md:px-6">
        <div className="flex flex-col gap-6 md:flex-row md:items-start md:justify-between">
          <AppLink href={homePath(lang)} title={`${t.header.home} · ${siteConfig.title}`} className="w-fit no-underline">
            <p className="fr-logo" lang="fr">
              {t.republic[0]}
              <br />
              {t.republic[1]}
            </p>
          </AppLink>
          <div className="md:max-w-[50%]">
            <p className="text-sm text-body">
              {t.footer.programme(siteConfig.title)}{' '}
              <a href={withBasePath(feedPath('rss', lang))} className="underline">
                {t.footer.rss}
              </a>
              ,{' '}
              <a href={withBasePath(feedPath('atom', lang))} className="underline">
                Atom
              </a>
              ,{' '}
              <a href={withBasePath(feedPath('json', lang))} className="underline">
                JSON Feed
              </a>
              ,{' '}
              <a href={twitterUrl(siteConfig.twitter)} className="underline">
                {t.footer.onX(siteConfig.twitter)}
              </a>
              .
            </p>
            <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2 p-0">
              {stateSites.map((host) => (
                <li key={host} className="list-none">
                  <a href={`https://${host}`} className="text-sm font-bold text-title no-underline hover:underline">
                    {host}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div className="mt-8 border-t border-line py-4">
          <ul className="flex flex-wrap gap-y-2 p-0">
            {links.map((m) => (
              <li key={m.href} className="list-none after:mx-3 after:inline-block after:h-4 after:w-px after:bg-line after:align-middle after:content-[''] last:after:hidden">
                <AppLink href={m.href} className={link}>
                  {m.label}
                </AppLink>
              </li>
            ))}
          </ul>
          <p className="mt-4 text-sm text-mention">
            {t.footer.licence[0]}{' '}
            <a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/" className="underline">
              {t.footer.licence[1]}
            </a>
            .
          </p>
        </div>
      </div>
    </footer>
  );
}
