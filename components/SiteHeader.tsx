import { siteConfig } from '@/site.config';
import { getStaticPage } from '@/lib/site';
import { dictionary } from '@/lib/i18n';
import { languageCodes } from '@/lib/languages';
import { authorsPath, blogPath, homePath, inLang, tagsPath } from '@/lib/urls';
import { AppLink } from './AppLink';
import { HeaderNav, type Section } from './HeaderNav';
import { SearchForm } from './SearchForm';

/**
 * The DSFR header: the "République française" block, the programme's name and what the site is,
 * then the sections, the current one marked. Three sections fit on a 320 px phone on one line:
 * they stay in view there, with no menu to open.
 */
export function SiteHeader({ lang }: { lang: string }) {
  const t = dictionary(lang);
  const about = getStaticPage('a-propos');
  const sections: Section[] = [
    { href: blogPath(1, lang), label: t.sections.posts, within: [inLang(lang, '/blog/')] },
    { href: tagsPath(lang), label: t.sections.tags, within: [inLang(lang, '/tag/')] },
    { href: authorsPath(lang), label: t.sections.authors, within: [inLang(lang, '/auteur/')] },
    // The static pages are the site's own language's: on another language's pages, the link says so.
    ...(about ? [{ href: about.path, label: t.sections.about, within: [] }] : []),
  ];
  return (
    <header className="border-b border-line bg-page">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3 sm:gap-x-6 md:flex-nowrap md:px-6">
        <p className="fr-logo shrink-0" lang="fr">
          {t.republic[0]}
          <br />
          {t.republic[1]}
        </p>
        <div className="min-w-0 flex-1 basis-0">
          <AppLink href={homePath(lang)} className="text-lg font-bold text-title no-underline hover:underline sm:text-xl" title={`${t.header.home} · ${siteConfig.title}`}>
            <span lang="fr">{siteConfig.title}</span>
          </AppLink>
          <p className="text-sm text-mention">
            {t.header.tagline}
            {/* The other languages' home pages, each named in its own language. */}
            {languageCodes
              .filter((other) => other !== lang)
              .map((other) => (
                <span key={other}>
                  {' · '}
                  <AppLink href={homePath(other)} lang={other} hrefLang={other} className="underline">
                    {dictionary(other).name}
                  </AppLink>
                </span>
              ))}
          </p>
        </div>
        {/* Below the name on a phone, on its right from 768 px on. */}
        <div className="basis-full md:w-72 md:flex-none md:basis-auto">
          <SearchForm id="recherche-entete" compact lang={lang} />
        </div>
      </div>
      <HeaderNav sections={sections} label={t.header.nav} />
    </header>
  );
}
