import { siteConfig } from '@/site.config';
import { getStaticPage } from '@/lib/site';
import { homePath, twitterUrl, withBasePath } from '@/lib/urls';
import { AppLink } from './AppLink';

/** The State's sites every public site links to, as the DSFR footer lists them. */
const stateSites = ['info.gouv.fr', 'service-public.gouv.fr', 'legifrance.gouv.fr', 'data.gouv.fr'];

/**
 * The links every public site must carry, the accessibility one with the site's conformity status
 * (content/pages/accessibilite.md says why), to the pages of content/pages/ that exist.
 */
const mandatory = [
  { slug: 'accessibilite', label: 'Accessibilité : partiellement conforme' },
  { slug: 'mentions-legales', label: 'Mentions légales' },
  { slug: 'donnees-personnelles', label: 'Données personnelles' },
  { slug: 'a-propos', label: 'À propos' },
];

/** The DSFR footer: the "République française" block, the State's sites, the mandatory links, the licence. */
export function SiteFooter() {
  const links = mandatory.flatMap((m) => {
    const page = getStaticPage(m.slug);
    return page ? [{ href: page.path, label: m.label }] : [];
  });
  const link = 'text-sm text-mention underline decoration-1 hover:decoration-2';
  return (
    <footer className="mt-16 border-t-2 border-action bg-page">
      <div className="mx-auto max-w-6xl px-4 pt-8 md:px-6">
        <div className="flex flex-col gap-6 md:flex-row md:items-start md:justify-between">
          <AppLink href={homePath()} title={`Accueil · ${siteConfig.title}`} className="w-fit no-underline">
            <p className="fr-logo">
              République
              <br />
              Française
            </p>
          </AppLink>
          <div className="md:max-w-[50%]">
            <p className="text-sm text-body">
              {siteConfig.title} est un programme d&apos;Etalab, à la Direction interministérielle du numérique. Suivre le blog :{' '}
              <a href={withBasePath('/feed.xml')} className="underline">
                Flux RSS
              </a>
              ,{' '}
              <a href={withBasePath('/atom.xml')} className="underline">
                Atom
              </a>
              ,{' '}
              <a href={withBasePath('/feed.json')} className="underline">
                JSON Feed
              </a>
              ,{' '}
              <a href={twitterUrl(siteConfig.twitter)} className="underline">
                @{siteConfig.twitter} sur X
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
            Sauf mention contraire, les contenus de ce site sont proposés sous{' '}
            <a href="https://www.etalab.gouv.fr/licence-ouverte-open-licence/" className="underline">
              licence etalab-2.0
            </a>
            .
          </p>
        </div>
      </div>
    </footer>
  );
}
