/**
 * The words of search, in French: the header's field, the search page, its script and the 404's field.
 * One module, so that the dictionary of interface strings (issue 13) takes them in one move.
 * The script of the search page receives `resultLabels` through the page (a `data-labels` attribute),
 * never a copy of its own.
 */
export const searchLabels = {
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
} as const;

/** What the script of the search page writes, handed to it by the page. */
export const resultLabels = {
  loading: 'Recherche en cours…',
  count: { none: 'Aucun article ne correspond à « {q} ».', one: '1 article correspond à « {q} ».', many: '{n} articles correspondent à « {q} ».' },
  filtered: ' (filtres : {f})',
  more: 'Afficher plus de résultats',
  by: 'Par',
  failed: 'La recherche n’a pas pu se charger. Les listes ci-dessous permettent de parcourir le blog.',
  empty: 'Écrivez un ou plusieurs mots pour chercher.',
} as const;

export type ResultLabels = typeof resultLabels;
