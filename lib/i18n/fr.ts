import { siteConfig } from '../../site.config';

/**
 * Every word a reader meets on a French page: navigation, dates, lists, posts, the 404, feeds,
 * metadata, sharing, search. This object types the others (lib/i18n/index.ts): a key missing from
 * another language is a type error. The search script gets `results` as JSON: plain strings only.
 */
export const fr = {
  /** The language's own name, for the switch that leads to it. */
  name: 'Français',
  /** `Intl` locale for dates. */
  dateLocale: 'fr-FR',
  /** French typography (thin spaces before « ; : ! ? ») applies to this language's titles and bodies. */
  frenchTypography: true,
  skipToContent: 'Aller au contenu',
  republic: ['République', 'Française'],
  /** The site's own language says what site.config.ts says. */
  siteDescription: siteConfig.description,
  header: { tagline: 'Le blog du programme', home: 'Accueil', nav: 'Navigation principale' },
  sections: { posts: 'Articles', tags: 'Thématiques', authors: 'Auteurs', about: 'À propos' },
  footer: {
    programme: (site: string) => `${site} est un programme d'Etalab, à la Direction interministérielle du numérique. Suivre le blog :`,
    rss: 'Flux RSS',
    onX: (handle: string) => `@${handle} sur X`,
    licence: ['Sauf mention contraire, les contenus de ce site sont proposés sous', 'licence etalab-2.0'],
    mandatory: {
      accessibilite: 'Accessibilité : partiellement conforme',
      'mentions-legales': 'Mentions légales',
      'donnees-personnelles': 'Données personnelles',
      'a-propos': 'À propos',
    },
  },
  home: {
    title: "Des talents du numérique au service de l'action publique",
    intro:
      "Entrepreneurs, mentors et équipe du programme racontent les défis relevés dans l'administration : ce qui a été construit, appris, et ce qu'ils feraient autrement.",
    latest: 'Derniers articles',
    none: "Aucun article publié pour l'instant.",
    allPosts: (n: number) => `Tous les articles (${n})`,
    themes: 'Thématiques',
    authors: (n: number) => `Les ${n} auteurs et autrices du blog`,
  },
  breadcrumb: { label: "Fil d'Ariane", home: 'Accueil' },
  pagination: { label: 'Pagination', previous: '← Précédente', next: 'Suivante →', page: 'Page' },
  /** `page 2`, after a list's title. */
  pageN: (page: number) => `page ${page}`,
  pageOf: (page: number, total: number) => `page ${page} sur ${total}`,
  posts: (n: number) => `${n} article${n > 1 ? 's' : ''}`,
  blog: {
    title: 'Articles',
    description: 'Tous les articles du blog, du plus récent au plus ancien.',
    titleOfPage: (page: number) => `Articles, page ${page}`,
    pageIntro: (page: number, total: number) => `Page ${page} sur ${total}`,
  },
  post: {
    by: 'Par',
    readingTime: (minutes: number) => `${minutes} min de lecture`,
    draft: 'Brouillon',
    scheduled: 'Programmé',
    card: 'Article',
    read: "Lire l'article",
    share: 'Partager cet article',
    email: 'E-mail',
    neighbours: 'Articles précédent et suivant',
    older: '← Article précédent',
    newer: 'Article suivant →',
    /** The language switch: `Lire cet article en English`… said in the language it leads to (see `readIn`). */
    versions: 'Autres langues',
    readIn: 'Lire cet article en français',
  },
  tags: {
    title: 'Thématiques',
    description: 'Les thématiques du blog et leurs articles.',
    intro: (n: number) => `${n} thématiques, avec le nombre d'articles de chacune.`,
    tag: (name: string) => `Thématique « ${name} »`,
    follow: 'Suivre cette thématique (flux RSS)',
  },
  authors: {
    title: 'Auteurs',
    heading: 'Auteurs et autrices',
    description: 'Les personnes qui écrivent sur le blog.',
    intro: (n: number) => `${n} personnes et équipes ont écrit sur ce blog.`,
    postsOf: (name: string) => `Les articles de ${name}.`,
    website: 'Site web',
  },
  notFound: {
    title: 'Page introuvable',
    text: "Cette page n'existe pas ou a changé d'adresse. L'article que vous cherchez est peut-être dans la liste de tous les articles.",
    allPosts: 'Tous les articles',
    home: 'Accueil',
  },
  /** The header's field, the search page, the 404's field. */
  search: {
    field: 'Rechercher dans le blog',
    placeholder: 'Rechercher un article',
    submit: 'Rechercher',
    pageTitle: 'Rechercher',
    pageDescription: 'Retrouver un article du blog par un mot de son titre, de son texte, de ses thématiques ou de ses auteurs.',
    pageIntro: 'Un mot du titre, du texte, des thématiques ou des auteurs d’un article : les accents et les majuscules ne comptent pas.',
    filters: 'Affiner',
    filterTag: 'Thématique',
    filterAuthor: 'Auteur',
    filterYear: 'Année',
    filterAll: 'Toutes',
    filterAllAuthors: 'Tous',
    browse: 'Parcourir le blog',
    browseTags: 'Thématiques',
    browseAuthors: 'Auteurs',
    browseYears: 'Articles par année',
    postsOfYear: (year: string, count: number) => `${year} (${count} article${count > 1 ? 's' : ''})`,
    noScript:
      'La recherche dans le texte des articles demande JavaScript, qui est désactivé. Les thématiques, les auteurs et les articles par année, ci-dessous, restent à votre disposition.',
    devNote:
      'En développement (npm run dev), la recherche n’a pas d’index : elle ne fonctionne que sur le site construit (npm run build puis npm start). Les listes ci-dessous restent à jour.',
    suggestionsTags: 'Essayez une thématique',
    suggestionsLatest: 'Ou lisez les derniers articles',
    notFoundSearch: 'Chercher un article',
  },
  /** What the search page's script writes, handed to it as JSON by the page (`data-labels`). */
  results: {
    loading: 'Recherche en cours…',
    count: { none: 'Aucun article ne correspond à « {q} ».', one: '1 article correspond à « {q} ».', many: '{n} articles correspondent à « {q} ».' },
    filtered: ' (filtres : {f})',
    more: 'Afficher plus de résultats',
    by: 'Par',
    failed: 'La recherche n’a pas pu se charger. Les listes ci-dessous permettent de parcourir le blog.',
    empty: 'Écrivez un ou plusieurs mots pour chercher.',
  },
  /** What a video of a body is called when its author gave it no title. */
  media: { video: 'Vidéo', embeddedVideo: 'Vidéo intégrée', external: 'Contenu externe' },
  feeds: { rss: (title: string) => `${title} (RSS)`, atom: (title: string) => `${title} (Atom)`, json: (title: string) => `${title} (JSON Feed)` },
};

export type Dictionary = typeof fr;
