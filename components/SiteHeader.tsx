import { siteConfig } from '@/site.config';
import { getStaticPage } from '@/lib/site';
import { authorsPath, blogPath, homePath, tagsPath } from '@/lib/urls';
import { AppLink } from './AppLink';
import { HeaderNav, type Section } from './HeaderNav';
import { SearchForm } from './SearchForm';

/**
 * The DSFR header: the "République française" block, the programme's name and what the site is,
 * then the sections, the current one marked. Three sections fit on a 320 px phone on one line:
 * they stay in view there, with no menu to open.
 */
export function SiteHeader() {
  const about = getStaticPage('a-propos');
  const sections: Section[] = [
    { href: blogPath(), label: 'Articles', within: ['/blog/'] },
    { href: tagsPath(), label: 'Thématiques', within: ['/tag/'] },
    { href: authorsPath(), label: 'Auteurs', within: ['/auteur/'] },
    ...(about ? [{ href: about.path, label: 'À propos', within: [] }] : []),
  ];
  return (
    <header className="border-b border-line bg-page">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3 sm:gap-x-6 md:flex-nowrap md:px-6">
        <p className="fr-logo shrink-0">
          République
          <br />
          Française
        </p>
        <div className="min-w-0 flex-1 basis-0">
          <AppLink href={homePath()} className="text-lg font-bold text-title no-underline hover:underline sm:text-xl" title={`Accueil · ${siteConfig.title}`}>
            {siteConfig.title}
          </AppLink>
          <p className="text-sm text-mention">Le blog du programme</p>
        </div>
        {/* Below the name on a phone, on its right from 768 px on. */}
        <div className="basis-full md:w-72 md:flex-none md:basis-auto">
          <SearchForm id="recherche-entete" compact />
        </div>
      </div>
      <HeaderNav sections={sections} />
    </header>
  );
}
