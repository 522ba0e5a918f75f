/**
 * The stable code of each message for authors, the same in every language: the authors' guide
 * (docs/guide-auteurs.md) lists them, and an author can search a code whatever the site's language.
 * The first letter is the severity: E an error (the build stops), W a warning, I information.
 * A code is never reused for another meaning; a retired one stays retired.
 */
export const problemCodes = {
  yamlSyntax: 'E001',
  unclosedQuote: 'E002',
  noFrontMatter: 'E003',
  frontMatterNotMap: 'E004',
  fileDateNotReal: 'E010',
  notMarkdownFile: 'E011',
  noDateInName: 'E012',
  noSlugInName: 'E013',
  missingKey: 'E020',
  badValue: 'E021',
  badDate: 'E022',
  badSlug: 'E023',
  missingAuthor: 'E024',
  twitterNotHandle: 'E025',
  tooManyTags: 'E026',
  tagNotAllowed: 'E027',
  mdxSyntax: 'E030',
  mdxExpression: 'E031',
  mdxImportExport: 'E032',
  unknownComponent: 'E033',
  spreadAttribute: 'E034',
  attributeExpression: 'E035',
  fileUnreadable: 'E040',
  invalidUtf8: 'E041',
  controlCharacter: 'E042',
  linkOutside: 'E050',
  linkLoop: 'E051',
  linkDangling: 'E052',
  fileOverHttp: 'E060',
  fileNotRootPath: 'E061',
  fileRefused: 'E062',
  fileNotFound: 'E063',
  pictureNotAddress: 'E064',
  coverWithoutAlt: 'W001',
  placeholderDescription: 'W002',
  elementRemoved: 'W010',
  attributeRemoved: 'W011',
  frameAsLink: 'W012',
  knownMissing: 'W020',
  knownMissingExists: 'W021',
  imageWithoutAlt: 'W030',
  htmlImageWithoutAlt: 'W031',
  deadLink: 'W032',
  bylineWithoutProfile: 'I001',
} as const;

export type ProblemKey = keyof typeof problemCodes;
export type ProblemCode = (typeof problemCodes)[ProblemKey];
